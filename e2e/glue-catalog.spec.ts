import { expect, test, type LabPage } from './fixtures';

/** Add database → Add table by hand, with a nested column and two partition keys. */
async function createPartitionedTable(lab: LabPage): Promise<void> {
  const { page } = lab;
  // Each row's type box is named by the editor's "Data type" column label.
  const typeBox = (row: number) => page.getByRole('combobox', { name: 'Data type' }).nth(row);
  await lab.open('/glue');
  await page.getByRole('button', { name: 'Add database' }).click();
  await page.getByLabel('Name', { exact: true }).fill('sales');
  await page.getByRole('button', { name: 'Create database' }).click();
  await page.getByRole('link', { name: 'sales' }).click();

  await page.getByRole('button', { name: 'Add table' }).click();
  await page.getByLabel('Table name').fill('orders');
  await page.getByLabel('Location').fill('s3://lake/sales/orders/');
  await page.getByLabel('Parquet').check();
  await page.getByLabel('Column 1 name').fill('order_id');
  await typeBox(0).fill('bigint');
  await page.getByRole('button', { name: 'Add column' }).click();
  await page.getByLabel('Column 2 name').fill('customer');
  await typeBox(1).fill('struct<name:string,city:string>');
  for (const [i, key] of ['year', 'month'].entries()) {
    await page.getByRole('button', { name: 'Add partition key' }).click();
    await page.getByLabel(`Partition key ${i + 1} name`).fill(key);
  }
  await page.getByRole('button', { name: 'Create table' }).click();
}

test('a student creates a database, adds a partitioned table by hand, and sees its schema and partition keys', async ({
  lab,
  page,
}) => {
  await createPartitionedTable(lab);
  await expect(page.getByRole('heading', { name: 'orders', level: 1 })).toBeVisible();
  const schema = page.getByRole('treegrid', { name: 'Schema' });
  await expect(schema.getByRole('rowheader', { name: 'order_id' })).toBeVisible();
  await expect(schema.getByRole('row', { name: /year/ })).toContainText('Partition key');
  await expect(schema.getByRole('row', { name: /month/ })).toContainText('Partition key');
  await schema.getByRole('button', { name: 'Show fields of customer' }).click();
  await expect(schema.getByRole('rowheader', { name: 'city' })).toBeVisible();

  await page.getByRole('tab', { name: 'Properties' }).click();
  await expect(
    page.getByText('org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe'),
  ).toBeVisible();

  await page.getByRole('tab', { name: 'Partitions' }).click();
  await page.getByLabel('Filter partitions').fill("year = '2025' AND colour = 'red'");
  await page.getByRole('button', { name: 'Apply filter' }).click();
  await expect(page.getByText(/InvalidInputException/)).toBeVisible();
});

test('the Glue pages pass the accessibility check', async ({ lab, page }) => {
  await createPartitionedTable(lab);
  await expect(page.getByRole('treegrid', { name: 'Schema' })).toBeVisible();
  await lab.expectAccessible();
  for (const tab of ['Partitions', 'Properties', 'Versions']) {
    await page.getByRole('tab', { name: tab }).click();
    await lab.expectAccessible();
  }
  await lab.open('/glue/databases/sales');
  await expect(page.getByRole('link', { name: 'orders' })).toBeVisible();
  await lab.expectAccessible();
  await lab.open('/glue/databases/sales/add-table');
  await lab.expectAccessible();
  await lab.open('/glue/search?q=customer');
  await expect(page.getByRole('link', { name: 'orders' })).toBeVisible();
  await lab.expectAccessible();
  await lab.open('/glue');
  await expect(page.getByRole('link', { name: 'sales' })).toBeVisible();
  await lab.expectAccessible();
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await lab.expectAccessible();
  await lab.open('/glue/databases/sales/tables/orders?tab=versions');
  await expect(page.getByRole('table', { name: 'Table versions' })).toBeVisible();
  await lab.expectAccessible();
});
