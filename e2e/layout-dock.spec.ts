import { expect, test, type LabPage } from './fixtures';
import type { Page } from '@playwright/test';

const sideNavigation = (page: Page) =>
  page.getByRole('navigation', { name: 'Side navigation' }).filter({ visible: true });
const terminalDock = (page: Page) => page.getByRole('region', { name: 'Terminal panel' });

async function bottomOf(page: Page, what: 'navigation' | 'terminal top'): Promise<number> {
  const box = await (
    what === 'navigation' ? sideNavigation(page) : terminalDock(page)
  ).boundingBox();
  if (!box) return 0;
  return Math.round(what === 'navigation' ? box.y + box.height : box.y);
}

async function openTerminal(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Terminal', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Terminal command' })).toBeVisible();
  // While open, the navigation ends where the terminal starts: neither hides the other.
  await expect
    .poll(async () =>
      Math.abs((await bottomOf(page, 'navigation')) - (await bottomOf(page, 'terminal top'))),
    )
    .toBeLessThanOrEqual(2);
}

async function closeTerminal(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Close terminal' }).click();
  await expect(terminalDock(page)).toBeHidden();
}

/** The side navigation runs down to the window's bottom edge. */
async function expectNavigationToFillTheWindow(page: Page): Promise<void> {
  const windowHeight = page.viewportSize()!.height;
  await expect.poll(() => bottomOf(page, 'navigation')).toBe(windowHeight);
}

async function followLastNavigationLink(page: Page, lab: LabPage): Promise<void> {
  const lastLink = sideNavigation(page).getByRole('link', { name: 'Lab settings' });
  await lastLink.scrollIntoViewIfNeeded();
  await expect(lastLink).toBeInViewport();
  await lastLink.click();
  await expect(page.getByRole('heading', { name: 'Lab settings', level: 1 })).toBeVisible();
  await lab.expectAccessible();
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
]) {
  test(`at ${size.width}×${size.height}, closing the terminal gives the whole window back to the console`, async ({
    lab,
    page,
  }) => {
    await page.setViewportSize(size);
    await lab.open('/');
    await expectNavigationToFillTheWindow(page);

    await openTerminal(page);
    await page.screenshot({ path: test.info().outputPath('terminal-open.png') });
    await closeTerminal(page);
    await expectNavigationToFillTheWindow(page);
    await page.screenshot({ path: test.info().outputPath('terminal-closed.png') });
    await followLastNavigationLink(page, lab);
  });
}

test('opening CloudShell from the home page and closing it twice, in dark mode, leaves the layout whole', async ({
  lab,
  page,
}) => {
  await lab.open('/');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  for (let round = 0; round < 2; round++) {
    await page.getByRole('button', { name: 'Open CloudShell' }).click();
    await expect(page.getByRole('textbox', { name: 'Terminal command' })).toBeVisible();
    await closeTerminal(page);
    await expectNavigationToFillTheWindow(page);
  }
  await page.screenshot({ path: test.info().outputPath('dark-closed.png') });
  await followLastNavigationLink(page, lab);
});

test('with a lesson in progress beside the S3 console, the terminal and the lesson panel open and close cleanly', async ({
  lab,
  page,
}) => {
  await lab.open('/lessons/lab-tour');
  await page.getByRole('button', { name: 'Start lesson' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace my lab' }).click();
  await page.getByRole('link', { name: 'Amazon S3' }).first().click();
  const lessonPanel = page.getByRole('region', { name: 'Lesson in progress' });
  await expect(lessonPanel).toBeVisible();

  await openTerminal(page);
  await page.screenshot({ path: test.info().outputPath('lesson-terminal-open.png') });
  await closeTerminal(page);
  await expectNavigationToFillTheWindow(page);

  await page.getByRole('button', { name: 'Hide lesson panel' }).click();
  await expect(lessonPanel).toBeHidden();
  await page.getByRole('button', { name: 'Show lesson panel' }).click();
  await expect(lessonPanel).toBeVisible();
  await expectNavigationToFillTheWindow(page);
  await page.screenshot({ path: test.info().outputPath('lesson-terminal-closed.png') });
  await followLastNavigationLink(page, lab);
});

test('in presentation mode on a 1024×768 projector, closing the terminal gives the window back', async ({
  lab,
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await lab.open('/?present=1');
  await expectNavigationToFillTheWindow(page);
  await openTerminal(page);
  await page.screenshot({ path: test.info().outputPath('present-open.png') });
  await closeTerminal(page);
  await expectNavigationToFillTheWindow(page);
  await page.screenshot({ path: test.info().outputPath('present-closed.png') });
  await followLastNavigationLink(page, lab);
});

test('with the terminal open at 1280×720, no console page scrolls sideways', async ({
  lab,
  page,
}) => {
  await lab.open('/');
  await openTerminal(page);
  const links = sideNavigation(page).getByRole('link');
  const names = (await links.allTextContents()).filter((name) => name !== 'Terminal');
  for (const name of names) {
    await sideNavigation(page).getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  await expect(terminalDock(page)).toBeVisible();
});

test('in presentation mode the terminal opens at about a third of the window and follows the pointer when dragged', async ({
  lab,
  page,
}) => {
  await lab.open('/?present=1');
  await openTerminal(page);
  const windowHeight = page.viewportSize()!.height;
  const dockTop = await bottomOf(page, 'terminal top');
  expect(windowHeight - dockTop).toBeGreaterThan(windowHeight * 0.3);
  expect(windowHeight - dockTop).toBeLessThan(windowHeight * 0.4);

  const handle = (await page
    .getByRole('separator', { name: 'Resize the terminal panel' })
    .boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2 - 100, {
    steps: 5,
  });
  await page.mouse.up();
  await expect.poll(() => bottomOf(page, 'terminal top')).toBe(dockTop - 100);
  await expect.poll(() => bottomOf(page, 'navigation')).toBe(dockTop - 100);
});

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/**
 * The lesson panel sits beside the page at the window's right edge (or, in a narrow window,
 * across its bottom, above an open terminal) and is wholly inside the window.
 */
async function expectLessonPanelAtTheWindowEdge(page: Page, isTerminalOpen: boolean) {
  const { width, height } = page.viewportSize()!;
  const panel = page.getByRole('region', { name: 'Lesson in progress' });
  const bottomEdge = isTerminalOpen ? await bottomOf(page, 'terminal top') : height;
  await expect
    .poll(async () => {
      const box = (await panel.boundingBox())!;
      const right = Math.round(box.x + box.width);
      const bottom = Math.round(box.y + box.height);
      const inside = box.x >= 0 && box.y >= 0 && right <= width && bottom <= height;
      // Beside the page: its right edge meets the help rail (at most 80 px from the edge).
      const atSide = right >= width - 80 && box.height > height / 3;
      const atBottom = Math.abs(bottom - bottomEdge) <= 2 && box.width > width / 2;
      return inside && (atSide || atBottom);
    })
    .toBe(true);
}

async function startLessonTour(lab: LabPage, page: Page): Promise<void> {
  await lab.open('/lessons/lab-tour');
  await page.getByRole('button', { name: 'Start lesson' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace my lab' }).click();
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`in presentation mode at ${size.width}×${size.height} with a lesson in progress, the lesson panel and the terminal fit the window`, async ({
    lab,
    page,
  }) => {
    await page.setViewportSize(size);
    await startLessonTour(lab, page);
    await lab.open('/s3?present=1');
    const lessonPanel = page.getByRole('region', { name: 'Lesson in progress' });
    await expect(lessonPanel.getByText('Lesson text hidden for presentation')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open help panel' })).toBeInViewport({
      ratio: 1,
    });
    await expectLessonPanelAtTheWindowEdge(page, false);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath('present-lesson.png') });

    await openTerminal(page);
    await expectLessonPanelAtTheWindowEdge(page, true);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath('present-lesson-terminal.png') });
    await closeTerminal(page);

    // With the lesson panel hidden, the buckets table (and its sticky scrollbar) fits too.
    // (A bottom panel folds to its header; a side panel closes.)
    await page.getByRole('button', { name: 'Hide lesson panel' }).click();
    await expect(page.getByRole('button', { name: 'Show lesson panel' })).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await expectNavigationToFillTheWindow(page);

    await page.getByRole('button', { name: 'Dark mode' }).click();
    await page.getByRole('button', { name: 'Show lesson panel' }).click();
    await expectLessonPanelAtTheWindowEdge(page, false);
    await page.screenshot({ path: test.info().outputPath('present-lesson-dark.png') });
    await lab.expectAccessible();
  });
}

test('switching presentation mode with the terminal open keeps it at the window bottom, with larger text', async ({
  lab,
  page,
}) => {
  await lab.open('/');
  await openTerminal(page);
  const command = page.getByRole('textbox', { name: 'Terminal command' });
  const fontPx = () => command.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const normalPx = await fontPx();
  const dockTop = await bottomOf(page, 'terminal top');
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect.poll(fontPx).toBeGreaterThanOrEqual(normalPx * 1.25);
  expect(await bottomOf(page, 'terminal top')).toBe(dockTop);
  const dock = (await terminalDock(page).boundingBox())!;
  expect(Math.round(dock.y + dock.height)).toBe(page.viewportSize()!.height);
  await expect(command).toBeInViewport({ ratio: 1 });
  await expect.poll(() => bottomOf(page, 'navigation')).toBe(dockTop);
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect.poll(fontPx).toBe(normalPx);
});
