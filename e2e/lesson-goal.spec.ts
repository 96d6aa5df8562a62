import { expect, test } from './fixtures';

test('a student sees the crawled table the step asks for beside the lab, and the differences vanish once the crawl is done', async ({
  lab,
  page,
}) => {
  // The instructor's link opens "Crawl the raw zone" at its fourth step.
  await lab.open('/lessons/glue-crawl-raw-zone?step=run-crawler');
  await page.getByRole('button', { name: 'Start at step 4' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace my lab' }).click();
  await expect(
    page.getByRole('heading', { name: 'Run the crawler and read its tables' }),
  ).toBeVisible();

  // Goal vs now: the orders table the crawler will write, beside a lab that has none yet.
  const goal = page.getByRole('region', { name: 'The orders table the crawler writes' });
  await expect(
    goal.getByText('Not there yet: glue GetTable answers EntityNotFoundException.'),
  ).toBeVisible();
  const columns = goal.getByRole('table', {
    name: 'Table.StorageDescriptor.Columns must be exactly',
  });
  await expect(columns.getByRole('row', { name: /total double/ })).toContainText('Missing');
  const partitionKeys = goal.getByRole('table', { name: 'Table.PartitionKeys must be exactly' });
  await expect(partitionKeys.getByRole('row', { name: /year string/ })).toContainText('Missing');
  await expect(page.getByText(/differences left/)).toBeVisible();
  await goal.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('lesson-goal-differences.png') });
  await lab.expectAccessible();
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.screenshot({ path: test.info().outputPath('lesson-goal-differences-dark.png') });
  await lab.expectAccessible();

  // The student runs the crawler from its console page, the lesson panel beside it.
  await lab.open('/glue/crawlers/shop-raw-crawler');
  await page.getByRole('button', { name: 'Run crawler' }).click();
  const stepClock = page.getByRole('button', { name: /Step to next event/ });
  await expect(async () => {
    await stepClock.click();
    await expect(page.getByText('SUCCEEDED').first()).toBeVisible({ timeout: 500 });
  }).toPass();

  // Back on the lesson, every row matches and nothing differs.
  await lab.open('/lessons/glue-crawl-raw-zone');
  await expect(page.getByText('Your lab matches the goal.')).toBeVisible();
  await expect(page.getByText('Step complete')).toBeVisible();
  const matched = page.getByRole('region', { name: 'The orders table the crawler writes' });
  await expect(matched.getByRole('row', { name: /total double total double/ })).toContainText(
    'Matches',
  );
  await expect(matched.getByText('Missing')).toHaveCount(0);
  await matched.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('lesson-goal-dark.png') });
  await lab.expectAccessible();

  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.screenshot({ path: test.info().outputPath('lesson-goal-light.png') });
  await lab.expectAccessible();
});

test('presentation mode hides the lesson text and says so, keeping the step and its check', async ({
  lab,
  page,
}) => {
  await lab.open('/lessons/lab-tour');
  await page.getByRole('button', { name: 'Start lesson' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace my lab' }).click();
  await expect(page.getByRole('button', { name: 'Show a hint (1 of 2)' })).toBeVisible();
  const stepHeading = page.getByRole('heading', { name: 'Create your first bucket' });
  const stepStatus = page.getByText('Not done yet');
  const fontPx = (locator: typeof stepStatus) =>
    locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const normalStatusPx = await fontPx(stepStatus);
  const normalHeadingPx = await fontPx(stepHeading);

  await lab.open('/lessons/lab-tour?present=1');
  await expect(stepHeading).toBeVisible();
  // What the room sees is larger: the step's heading and its status, at least 1.25×.
  await expect.poll(() => fontPx(stepStatus)).toBeGreaterThanOrEqual(normalStatusPx * 1.25);
  await expect.poll(() => fontPx(stepHeading)).toBeGreaterThanOrEqual(normalHeadingPx * 1.25);
  await expect(page.getByText('Lesson text hidden for presentation')).toBeVisible();
  await expect(page.getByRole('button', { name: /Show a hint/ })).toHaveCount(0);
  await expect(page.getByText('Not done yet')).toBeVisible();
  const buckets = page.getByRole('table', { name: 'Buckets[].Name must include' });
  await expect(buckets.getByRole('row', { name: /my-first-lake-bucket/ })).toContainText('Missing');
  await page.screenshot({ path: test.info().outputPath('lesson-goal-presenting.png') });
  await lab.expectAccessible();

  // Beside the S3 console, the lesson panel keeps the step and its check, without the text.
  await page.getByRole('link', { name: 'Amazon S3' }).first().click();
  const panel = page.getByRole('region', { name: 'Lesson in progress' });
  await expect(panel.getByRole('heading', { name: 'Create your first bucket' })).toBeVisible();
  await expect(panel.getByText('Lesson text hidden for presentation')).toBeVisible();
  await expect(panel.getByText('Not done yet')).toBeVisible();
  // The panel and its goal table fit the window: nothing scrolls the page sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const box = (await panel.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.screenshot({ path: test.info().outputPath('lesson-goal-presenting-panel.png') });
  await lab.expectAccessible();
});
