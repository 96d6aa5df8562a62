import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Each test starts from an empty lab: a fresh browser context has empty IndexedDB. */
export const test = base.extend<{ lab: LabPage }>({
  lab: async ({ page }, use) => {
    // The onboarding tour never starts under webdriver; the flag says so explicitly as well.
    await page.addInitScript(() => window.localStorage.setItem('lakelab.tourSeen', '1'));
    await use(new LabPage(page));
  },
});

export { expect };

export class LabPage {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(`/#${path}`);
    await expect(this.page.getByRole('button', { name: 'Play' })).toBeVisible();
  }

  /** Jumps the simulated clock ahead by a custom duration (`90m`, `1d`…) from the top bar. */
  async jumpAhead(duration: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Jump ahead' }).click();
    await this.page.getByRole('menuitem', { name: 'Custom duration…' }).click();
    await this.page.getByLabel('Duration').fill(duration);
    await this.page.getByRole('button', { name: 'Jump', exact: true }).click();
    await expect(this.page.getByRole('button', { name: 'Jump ahead' })).toBeEnabled();
  }

  /** Fails on serious or critical accessibility violations, listing them. */
  async expectAccessible(): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
      ),
    ).toEqual([]);
  }
}

/**
 * Drags files from the "desktop" over the page and drops them where the page offers to
 * take them, with a real DataTransfer, as a user's drag-and-drop does.
 */
export async function dropFiles(
  page: Page,
  files: { name: string; content: string; type?: string }[],
): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list)
      transfer.items.add(new File([f.content], f.name, { type: f.type ?? 'text/csv' }));
    return transfer;
  }, files);
  const body = page.locator('body');
  await body.dispatchEvent('dragenter', { dataTransfer });
  await body.dispatchEvent('dragover', { dataTransfer });
  const target = page.getByText(/^Drop files to upload them to/);
  await expect(target).toBeVisible();
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

/** A CSV of the given number of order rows (about 40 bytes each). */
export function ordersCsv(rows: number): string {
  const lines = ['order_id,customer_id,status,total'];
  for (let i = 1; i <= rows; i++)
    lines.push(
      `${i},${(i * 7) % 500},${i % 3 === 0 ? 'shipped' : 'placed'},${(i * 3.17).toFixed(2)}`,
    );
  return `${lines.join('\n')}\n`;
}
