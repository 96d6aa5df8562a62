import { expect, test } from './fixtures';

test('a student does the first step of the lab tour by hand and keeps the progress after a reload', async ({
  lab,
  page,
}) => {
  await lab.open('/lessons');
  await expect(page.getByRole('link', { name: 'Transform raw to curated' })).toBeVisible();
  await page.getByRole('link', { name: 'Tour of the lab' }).click();
  await page.getByRole('button', { name: 'Start lesson' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace my lab' }).click();
  await expect(page.getByRole('heading', { name: 'Create your first bucket' })).toBeVisible();
  await expect(page.getByText('Not done yet')).toBeVisible();
  await lab.expectAccessible();

  // Step 1 by hand, in the S3 console.
  await page.getByRole('link', { name: 'Amazon S3' }).first().click();
  await page
    .getByRole('link', { name: 'Create bucket' })
    .or(page.getByRole('button', { name: 'Create bucket' }))
    .first()
    .click();
  await page.getByLabel('Bucket name').fill('my-first-lake-bucket');
  await page.getByRole('button', { name: 'Create bucket' }).last().click();
  await expect(page.getByRole('link', { name: 'my-first-lake-bucket' })).toBeVisible();
  // The lesson panel beside the S3 console ticks as the student works there.
  await expect(page.getByText('Step complete')).toBeVisible();

  await page.getByRole('link', { name: 'Course' }).click();
  await page.getByRole('link', { name: 'Tour of the lab' }).click();
  await expect(page.getByText('Step complete')).toBeVisible();
  await expect(page.getByText('Why it matters', { exact: true })).toBeVisible();

  await page.reload();
  await lab.open('/lessons');
  await expect(page.getByText('1 of 5 steps complete')).toBeVisible();
});
