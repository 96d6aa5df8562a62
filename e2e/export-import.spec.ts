import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('an instructor exports a lab, resets it, and imports the file back', async ({ lab, page }) => {
  await lab.open('/s3/create');
  await page.getByLabel('Bucket name').fill('kept-bucket');
  await page.getByRole('button', { name: 'Create bucket' }).last().click();
  await expect(page.getByRole('link', { name: 'kept-bucket' })).toBeVisible();

  await page.goto('/#/settings');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export lab' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.lakelab$/);
  const path = await download.path();

  await page.getByRole('button', { name: 'Reset lab' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  await page.goto('/#/s3');
  await expect(page.getByRole('link', { name: 'kept-bucket' })).toHaveCount(0);

  await page.goto('/#/settings');
  await page.getByLabel('Choose a lab file to import').setInputFiles({
    name: 'lab.lakelab',
    mimeType: 'application/zip',
    buffer: await readFile(path),
  });
  await page.getByRole('button', { name: 'Replace lab' }).click();
  await page.goto('/#/s3');
  await expect(page.getByRole('link', { name: 'kept-bucket' })).toBeVisible();
});

test('a file that is not a lab is refused with the reason, and the lab is unchanged', async ({
  lab,
  page,
}) => {
  await lab.open('/settings');
  await page
    .getByLabel('Choose a lab file to import')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await page.getByRole('button', { name: 'Replace lab' }).click();
  await expect(page.getByText('not a zip archive')).toBeVisible();
  await expect(page.getByText('Your current lab is unchanged')).toBeVisible();
});
