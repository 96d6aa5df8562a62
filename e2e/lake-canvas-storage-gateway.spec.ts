import { expect, test } from './fixtures';

test('a file share behind an S3 File Gateway: the next nightly export lands in S3 a day later', async ({
  lab,
  page,
}) => {
  await lab.open('/canvas');
  await expect(page.getByRole('heading', { name: 'Lake canvas', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Add bucket' }).click();
  await page.getByLabel('Bucket name').fill('files-raw-zone');
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(
    page.getByRole('link', { name: 'files-raw-zone', exact: true }).first(),
  ).toBeVisible();

  const files = page.getByRole('group', { name: 'Files' });
  await files.getByRole('button', { name: 'AWS Storage Gateway' }).click();
  await page.getByRole('button', { name: 'Add to canvas' }).click();
  await expect(page.getByRole('heading', { name: 'Configure pipeline' })).toBeVisible();
  await page.getByRole('button', { name: /Connect to…/ }).click();
  await page.getByRole('option', { name: 'files-raw-zone' }).click();
  await expect(page.getByLabel('File share host')).toHaveValue('nas.corp.internal');
  await expect(page.getByLabel('File share name')).toHaveValue('sales');
  await expect(page.getByRole('checkbox', { name: /Create a role for me/ })).toBeChecked();
  // Only what the export writes from now on: tonight's file.
  await lab.expectAccessible();
  await page.getByRole('checkbox', { name: /Copy existing files/ }).uncheck();
  await page.getByRole('button', { name: 'AWS calls (6)' }).click();
  await expect(page.getByText('storagegateway:ActivateGateway')).toBeVisible();
  await page.getByRole('button', { name: 'Create pipeline' }).click();
  await expect(page.getByText(/Created file share sales: nas\.corp\.internal/)).toBeVisible();
  await expect(page.getByRole('group', { name: /onprem-file-gateway/ })).toBeVisible();

  await lab.jumpAhead('1d');
  await expect(page.getByRole('group', { name: /onprem-file-gateway/ })).toContainText(
    /[1-9]\d* files uploaded/,
  );
  await page.screenshot({ path: test.info().outputPath('canvas-storage-gateway.png') });

  await page.getByRole('button', { name: 'List view' }).click();
  await page.getByRole('button', { name: 'Open files-raw-zone' }).click();
  await page.getByRole('link', { name: 'Open files-raw-zone in Amazon S3' }).click();
  await page.getByRole('link', { name: 'sales/', exact: true }).click();
  await expect(page.getByRole('link', { name: 'sales_20250107.csv' })).toBeVisible();
});
