import { expect, test, type LabPage } from './fixtures';
import type { Page } from '@playwright/test';

const CUSTOMERS_DDL = `CREATE EXTERNAL TABLE shop.customers (
  id bigint, name string, email string, city string, country string, signup_date string)
ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
LOCATION 's3://shop-raw-zone/shop/customers/'
TBLPROPERTIES ('skip.header.line.count' = '1')`;

const UNITS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** "31.9 KB" → 32666 (roughly: the console rounds). */
function bytesOf(text: string): number {
  const match = /([\d.]+) (B|KB|MB|GB)/.exec(text);
  if (!match) throw new Error(`No size in "${text}"`);
  return Number(match[1]) * UNITS[match[2]!]!;
}

/** Types a query into a new editor tab and runs it with Ctrl+Enter; waits for its end state. */
async function runInNewTab(page: Page, sql: string, endState = 'Completed'): Promise<void> {
  await page.getByRole('button', { name: 'Add query tab' }).click();
  const editor = page.getByRole('textbox', { name: /^SQL query/ });
  await editor.click();
  await editor.fill(sql);
  await editor.press('ControlOrMeta+Enter');
  await expect(page.getByRole('status').filter({ hasText: endState })).toBeVisible({
    timeout: 30_000,
  });
}

/** What the statistics show for "Data scanned" (a term and its definition). */
async function dataScanned(page: Page): Promise<number> {
  await expect(page.getByRole('term').filter({ hasText: 'Data scanned' })).toBeVisible();
  const terms = await page.getByRole('term').allTextContents();
  const values = await page.getByRole('definition').allTextContents();
  return bytesOf(values[terms.findIndex((t) => t.trim() === 'Data scanned')] ?? '');
}

/** Loads the sample data, sets the result location, creates database shop and table customers. */
async function setUpCustomers(lab: LabPage): Promise<void> {
  const { page } = lab;
  await lab.open('/');
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Sample data loaded into s3:\/\/shop-raw-zone/)).toBeVisible();
  await lab.open('/athena');
  const banner = page.getByText(
    'Before you run your first query, set up a query result location in Amazon S3',
  );
  await expect(banner).toBeVisible();
  await page.getByRole('button', { name: 'Edit settings' }).click();
  await page.getByRole('button', { name: /^Create bucket aws-athena-query-results-/ }).click();
  await expect(page.getByLabel('Location of query result')).toHaveValue(
    /^s3:\/\/aws-athena-query-results-\d{12}-[a-z0-9-]+\/$/,
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(banner).toBeHidden();
  await runInNewTab(page, 'CREATE DATABASE shop');
  await runInNewTab(page, CUSTOMERS_DDL);
}

test('a student sets up the result location, creates a table with DDL and queries it', async ({
  lab,
  page,
}) => {
  await setUpCustomers(lab);
  await runInNewTab(
    page,
    'SELECT country, count(*) AS customers FROM shop.customers GROUP BY country ORDER BY customers DESC',
  );
  const grid = page.getByRole('grid', { name: 'Query results' });
  await expect(grid.getByRole('columnheader', { name: /customers/ })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'US', exact: true })).toBeVisible();
  expect(await dataScanned(page)).toBeGreaterThan(1000);
  await expect(page.getByText(/\(10 MB minimum\)/)).toBeVisible();

  await page.getByRole('button', { name: /^Database / }).click();
  await page.getByRole('option', { name: 'shop' }).click();
  await page.getByRole('button', { name: 'Show columns of customers' }).click();
  await expect(page.getByRole('list', { name: 'Columns of customers' })).toContainText('country');
  await lab.expectAccessible();

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByLabel('Query name').fill('customers by country');
  await page.getByRole('button', { name: 'Save query' }).click();
  await page.getByRole('tab', { name: 'Saved queries' }).click();
  await expect(page.getByRole('table', { name: 'Saved queries' })).toContainText(
    'customers by country',
  );
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await lab.expectAccessible();
});

test('CTAS to Parquet with Snappy: the same question scans fewer bytes', async ({ lab, page }) => {
  await setUpCustomers(lab);
  await runInNewTab(
    page,
    `CREATE TABLE shop.customers_parquet
WITH (format = 'PARQUET', write_compression = 'SNAPPY',
      external_location = 's3://shop-raw-zone/curated/customers_parquet/')
AS SELECT * FROM shop.customers`,
  );
  const question = (table: string) =>
    `SELECT country, count(*) AS customers FROM shop.${table} GROUP BY country`;
  await runInNewTab(page, question('customers'));
  const csvBytes = await dataScanned(page);
  await runInNewTab(page, question('customers_parquet'));
  const parquetBytes = await dataScanned(page);
  expect(parquetBytes).toBeLessThan(csvBytes);
  await expect(
    page
      .getByRole('grid', { name: 'Query results' })
      .getByRole('gridcell', { name: 'US', exact: true }),
  ).toBeVisible();
});

test('a syntax error names the line and column and jumps there', async ({ lab, page }) => {
  await setUpCustomers(lab);
  await runInNewTab(page, "SELECT name\nFROM shop.customers\nWHERE country = 'FR' AND", 'Failed');
  const alert = page.getByText(/at line 3, column \d+/);
  await expect(alert).toBeVisible();
  await page.getByRole('button', { name: /^Go to line 3, column \d+$/ }).click();
  await expect(page.getByRole('textbox', { name: /^SQL query/ })).toBeFocused();
});

test('a long query can be cancelled and the app stays responsive', async ({ lab, page }) => {
  await setUpCustomers(lab);
  await page.getByRole('button', { name: 'Add query tab' }).click();
  const editor = page.getByRole('textbox', { name: /^SQL query/ });
  await editor.fill(
    'SELECT count(*) FROM shop.customers a CROSS JOIN shop.customers b CROSS JOIN shop.customers c CROSS JOIN shop.customers d',
  );
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Running' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled' })).toBeVisible();
  await page.getByRole('tab', { name: 'Recent queries' }).click();
  await expect(page.getByRole('table', { name: 'Recent queries' })).toContainText('Cancelled');
  await runInNewTab(page, 'SELECT 1 AS one');
});
