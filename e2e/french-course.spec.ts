import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** Opens a page of the console with French chosen earlier in this browser. */
async function openInFrench(page: Page, path: string): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem('lakelab.language', 'fr'));
  await page.goto(`/#${path}`);
  await expect(page.getByRole('button', { name: 'Lecture' })).toBeVisible();
}

/** Nothing inside spills out of the box, and the box stays inside the 1280×720 window. */
async function expectFits(box: Locator): Promise<void> {
  const overflow = await box.evaluate((el) => {
    const outer = el.getBoundingClientRect();
    const spilling = [...el.querySelectorAll('*')].filter((child) => {
      const r = child.getBoundingClientRect();
      return r.width > 0 && (r.right > outer.right + 1 || r.left < outer.left - 1);
    });
    return { spilling: spilling.length, right: outer.right, bottom: outer.bottom };
  });
  expect(overflow.spilling).toBe(0);
  expect(overflow.right).toBeLessThanOrEqual(1280);
  expect(overflow.bottom).toBeLessThanOrEqual(720);
}

test('in French, the console tour and the module 2 quiz speak French and fit the window', async ({
  lab,
  page,
}, testInfo) => {
  await openInFrench(page, '/');
  await page.getByRole('button', { name: "Ouvrir le panneau d'aide" }).click();
  const help = page.getByRole('complementary', { name: "Panneau d'aide" });
  await expect(help.getByText(/rien ne quitte votre ordinateur/)).toBeVisible();
  await help.getByRole('button', { name: 'Revoir la visite de la console' }).click();

  const names = [
    'Services',
    'Horloge simulée',
    'Qui vous êtes',
    'Compteur de coûts',
    'Terminal',
    'Cours',
    'Aide',
  ];
  for (const [i, name] of names.entries()) {
    const card = page.getByRole('dialog', { name });
    await expect(card.getByText(`Étape ${i + 1} sur 7`)).toBeVisible();
    await expectFits(card);
    expect(
      (await card.boundingBox())!.y,
      `${name} is placed, not left at the corner`,
    ).toBeGreaterThan(12);
    const forward = card.getByRole('button', { name: i === 6 ? 'Terminer' : 'Suivant' });
    // The three buttons share one row.
    const skip = (await card.getByRole('button', { name: 'Passer la visite' }).boundingBox())!;
    const next = (await forward.boundingBox())!;
    expect(Math.abs(skip.y + skip.height / 2 - (next.y + next.height / 2))).toBeLessThan(4);
    await page.screenshot({ path: testInfo.outputPath(`tour-${i + 1}.png`) });
    await forward.click();
  }
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await lab.page.goto('/#/quiz/2');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Ingestion, catalogage et préparation : auto-évaluation',
    }),
  ).toBeVisible();
  await page.getByRole('radio', { name: /règle de cycle de vie qui les fait passer/ }).check();
  await page.getByRole('button', { name: 'Vérifier mes réponses' }).click();
  await expect(page.getByText('Votre score : 1 sur 5')).toBeVisible();
  await expect(
    page.getByRole('link', { name: /À apprendre dans « Élagage des partitions »/ }),
  ).toHaveAttribute('href', '#/lessons/athena-partition-pruning?step=prune');
  await page.screenshot({ path: testInfo.outputPath('quiz-2.png'), fullPage: true });
  await lab.expectAccessible();
});
