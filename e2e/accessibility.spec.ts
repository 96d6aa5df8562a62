import { expect, test } from './fixtures';

const PAGES = [
  { path: '/', heading: 'LakeLab' },
  { path: '/s3', heading: 'Buckets' },
  { path: '/s3/create', heading: 'Create bucket' },
  { path: '/iam', heading: 'IAM' },
  { path: '/settings', heading: 'Lab settings' },
];

for (const { path, heading } of PAGES) {
  test(`the ${path} page has no serious accessibility violations, in light and dark mode`, async ({
    lab,
    page,
  }) => {
    await lab.open(path);
    await expect(page.getByRole('heading', { name: heading }).first()).toBeVisible();
    await lab.expectAccessible();
    await page
      .getByRole('button', { name: /dark mode|light mode/i })
      .first()
      .click();
    await lab.expectAccessible();
  });
}
