import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens a Cloudscape select or multiselect by its label and picks options by name. */
async function choose(page: Page, label: string, ...options: string[]): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${escape(label)}(?:\\s|$)`) }).click();
  for (const option of options)
    await page.getByRole('option', { name: new RegExp(`^${escape(option)}(?:\\s|$)`) }).click();
  if (await page.getByRole('listbox').isVisible()) await page.keyboard.press('Escape');
}

test('an LF-Tag grant and a data location grant are made from the console and listed', async ({
  lab,
  page,
}) => {
  await lab.open('/lakeformation/playground');
  await page.getByRole('button', { name: 'Load the HR & sales scenario' }).click();
  await expect(page.getByText('Loaded the HR & sales lake')).toBeVisible();

  await page.getByRole('link', { name: 'LF-Tags', exact: true }).click();
  await page.getByRole('button', { name: 'Add LF-Tag' }).click();
  const addTag = page.getByRole('dialog', { name: 'Add LF-Tag' });
  await addTag.getByRole('textbox', { name: 'Key' }).fill('project');
  await addTag.getByRole('textbox', { name: 'Values' }).fill('alpha, beta');
  await addTag.getByRole('button', { name: 'Add LF-Tag' }).click();
  await expect(addTag).toBeHidden();

  await page.getByRole('link', { name: 'LF-Tag permissions' }).click();
  await page.getByRole('button', { name: 'Grant', exact: true }).click();
  const grantTag = page.getByRole('dialog', { name: 'Grant LF-Tag permissions' });
  await choose(page, 'Principal', 'analyst (IAM user)');
  await choose(page, 'LF-Tag key', 'project');
  await choose(page, 'LF-Tag values', 'alpha');
  await grantTag.getByRole('checkbox', { name: 'ASSOCIATE' }).first().check();
  await grantTag.getByRole('button', { name: 'Grant', exact: true }).click();
  await expect(grantTag).toBeHidden();
  await expect(
    page.getByRole('row', { name: /analyst \(IAM user\) project alpha ASSOCIATE/ }),
  ).toBeVisible();
  await lab.expectAccessible();

  await page.getByRole('link', { name: 'Data permissions' }).click();
  await page.getByRole('button', { name: 'Grant', exact: true }).click();
  const grant = page.getByRole('dialog', { name: 'Grant data permissions' });
  await choose(page, 'Principal', 'data-engineer (IAM user)');
  await grant.getByRole('radio', { name: /^Data location/ }).click();
  await grant.getByRole('textbox', { name: 'S3 path' }).fill('s3://hr-sales-lake');
  await grant.getByRole('checkbox', { name: 'DATA_LOCATION_ACCESS' }).first().check();
  await lab.expectAccessible();
  await grant.getByRole('button', { name: 'Grant', exact: true }).click();
  await expect(grant).toBeHidden();
  await expect(
    page.getByRole('row', {
      name: /data-engineer \(IAM user\) Data location arn:aws:s3:::hr-sales-lake DATA_LOCATION_ACCESS/,
    }),
  ).toBeVisible();
});
