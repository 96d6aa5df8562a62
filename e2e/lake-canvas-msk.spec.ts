import { expect, test } from './fixtures';

test('a clickstream → Amazon MSK → Firehose pipeline from the palette lands hourly objects in S3', async ({
  lab,
  page,
}) => {
  await lab.open('/canvas');
  await expect(page.getByRole('heading', { name: 'Lake canvas', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Add bucket' }).click();
  await page.getByLabel('Bucket name').fill('clicks-raw-zone');
  await page.getByRole('button', { name: 'Create bucket' }).click();
  await expect(
    page.getByRole('link', { name: 'clicks-raw-zone', exact: true }).first(),
  ).toBeVisible();

  const streaming = page.getByRole('group', { name: 'Streaming' });
  await streaming.getByRole('button', { name: /Amazon MSK/ }).click();
  await page.getByRole('button', { name: 'Add to canvas' }).click();
  await expect(page.getByRole('heading', { name: 'Configure pipeline' })).toBeVisible();
  await expect(page.getByLabel('MSK cluster name')).toHaveValue('clickstream-msk');
  await expect(page.getByRole('radio', { name: /Serverless/ })).toBeChecked();
  await page.getByRole('button', { name: /Connect to…/ }).click();
  await page.getByRole('option', { name: 'clicks-raw-zone' }).click();
  await page.getByRole('button', { name: /AWS calls/ }).click();
  await expect(page.getByText('kafka:CreateClusterV2')).toBeVisible();
  await expect(page.getByText('firehose:CreateDeliveryStream')).toBeVisible();
  await lab.expectAccessible();

  await page.getByRole('button', { name: 'Create pipeline' }).click();
  await expect(page.getByText('Waiting for the MSK cluster')).toBeVisible();
  await expect(page.getByRole('group', { name: /msk clickstream-msk/ })).toContainText('CREATING');

  await lab.jumpAhead('10m');
  await expect(
    page.getByText(/Created clickstream-msk \(topic clicks\) → clicks-msk-to-s3/),
  ).toBeVisible();
  await lab.jumpAhead('1h');
  await expect(page.getByRole('group', { name: /msk clickstream-msk/ })).toContainText('ACTIVE');
  await expect(page.getByRole('group', { name: /firehose clicks-msk-to-s3/ })).toContainText(
    /[1-9]\d* objects delivered/,
  );
  const bucket = page.getByRole('group', { name: /bucket clicks-raw-zone/ });
  await expect(bucket.getByText(/^[1-9]\d* objects$/)).toBeVisible();

  await bucket.getByRole('link', { name: 'clicks-raw-zone' }).click();
  await expect(page).toHaveURL(/#\/s3\/buckets\/clicks-raw-zone/);
  // Firehose's default prefix: YYYY/MM/dd/HH/ in UTC.
  for (const folder of [/^\d{4}\/$/, /^\d{2}\/$/, /^\d{2}\/$/, /^\d{2}\/$/])
    await page.getByRole('link', { name: folder }).first().click();
  await expect(page.getByRole('link', { name: /^clicks-msk-to-s3-1-/ }).first()).toBeVisible();
});
