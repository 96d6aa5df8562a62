import { expect, test } from './fixtures';

test('switching to Français shows the navigation in French and sets <html lang>', async ({
  lab,
  page,
}) => {
  await lab.open('/');
  await page.getByRole('button', { name: /^Language/ }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Français' }).click();
  const nav = page.getByRole('navigation', { name: 'Navigation latérale' });
  await expect(nav.getByRole('link', { name: 'Cours' })).toBeVisible();
  await expect(nav.getByText('Stockage')).toBeVisible();
  // Service names stay in English, as in the AWS console.
  await expect(nav.getByRole('link', { name: 'Amazon S3' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lecture' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await lab.expectAccessible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Lecture' })).toBeVisible();
});

test('presentation mode makes the body text at least 1.25× larger without zooming the page, and can be turned off', async ({
  lab,
  page,
}) => {
  await lab.open('/');
  const link = page.getByRole('navigation').getByRole('link', { name: 'Amazon S3' });
  const fontPx = () => link.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const heading = page.getByRole('heading', { level: 1 }).first();
  const normalPx = await fontPx();
  const normalHeight = (await heading.boundingBox())!.height;
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(fontPx).toBeGreaterThanOrEqual(normalPx * 1.25);
  expect(await fontPx()).toBeGreaterThanOrEqual(18);
  expect((await heading.boundingBox())!.height).toBeGreaterThan(normalHeight);
  // Larger type, not a zoomed page: Cloudscape measures what it draws.
  expect(await page.evaluate(() => getComputedStyle(document.body).zoom)).toBe('1');
  await lab.expectAccessible();
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await lab.expectAccessible();
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect.poll(fontPx).toBe(normalPx);
  expect((await heading.boundingBox())!.height).toBeCloseTo(normalHeight, 0);
});

test('?present=1 opens the console in presentation mode', async ({ page }) => {
  await page.goto('/#/?present=1');
  await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the module 2 quiz from the course explains each answer and links to its lesson step', async ({
  lab,
  page,
}) => {
  await lab.open('/lessons');
  await page.getByRole('link', { name: 'Take the module 2 quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /self-check/ })).toBeVisible();
  await page.getByRole('radio', { name: /lifecycle rule that transitions/ }).check();
  await page.getByRole('checkbox', { name: 'A query reads only the columns it needs' }).check();
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.getByText('Your score: 1 of 5')).toBeVisible();
  await expect(page.getByText(/Parquet is columnar and compressed/)).toBeVisible();
  await expect(
    page.getByRole('link', { name: /Learn it in “Securing storage”, step “See a write denied”/ }),
  ).toHaveAttribute('href', '#/lessons/s3-securing-storage?step=denied-write');
  await lab.expectAccessible();

  await lab.open('/quiz');
  await expect(page.getByText(/last score 1\/5/)).toBeVisible();
});

test('the console tour, replayed from the help panel, steps forward and back and Esc skips it', async ({
  lab,
  page,
}) => {
  await lab.open('/');
  // Automated browsers never get the first-visit tour on their own.
  await expect(page.getByRole('dialog', { name: 'Services' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Open help panel' }).click();
  await page.getByRole('button', { name: 'Replay the console tour' }).click();
  const first = page.getByRole('dialog', { name: 'Services' });
  await expect(first).toBeVisible();
  await expect(first.getByText('Step 1 of 7')).toBeVisible();
  await expect(first.getByRole('heading', { name: 'Services' })).toBeFocused();
  await first.getByRole('button', { name: 'Next' }).click();
  const clock = page.getByRole('dialog', { name: 'Simulated clock' });
  await expect(clock.getByText('Step 2 of 7')).toBeVisible();
  await lab.expectAccessible();
  await clock.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('dialog', { name: 'Services' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Next' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('dialog', { name: 'Who you are' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('in presentation mode the lake canvas zooms in so its nodes read on a projector', async ({
  lab,
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await lab.open('/canvas');
  await page.getByRole('button', { name: 'Terminal', exact: true }).click();
  const command = page.getByRole('textbox', { name: 'Terminal command' });
  await command.fill('aws s3 mb s3://projector-demo');
  await command.press('Enter');
  await page.getByRole('button', { name: 'Close terminal' }).click();
  const node = page.locator('.react-flow__node').filter({ hasText: 'projector-demo' });
  await expect(node).toBeInViewport({ ratio: 1 });
  const width = async () => (await node.boundingBox())!.width;
  await expect.poll(width).toBeGreaterThan(0);
  await page.waitForTimeout(400); // the reveal animation settles
  const normalWidth = await width();

  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect.poll(width).toBeGreaterThanOrEqual(normalWidth * 1.2);
  // The zoomed view still shows the whole node inside the canvas.
  const canvas = (await page.getByRole('application', { name: 'Lake canvas' }).boundingBox())!;
  const box = (await node.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(canvas.x);
  expect(box.y).toBeGreaterThanOrEqual(canvas.y);
  expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
  expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
  await node.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('present-canvas.png') });
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await page.screenshot({ path: test.info().outputPath('present-canvas-dark.png') });
  await lab.expectAccessible();
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect.poll(width).toBeCloseTo(normalWidth, 0);
});
