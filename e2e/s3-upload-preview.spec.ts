import { dropFiles, expect, ordersCsv, test } from './fixtures';

test('a student creates a bucket, drops a CSV in, previews it, lists it in the terminal, and still sees it after a reload', async ({
  lab,
  page,
}) => {
  await lab.open('/s3');
  await page.getByRole('link', { name: 'Create bucket' }).first().click();
  await page.getByLabel('Bucket name').fill('my-raw-zone');
  await page.getByRole('button', { name: 'Create bucket' }).last().click();
  await expect(page.getByRole('link', { name: 'my-raw-zone' })).toBeVisible();

  await page.getByRole('link', { name: 'my-raw-zone' }).click();
  await dropFiles(page, [{ name: 'orders.csv', content: ordersCsv(20) }]);
  await expect(page.getByRole('link', { name: 'orders.csv' })).toBeVisible();

  await page.getByRole('link', { name: 'orders.csv' }).click();
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByRole('columnheader', { name: 'customer_id' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'shipped' }).first()).toBeVisible();
  await lab.expectAccessible();

  await page.getByRole('button', { name: 'Terminal' }).click();
  const command = page.getByLabel('Terminal command');
  await command.fill('aws s3 ls s3://my-raw-zone/');
  await command.press('Enter');
  await expect(page.getByRole('log')).toContainText('orders.csv');
  await lab.expectAccessible();

  // Autosave runs a second after the last change; the status is on the settings page.
  await page.goto('/#/settings');
  await expect(page.getByText('Saved in this browser').first()).toBeVisible();
  await page.reload();
  await page.goto('/#/s3/buckets/my-raw-zone');
  await expect(page.getByRole('link', { name: 'orders.csv' })).toBeVisible();
});
