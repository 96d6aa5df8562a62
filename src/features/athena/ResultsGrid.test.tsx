// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createLakeStore, LakeStoreProvider } from '../../store';
import { ResultsGrid } from './ResultsGrid';

afterEach(cleanup);

const columns = [
  { name: 'id', type: 'bigint' },
  { name: 'label', type: 'varchar' },
];

function renderGrid(rows: (string | null)[][]) {
  render(
    <LakeStoreProvider store={createLakeStore()}>
      <ResultsGrid columns={columns} rows={rows} onActiveCellChange={() => undefined} />
    </LakeStoreProvider>,
  );
  return screen.getByRole('grid', { name: 'Query results' });
}

const bodyRows = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('gridcell')
        .map((c) => c.textContent),
    );

describe('the results grid', () => {
  it('puts only the rows in view in the page, even for a million rows', { timeout: 60_000 }, () => {
    // jsdom lays nothing out: give the scroll box the height a browser would.
    const height = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
    const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
    onTestFinished(() => {
      height.mockRestore();
      width.mockRestore();
    });
    const rows = Array.from({ length: 1_000_000 }, (_, i) => [String(i), `row ${i}`]);
    const grid = renderGrid(rows);
    expect(grid.getAttribute('aria-rowcount')).toBe('1000001');
    const rendered = within(grid).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
  });

  it('sorts a numeric column as numbers, NULL last', () => {
    const grid = renderGrid([
      ['10', 'b'],
      [null, 'n'],
      ['9', 'a'],
    ]);
    fireEvent.click(within(grid).getByRole('button', { name: 'Sort by id' }));
    expect(bodyRows(grid).map((r) => r[0])).toEqual(['9', '10', 'NULL']);
    // Row numbers count the rows as shown.
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['1', '2', '3']);
  });

  it('moves the active cell with the arrow keys', () => {
    const grid = renderGrid([
      ['1', 'a'],
      ['2', 'b'],
    ]);
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    const active = document.getElementById(grid.getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent).toBe('b');
  });

  it('resizes a column from the keyboard', () => {
    const grid = renderGrid([['1', 'a']]);
    const handle = within(grid).getByRole('separator', { name: 'Resize column label' });
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    expect(handle.getAttribute('aria-valuenow')).toBe('200');
  });
});
