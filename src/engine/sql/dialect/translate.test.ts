import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryHarness, type MiniSqlJs } from './queryHarness';
import { SALES_TABLES } from './sales.fixture';

let h: ReturnType<typeof queryHarness>;
beforeAll(async () => {
  h = queryHarness((await initSqlJs()) as unknown as MiniSqlJs, SALES_TABLES);
});

describe('translateQuery: names and literals', () => {
  it('reads "db"."table" and awsdatacatalog.db.table', () => {
    expect(h.query('SELECT count(*) FROM "sales"."orders"').rows).toEqual([[4]]);
    expect(h.query('SELECT count(*) AS n FROM awsdatacatalog.sales.orders').objects).toEqual([{ n: 4 }]);
  });
  it('names unaliased expressions _col0, _col1 by position and keeps column names', () => {
    const r = h.query('SELECT order_id, amount * 2, upper(customer) AS who FROM orders WHERE order_id = 1');
    expect(r.outputColumns.map((c) => c.name)).toEqual(['order_id', '_col1', 'who']);
    expect(r.rows).toEqual([[1, 21, 'ALICE']]);
  });
  it('compares a date column with DATE literal', () => {
    expect(h.query("SELECT order_id FROM orders WHERE order_date = DATE '2025-01-06' ORDER BY 1").rows).toEqual([[2], [3]]);
  });
  it('adds INTERVAL days, hours and months to timestamps and dates', () => {
    expect(h.value("SELECT TIMESTAMP '2025-01-06 10:00:00' + INTERVAL '1' DAY")).toBe('2025-01-07 10:00:00.000');
    expect(h.value("SELECT TIMESTAMP '2025-01-06 10:00:00' - INTERVAL '30' MINUTE")).toBe('2025-01-06 09:30:00.000');
    expect(h.value("SELECT DATE '2025-01-31' + INTERVAL '1' MONTH")).toBe('2025-02-28');
    expect(h.value("SELECT DATE '2025-01-31' - INTERVAL '1' YEAR")).toBe('2024-01-31');
  });
  it('returns booleans typed boolean', () => {
    const r = h.query("SELECT paid, amount > 10 AS big FROM orders WHERE order_id = 1");
    expect(r.outputColumns).toEqual([{ name: 'paid', type: 'boolean' }, { name: 'big', type: 'boolean' }]);
    expect(r.rows).toEqual([[true, true]]);
  });
});
