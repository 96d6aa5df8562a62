import { expect, test } from './fixtures';

test('a student switches to French, follows a lesson step in French and the check still ticks', async ({
  lab,
  page,
}) => {
  await lab.open('/lessons');
  await page.getByRole('button', { name: /^Language/ }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Français' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: /^Module 1 : Introduction aux lacs de données/ }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Visite du lab' }).click();
  await page.getByRole('button', { name: 'Commencer la leçon' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remplacer mon lab' }).click();
  await expect(
    page.getByRole('heading', { name: 'Créer votre premier compartiment' }).first(),
  ).toBeVisible();
  await expect(page.getByText('Pas encore fait', { exact: false }).first()).toBeVisible();
  await page
    .getByRole('button', { name: /Afficher un indice/ })
    .first()
    .click();
  await expect(page.getByText('Indice 1.').first()).toBeVisible();
  // French runs longer than English: nothing may push the page sideways at 1280×720.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath('lesson-fr.png') });
  await lab.expectAccessible();

  // The step by hand, in the (English) S3 console: the French step panel beside it ticks.
  await page.getByRole('link', { name: 'Amazon S3' }).first().click();
  await page
    .getByRole('link', { name: 'Create bucket' })
    .or(page.getByRole('button', { name: 'Create bucket' }))
    .first()
    .click();
  await page.getByLabel('Bucket name').fill('my-first-lake-bucket');
  await page.getByRole('button', { name: 'Create bucket' }).last().click();
  await expect(page.getByText('Étape terminée').first()).toBeVisible();
  await expect(
    page.getByText(/Le compartiment est le conteneur de plus haut niveau/).first(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Leçon en cours' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('s3-with-lesson-fr.png') });
});
