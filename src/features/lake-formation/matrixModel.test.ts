import { describe, expect, it } from 'vitest';
import type { TableAccess } from '../../engine/lakeformation/access';
import { matrixChanges, matrixRows, rowsInWords } from './matrixModel';

const access = (over: Partial<TableAccess> = {}): TableAccess => ({
  database: 'sales',
  table: 'orders',
  mode: 'lakeformation',
  select: true,
  permissions: ['SELECT'],
  grantable: [],
  columns: [
    { column: 'region', allowed: true, reason: 'granted' },
    { column: 'email', allowed: false, reason: 'no grant' },
  ],
  fullMetadata: true,
  reasons: [],
  ...over,
});

describe('the access matrix model', () => {
  it('a table with a hidden column is partial; each column line has its own verdict', () => {
    const rows = matrixRows([access()]);
    expect(rows.map((r) => [r.key, r.verdict])).toEqual([
      ['sales/orders', 'partial'],
      ['sales/orders/region', 'allowed'],
      ['sales/orders/email', 'denied'],
    ]);
  });

  it('says the row filter in words', () => {
    expect(rowsInWords(access({ rowFilter: "region = 'EU'" }))).toBe(
      "Only rows where region = 'EU'",
    );
    expect(rowsInWords(access({ select: false }))).toBe('No rows');
    expect(rowsInWords(access())).toBe('All rows');
  });

  it('lists only the lines a change affects', () => {
    const before = matrixRows([access()]);
    const after = matrixRows([
      access({
        columns: [
          { column: 'region', allowed: true, reason: '' },
          { column: 'email', allowed: true, reason: '' },
        ],
      }),
    ]);
    expect(matrixChanges(before, after)).toEqual([
      { key: 'sales/orders', label: 'sales.orders', before: 'Some columns', after: 'Allowed' },
      {
        key: 'sales/orders/email',
        label: 'sales.orders.email',
        before: 'Denied',
        after: 'Allowed',
      },
    ]);
  });
});
