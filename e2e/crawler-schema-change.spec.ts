import type { Page } from '@playwright/test';
import { expect, test, type LabPage } from './fixtures';

const CRAWLER = 'shop-crawler';
const APRIL_FOLDER = 'shop/orders/year=2025/month=04/';
const APRIL_ORDERS = [
  'order_id,customer_id,order_date,status,total,coupon_code',
  '9001,12,2025-04-02,placed,19.99,SPRING10',
  '9002,40,2025-04-03,shipped,5.50,',
].join('\n');

/** The "Create crawler" wizard as e2e/crawler.spec.ts walks it: shop-crawler on shop/, new role, database shop. */
async function createCrawlerInWizard(lab: LabPage, page: Page): Promise<void> {
  await lab.open('/glue/crawlers');
  await page.getByRole('button', { name: 'Create crawler' }).first().click();
  await page.getByLabel('Crawler name').fill(CRAWLER);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByLabel('S3 path 1', { exact: true }).fill('s3://shop-raw-zone/shop/');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Create a role for me' }).click();
  await expect(page.getByText(`AWSGlueServiceRole-${CRAWLER}`).first()).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByLabel('New database name').fill('shop');
  await page.getByRole('button', { name: 'Add database' }).click();
  await expect(page.getByRole('button', { name: /Target database/ })).toContainText('shop');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Create crawler' }).click();
  await expect(page.getByRole('heading', { name: CRAWLER, level: 1 })).toBeVisible();
}

/** Run crawler on the crawler's page, then step the clock until it is no longer running. */
async function runCrawlerToEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run crawler' }).click();
  const running = page.getByText('RUNNING').first();
  await expect(running).toBeVisible();
  const step = page.getByRole('button', { name: /Step to next event/ });
  for (let i = 0; i < 10 && (await running.isVisible()); i++) {
    await step.click();
    await page.waitForTimeout(200);
  }
  await expect(page.getByText('RUNNING')).toHaveCount(0);
  await expect(page.getByText('SUCCEEDED').first()).toBeVisible();
}

test('a second crawl after adding a column shows a new table version with the column in the diff', async ({
  lab,
  page,
}) => {
  await lab.open('/');
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Sample data loaded into s3:\/\/shop-raw-zone/)).toBeVisible();

  await createCrawlerInWizard(lab, page);
  await runCrawlerToEnd(page);

  await lab.open(`/s3/buckets/shop-raw-zone?prefix=${APRIL_FOLDER}`);
  await page.getByLabel('Choose files to upload').setInputFiles({
    name: 'orders.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(APRIL_ORDERS),
  });
  await expect(
    page.getByText(`Uploaded to s3://shop-raw-zone/${APRIL_FOLDER}orders.csv`).first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'orders.csv' })).toBeVisible();

  await lab.open(`/glue/crawlers/${CRAWLER}`);
  await runCrawlerToEnd(page);

  await lab.open('/glue/databases/shop/tables/orders');
  await page.getByRole('tab', { name: 'Versions' }).click();
  const versions = page.getByRole('table', { name: 'Table versions' });
  await expect(versions.getByRole('row')).toHaveCount(3); // header + two versions
  await expect(versions).toContainText('Current version');
  const diff = page.getByRole('table', { name: 'Schema differences' });
  await expect(diff.getByRole('row', { name: /coupon_code/ })).toContainText('added');
  await expect(page.getByText('(1 changed)')).toBeVisible();
  await lab.expectAccessible();
});
