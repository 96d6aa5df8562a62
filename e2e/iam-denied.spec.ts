import { expect, test } from './fixtures';

test('a student creates a read-only user, acts as it, and is denied creating a bucket with IAM’s reason', async ({
  lab,
  page,
}) => {
  await lab.open('/iam/create-user');
  await page.getByLabel('User name').fill('analyst');
  await page.getByRole('button', { name: 'AWS managed policies' }).click();
  await page.getByRole('option', { name: /AmazonS3ReadOnlyAccess/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Create user' }).last().click();

  await page.goto('/#/iam/users/analyst');
  await page.getByRole('button', { name: 'Act as this principal' }).click();
  await expect(page.getByRole('button', { name: /analyst @ 111122223333/ })).toBeVisible();

  await page.goto('/#/s3/create');
  await page.getByLabel('Bucket name').fill('analyst-bucket');
  await page.getByRole('button', { name: 'Create bucket' }).last().click();
  await expect(page.getByText(/not authorized to perform: s3:CreateBucket/).first()).toBeVisible();

  // Reading is allowed by the same policy: the bucket list answers, and is empty.
  await page.goto('/#/s3');
  await expect(page.getByRole('link', { name: 'analyst-bucket' })).toHaveCount(0);
});
