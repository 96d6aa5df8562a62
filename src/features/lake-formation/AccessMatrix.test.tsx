// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLakeStore, LakeStoreProvider } from '../../store';
import { AccessMatrix } from './AccessMatrix';
import type { MatrixRow } from './matrixModel';

/** 200 tables × 20 columns: 4,200 matrix lines. */
function bigMatrix(): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (let t = 0; t < 200; t++) {
    const table = `t${String(t).padStart(3, '0')}`;
    rows.push({
      key: `db/${table}`,
      level: 'table',
      database: 'db',
      table,
      verdict: 'partial',
      rows: 'All rows',
      hiddenColumns: 10,
    });
    for (let c = 0; c < 20; c++)
      rows.push({
        key: `db/${table}/c${c}`,
        level: 'column',
        database: 'db',
        table,
        column: `c${c}`,
        verdict: c % 2 ? 'denied' : 'allowed',
        rows: c % 2 ? 'No rows' : 'All rows',
      });
  }
  return rows;
}

// jsdom lays nothing out: give every box the size of the matrix's scroll area.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(480);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(900);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the access matrix', () => {
  it('keeps only the lines in view in the page for 200 tables × 20 columns', () => {
    render(
      <LakeStoreProvider store={createLakeStore()}>
        <AccessMatrix rows={bigMatrix()} onWhy={() => undefined} />
      </LakeStoreProvider>,
    );
    const lines = screen.getAllByRole('button', { name: /^Why\? / });
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.length).toBeLessThan(100);
  });

  it('finds a column by name and says why on request', () => {
    const onWhy = vi.fn();
    render(
      <LakeStoreProvider store={createLakeStore()}>
        <AccessMatrix rows={bigMatrix()} onWhy={onWhy} />
      </LakeStoreProvider>,
    );
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find database, table or column' }), {
      target: { value: 'db.t199.c19' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Why? db.t199.c19' }));
    expect(onWhy).toHaveBeenCalledWith(
      expect.objectContaining({ key: 'db/t199/c19', verdict: 'denied' }),
    );
    expect(screen.getByText('Denied')).toBeTruthy();
  });
});
