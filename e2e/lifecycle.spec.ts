import { expect, ordersCsv, test } from './fixtures';

test('a lifecycle rule moves an object to Standard-IA once the clock jumps past 30 days', async ({
  lab,
  page,
}) => {
  await lab.open('/s3/create');
  await page.getByLabel('Bucket name').fill('archive-demo');
  await page.getByRole('button', { name: 'Create bucket' }).last().click();
  await page.getByRole('link', { name: 'archive-demo' }).click();

  // S3 does not transition objects under 128 KB by default: upload about 200 KB.
  await page.getByLabel('Choose files to upload').setInputFiles({
    name: 'orders.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(ordersCsv(6000)),
  });
  await expect(page.getByRole('link', { name: 'orders.csv' })).toBeVisible();
  await expect(page.getByRole('row', { name: /orders\.csv/ })).toContainText('Standard');

  await page.getByRole('tab', { name: 'Management' }).click();
  await page.getByRole('button', { name: 'Create lifecycle rule' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Lifecycle rule name').fill('to-ia');
  await dialog.getByRole('button', { name: 'Add transition' }).click();
  await dialog.getByRole('button', { name: 'Transition 1 storage class' }).click();
  await page.getByRole('option', { name: /Standard-IA/ }).click();
  await dialog.getByLabel('Transition 1 days').fill('30');
  await dialog.getByRole('button', { name: 'Save rule' }).click();
  await expect(page.getByRole('cell', { name: 'to-ia' })).toBeVisible();

  // Jump the simulated clock ahead: lifecycle runs at midnight UTC, day 30 rounded up.
  await page.getByRole('button', { name: 'Jump ahead' }).click();
  await page.getByRole('menuitem', { name: 'Custom duration…' }).click();
  await page.getByLabel('Duration').fill('31d');
  await page.getByRole('button', { name: 'Jump', exact: true }).click();
  await expect(page.getByLabel('Simulated time')).toContainText('2025');

  await page.getByRole('tab', { name: 'Objects' }).click();
  await expect(page.getByRole('row', { name: /orders\.csv/ })).toContainText('Standard-IA');
});
