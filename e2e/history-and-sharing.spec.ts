import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

async function createBucket(page: Page, name: string) {
  await page.goto('/#/s3/create');
  await page.getByLabel('Bucket name').fill(name);
  await page.getByRole('button', { name: 'Create bucket' }).last().click();
  await expect(page.getByRole('link', { name })).toBeVisible();
}

test('a student undoes and redoes creating a bucket from the top bar, the keyboard and the timeline', async ({
  lab,
  page,
}) => {
  await lab.open('/s3');
  await createBucket(page, 'undo-me-bucket');

  await page.getByRole('button', { name: /^Undo CreateBucket undo-me-bucket/ }).click();
  await expect(page.getByRole('link', { name: 'undo-me-bucket' })).toHaveCount(0);

  await page.getByRole('button', { name: /^Redo CreateBucket undo-me-bucket/ }).click();
  await expect(page.getByRole('link', { name: 'undo-me-bucket' })).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(page.getByRole('link', { name: 'undo-me-bucket' })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('link', { name: 'undo-me-bucket' })).toBeVisible();

  await page.goto('/#/timeline');
  await expect(page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Lab timeline' });
  await expect(table.getByText('s3:CreateBucket')).toBeVisible();
  await expect(table.getByText('Current state').first()).toBeVisible();
  await lab.expectAccessible();

  await createBucket(page, 'second-bucket');
  await page.goto('/#/timeline');
  await page.getByRole('button', { name: /^Restore to here: s3:CreateBucket/ }).click();
  await expect(
    page.getByRole('button', { name: /^Redo CreateBucket second-bucket/ }),
  ).toBeEnabled();
  const scrubber = page.getByRole('slider', { name: 'History position' });
  await scrubber.focus();
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('button', { name: /^Undo CreateBucket second-bucket/ }),
  ).toBeEnabled();
  await page.goto('/#/s3');
  await expect(page.getByRole('link', { name: 'second-bucket' })).toBeVisible();
});

test('an instructor opens a scenario from the library after confirming', async ({ lab, page }) => {
  await lab.open('/scenarios');
  await expect(page.getByRole('heading', { name: 'Scenarios', level: 1 })).toBeVisible();
  await lab.expectAccessible();
  await page.getByRole('button', { name: 'Open Shop data lake with raw zone' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('replaces your current lab');
  await dialog.getByRole('button', { name: 'Replace my lab' }).click();
  await expect(page.getByRole('link', { name: 'shop-raw-zone' })).toBeVisible();
});

test('a shared lab link opens in a new page only after confirming, with the same bucket', async ({
  lab,
  page,
  context,
}) => {
  await lab.open('/s3');
  await createBucket(page, 'shared-by-link');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share' });
  await expect(dialog.getByText('No lesson is in progress')).toBeVisible();
  await lab.expectAccessible();
  const link = await dialog.getByRole('textbox', { name: 'Link to this lab' }).inputValue();
  expect(link).toMatch(/#\/open-lab\?lab=v1\./);

  const other = await context.browser()!.newContext();
  const student = await other.newPage();
  await student.goto(link.replace(/^https?:\/\/[^/]+/, new URL(page.url()).origin));
  const confirm = student.getByRole('dialog', { name: 'Open the shared lab?' });
  await expect(confirm).toContainText('Your current lab will be replaced');
  await expect(confirm).toContainText('shared-by-link');
  await expect(confirm.getByRole('button', { name: 'Export my lab' })).toBeVisible();
  await confirm.getByRole('button', { name: 'Open shared lab' }).click();
  await student.goto('/#/s3');
  await expect(student.getByRole('link', { name: 'shared-by-link' })).toBeVisible();
  await other.close();
});

test('a damaged shared link says what is wrong and leaves the lab alone', async ({ lab, page }) => {
  await lab.open('/s3');
  await createBucket(page, 'still-here');
  await page.goto('/#/open-lab?lab=v1.AAAA');
  await page.getByRole('button', { name: 'View all notifications' }).click();
  await expect(page.getByText('The shared lab could not be opened')).toBeVisible();
  await expect(page.getByText(/does not decompress/)).toBeVisible();
  await page.goto('/#/s3');
  await expect(page.getByRole('link', { name: 'still-here' })).toBeVisible();
});
