import { expect, test } from './fixtures';

test('a French student reads Goal vs now, the breadcrumb and the Share dialog in French', async ({
  lab,
  page,
}) => {
  await lab.open('/lessons/glue-crawl-raw-zone?step=run-crawler');
  await page.getByRole('button', { name: /^Language/ }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Français' }).click();
  await page.getByRole('button', { name: 'Commencer à l’étape 4' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remplacer mon lab' }).click();

  // The breadcrumb names the lesson by its French title, not its id.
  const breadcrumbs = page.getByRole('navigation', { name: "Fil d'Ariane" });
  await expect(breadcrumbs.getByRole('link', { name: 'Explorer la zone brute' })).toBeVisible();
  await expect(breadcrumbs.getByText('glue-crawl-raw-zone')).toHaveCount(0);

  // Goal vs now: the requirement, the read problem, the marks and the differences in French.
  const goal = page.getByRole('region', {
    name: 'La table orders qu’écrit le robot d’exploration',
  });
  await expect(
    goal.getByText(/^Pas encore là.+glue GetTable répond EntityNotFoundException\.$/),
  ).toBeVisible();
  const partitionKeys = goal.getByRole('table', {
    name: 'Table.PartitionKeys doit être exactement',
  });
  await expect(partitionKeys.getByRole('row', { name: /year string/ })).toContainText('Manquant');
  await expect(page.getByText(/différences restantes/)).toBeVisible();
  await expect(goal.getByText(/Missing|Different|must be|Not there yet|the goal is/)).toHaveCount(
    0,
  );
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await goal.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('goal-vs-now-fr.png') });
  await lab.expectAccessible();

  // An Athena query check: the nearest query and a summary, in French, not every query of the lab.
  await page.goto('/#/lessons/athena-partition-pruning?step=data-column');
  await page.getByRole('button', { name: 'Commencer à l’étape 3' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remplacer mon lab' }).click();
  const queries = page.getByRole('region', {
    name: 'Requêtes Athena de votre lab, des plus récentes aux plus anciennes',
  });
  await expect(
    queries.getByText(
      'Aucune de vos 5 entrées ne correspond encore. La plus proche, affichée en premier, remplit 2 des 3 exigences.',
    ),
  ).toBeVisible();
  // The nearest query and the three latest others; the fifth is counted, not listed.
  await expect(queries.getByRole('table').getByRole('row')).toHaveCount(2 + 4);
  await expect(queries.getByText('1 autre entrée de votre lab n’est pas affichée.')).toBeVisible();
  await expect(queries.getByRole('table')).toHaveAccessibleName(
    'QueryExecutions doit avoir une entrée comme',
  );
  await queries.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('goal-vs-now-athena-fr.png') });

  // The Share dialog speaks French too.
  await page.getByRole('button', { name: 'Partager' }).click();
  const share = page.getByRole('dialog', { name: 'Partager' });
  await expect(share.getByText(/Élagage des partitions/)).toBeVisible();
  await expect(share.getByLabel('Lien vers la leçon à cette étape')).toBeVisible();
  await expect(share.getByRole('button', { name: 'Copier' }).first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('share-fr.png') });
  await lab.expectAccessible();
  await share.getByRole('button', { name: 'Terminé' }).click();
});
