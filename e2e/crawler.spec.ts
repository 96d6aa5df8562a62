import { expect, test } from './fixtures';

test('a crawler made in the wizard finds the partitioned orders table and explains its schema', async ({
  lab,
  page,
}) => {
  await lab.open('/');
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Sample data loaded into s3:\/\/shop-raw-zone/)).toBeVisible();

  await lab.open('/glue/crawlers');
  await expect(page.getByText('Crawls take simulated time').first()).toBeVisible();
  await lab.expectAccessible();
  await page.getByRole('button', { name: 'Create crawler' }).first().click();

  await page.getByLabel('Crawler name').fill('shop-crawler');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByLabel('S3 path 1', { exact: true }).fill('s3://shop-raw-zone/shop/');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Create a role for me' }).click();
  await expect(page.getByText('AWSGlueServiceRole-shop-crawler').first()).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByLabel('New database name').fill('shop');
  await page.getByRole('button', { name: 'Add database' }).click();
  await expect(page.getByRole('button', { name: /Target database/ })).toContainText('shop');
  await lab.expectAccessible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('s3://shop-raw-zone/shop/')).toBeVisible();
  await page.getByRole('button', { name: 'Create crawler' }).click();

  await expect(page.getByRole('heading', { name: 'shop-crawler', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Run crawler' }).click();
  await expect(page.getByText('RUNNING').first()).toBeVisible();
  const step = page.getByRole('button', { name: /Step to next event/ });
  for (let i = 0; i < 10 && !(await page.getByText('SUCCEEDED').isVisible()); i++) {
    await step.click();
    await page.waitForTimeout(200);
  }
  await expect(page.getByText('SUCCEEDED')).toBeVisible();

  const orders = page.getByRole('region', { name: 'Table orders' });
  await expect(orders).toContainText('Partition keys: year (string), month (string)');
  await orders.getByText('Why this schema? (orders)').click();
  await expect(orders.getByText(/certainty 1\.0 \(won\)/)).toBeVisible();
  await expect(orders.getByText(/every folder at level 1 is named year=<value>/)).toBeVisible();
  await expect(orders.getByText(/What the crawl decided for/)).toBeVisible();
  await expect(orders.getByText(/did not exist yet, so the crawler created it/)).toBeVisible();
  await lab.expectAccessible();
});

test('the classifiers page lists a new CSV classifier', async ({ lab, page }) => {
  await lab.open('/glue/classifiers');
  await lab.expectAccessible();
  await page.getByRole('button', { name: 'Add classifier' }).click();
  await page.getByLabel('Classifier name').fill('pipes');
  await page.getByRole('button', { name: /Classifier type/ }).click();
  await page.getByRole('option', { name: 'CSV' }).click();
  await page.getByLabel('Column delimiter').fill('|');
  await lab.expectAccessible();
  await page.getByRole('button', { name: 'Create classifier' }).click();
  await expect(page.getByRole('link', { name: 'pipes' })).toBeVisible();
  await expect(page.getByRole('row', { name: /pipes/ })).toContainText('CSV');
});
