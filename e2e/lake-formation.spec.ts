import type { Page } from '@playwright/test';
import { expect, test, type LabPage } from './fixtures';

async function loadScenario(lab: LabPage): Promise<void> {
  await lab.open('/lakeformation/playground');
  await lab.page.getByRole('button', { name: 'Load the HR & sales scenario' }).click();
  await expect(lab.page.getByText('Loaded the HR & sales lake')).toBeVisible();
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens a Cloudscape select or multiselect by its label and picks options by name. */
async function choose(page: Page, label: string, ...options: string[]): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${escape(label)}(?:\\s|$)`) }).click();
  for (const option of options)
    await page.getByRole('option', { name: new RegExp(`^${escape(option)}(?:\\s|$)`) }).click();
  // A multiselect stays open; a select closes itself (and Escape would close a dialog).
  if (await page.getByRole('listbox').isVisible()) await page.keyboard.press('Escape');
}

/** Keyboard alternative to drag and drop: select a catalog line, pick key=value, "Assign tag". */
async function assignTag(page: Page, path: string[], column: string, tag: string): Promise<void> {
  await page.getByRole('tab', { name: 'LF-Tags on the catalog' }).click();
  await page.getByRole('button', { name: `Expand database ${path[0]}` }).click();
  await page.getByRole('button', { name: `Expand table ${path.join('.')}` }).click();
  await page.getByRole('button', { name: `Select column ${path.join('.')}.${column}` }).click();
  await choose(page, 'LF-Tag to assign', tag);
  await page.getByRole('button', { name: 'Assign tag' }).click();
  await expect(
    page.getByRole('button', { name: `Remove ${tag} from column ${path.join('.')}.${column}` }),
  ).toBeVisible();
}

async function runQuery(page: Page, sql: string): Promise<void> {
  await page.getByRole('button', { name: 'Add query tab' }).click();
  const editor = page.getByRole('textbox', { name: /^SQL query/ });
  await editor.click();
  await editor.fill(sql);
  await editor.press('ControlOrMeta+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Completed' })).toBeVisible({
    timeout: 30_000,
  });
}

test('a column tagged pii is absent for the analyst granted a tag expression without pii, and the matrix says why', async ({
  lab,
  page,
}) => {
  await loadScenario(lab);
  // Start the analyst from nothing: revoke the scenario's grant.
  await page.getByRole('link', { name: 'Data permissions' }).click();
  await page.getByRole('radio', { name: /^analyst \(IAM user\) on Tables tagged/ }).click();
  await page.getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke', exact: true }).click();
  await expect(page.getByRole('radio', { name: /^analyst \(IAM user\) on/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'Permission playground' }).click();
  await assignTag(page, ['sales', 'orders'], 'region', 'sensitivity=pii');

  await page.getByRole('link', { name: 'Data permissions' }).click();
  await page.getByRole('button', { name: 'Grant', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Grant data permissions' });
  await choose(page, 'Principal', 'analyst (IAM user)');
  await dialog.getByRole('radio', { name: /Resources matched by LF-Tags/ }).click();
  await dialog.getByRole('button', { name: 'Add LF-Tag key' }).click();
  await choose(page, 'Values of domain', 'sales');
  await dialog.getByRole('button', { name: 'Add LF-Tag key' }).click();
  await choose(page, 'Values of sensitivity', 'public', 'internal');
  await dialog.getByRole('checkbox', { name: 'SELECT' }).first().check();
  await dialog.getByRole('checkbox', { name: 'DESCRIBE' }).first().check();
  await dialog.getByRole('button', { name: 'Grant', exact: true }).click();
  await expect(
    page.getByRole('row', {
      name: /analyst \(IAM user\) Tables tagged domain=sales AND sensitivity=public\|internal (DESCRIBE, SELECT|SELECT, DESCRIBE)/,
    }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Permission playground' }).click();
  await page.getByRole('button', { name: 'Why? sales.orders.region' }).click();
  const why = page.getByRole('dialog', { name: /Why\? sales\.orders\.region for analyst/ });
  await expect(why).toContainText('No grant gives user/analyst SELECT on column region');
  await expect(why).toContainText('SELECT * leaves it out');
  await why.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Run as analyst in Athena' }).click();
  await expect(page.getByRole('button', { name: /Signed in as analyst/ })).toBeVisible();
  await runQuery(page, 'SELECT * FROM sales.orders');
  const grid = page.getByRole('grid', { name: 'Query results' });
  await expect(grid.getByRole('columnheader', { name: /order_id/ })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: /status/ })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: /region/ })).toHaveCount(0);
  await expect(grid.getByRole('columnheader', { name: /customer_email/ })).toHaveCount(0);
});

test('a grant previewed in the builder shows the matrix change before it is applied', async ({
  lab,
  page,
}) => {
  await loadScenario(lab);
  await page.getByRole('tab', { name: 'Grant builder (what if)' }).click();
  await page.getByRole('radio', { name: /^Columns/ }).click();
  await choose(page, 'Database', 'sales');
  await choose(page, 'Table', 'orders');
  await choose(page, 'Included columns', 'customer_email');
  await page.getByRole('checkbox', { name: 'SELECT' }).first().check();
  await page.getByRole('button', { name: 'Preview' }).click();
  const changes = page.getByRole('table', { name: /What the grant would change/ });
  await expect(
    changes.getByRole('row', { name: /sales\.orders\.customer_email Denied Allowed/ }),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Access matrix' }).click();
  await expect(page.getByRole('rowheader', { name: 'customer_email (changes)' })).toBeVisible();
  await page.getByRole('tab', { name: 'Grant builder (what if)' }).click();
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await page.getByRole('tab', { name: 'Access matrix' }).click();
  await page.getByRole('button', { name: 'Why? sales.orders.customer_email' }).click();
  await expect(page.getByRole('dialog')).toContainText(
    'Granted SELECT on columns customer_email of sales.orders to user/analyst',
  );
});

test('the Lake Formation pages are accessible in light and dark mode', async ({ lab, page }) => {
  await loadScenario(lab);
  for (const mode of ['light', 'dark']) {
    if (mode === 'dark') await page.getByRole('button', { name: 'Dark mode' }).click();
    for (const section of [
      'Permission playground',
      'Administrators',
      'Data permissions',
      'Data access audit',
    ]) {
      await page.getByRole('link', { name: section, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await lab.expectAccessible();
    }
    await page.getByRole('link', { name: 'Permission playground', exact: true }).click();
    await page.getByRole('tab', { name: 'LF-Tags on the catalog' }).click();
    await page.getByRole('button', { name: 'Expand database hr' }).click();
    await lab.expectAccessible();
  }
});

test('dragging an LF-Tag onto a table assigns it, and its columns show the inherited value', async ({
  lab,
  page,
}) => {
  await loadScenario(lab);
  await page.getByRole('tab', { name: 'LF-Tags on the catalog' }).click();
  await page.getByRole('button', { name: 'Expand database sales' }).click();
  // A real DataTransfer carries the tag from the chip's dragstart to the line's drop.
  const transfer = await page.evaluateHandle(() => new DataTransfer());
  const chip = page
    .getByRole('group', { name: 'LF-Tags to drag' })
    .getByText('domain=hr', { exact: true });
  await chip.dispatchEvent('dragstart', { dataTransfer: transfer });
  const line = page.getByRole('button', { name: 'Select table sales.customers' });
  await line.dispatchEvent('dragenter', { dataTransfer: transfer });
  await line.dispatchEvent('dragover', { dataTransfer: transfer });
  await line.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(
    page.getByRole('button', { name: 'Remove domain=hr from table sales.customers' }),
  ).toBeVisible();
  await expect(page.getByText('domain=hr — overrides sales')).toBeVisible();
  await page.getByRole('button', { name: 'Expand table sales.customers' }).click();
  await expect(page.getByText('domain=hr (inherited from table)').first()).toBeVisible();
});
