import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryHarness, type MiniSqlJs } from './queryHarness';
import { translateQuery } from './index';
import { SALES_TABLES } from './sales.fixture';

let h: ReturnType<typeof queryHarness>;
beforeAll(async () => {
  h = queryHarness((await initSqlJs()) as unknown as MiniSqlJs, SALES_TABLES);
});

describe('translateQuery: names and literals', () => {
  it('reads "db"."table" and awsdatacatalog.db.table', () => {
    expect(h.query('SELECT count(*) FROM "sales"."orders"').rows).toEqual([[4]]);
    expect(h.query('SELECT count(*) AS n FROM awsdatacatalog.sales.orders').objects).toEqual([
      { n: 4 },
    ]);
  });
  it('names unaliased expressions _col0, _col1 by position and keeps column names', () => {
    const r = h.query(
      'SELECT order_id, amount * 2, upper(customer) AS who FROM orders WHERE order_id = 1',
    );
    expect(r.outputColumns.map((c) => c.name)).toEqual(['order_id', '_col1', 'who']);
    expect(r.rows).toEqual([[1, 21, 'ALICE']]);
  });
  it('compares a date column with DATE literal', () => {
    expect(
      h.query("SELECT order_id FROM orders WHERE order_date = DATE '2025-01-06' ORDER BY 1").rows,
    ).toEqual([[2], [3]]);
  });
  it('adds INTERVAL days, hours and months to timestamps and dates', () => {
    expect(h.value("SELECT TIMESTAMP '2025-01-06 10:00:00' + INTERVAL '1' DAY")).toBe(
      '2025-01-07 10:00:00.000',
    );
    expect(h.value("SELECT TIMESTAMP '2025-01-06 10:00:00' - INTERVAL '30' MINUTE")).toBe(
      '2025-01-06 09:30:00.000',
    );
    expect(h.value("SELECT DATE '2025-01-31' + INTERVAL '1' MONTH")).toBe('2025-02-28');
    expect(h.value("SELECT DATE '2025-01-31' - INTERVAL '1' YEAR")).toBe('2024-01-31');
  });
  it('returns booleans typed boolean', () => {
    const r = h.query('SELECT paid, amount > 10 AS big FROM orders WHERE order_id = 1');
    expect(r.outputColumns).toEqual([
      { name: 'paid', type: 'boolean' },
      { name: 'big', type: 'boolean' },
    ]);
    expect(r.rows).toEqual([[true, true]]);
  });
});

describe('translateQuery: resolution', () => {
  it('reads a view through the SQLite subquery resolve returns, under the name the query uses', () => {
    const tr = translateQuery('SELECT v.who FROM sales.big_orders AS v WHERE v.n > 1', (ref) => {
      expect(ref).toMatchObject({ database: 'sales', table: 'big_orders', line: 1, column: 19 });
      return {
        subquery: 'SELECT "customer" AS "who", "qty" AS "n" FROM "t_orders"',
        columns: [
          { name: 'who', type: 'string' },
          { name: 'n', type: 'int' },
        ],
      };
    });
    expect(h.db.exec(tr.sqlite)[0]!.values).toEqual([['alice'], ['alice'], ['carol']]);
    expect(tr.outputColumns).toEqual([{ name: 'who', type: 'varchar' }]);
  });
  it('SELECT * leaves out hidden "$path"-style columns, which are read only when named', () => {
    const resolve = () => ({
      sqliteName: 't_customers',
      columns: [
        { name: 'customer', type: 'string' },
        { name: '$path', type: 'string' },
      ],
    });
    expect(
      translateQuery('SELECT * FROM customers', resolve).outputColumns.map((c) => c.name),
    ).toEqual(['customer']);
    expect(
      translateQuery('SELECT "$path" FROM customers', resolve).outputColumns.map((c) => c.name),
    ).toEqual(['$path']);
  });
  it('does not pass CTE names to resolve', () => {
    const seen: string[] = [];
    translateQuery('WITH orders AS (SELECT 1 AS x) SELECT x FROM orders', (ref) => {
      seen.push(ref.table);
      return { sqliteName: 'x', columns: [] };
    });
    expect(seen).toEqual([]);
  });
  it('reports Athena types for Glue column types (string → varchar, array<string> → array(varchar))', () => {
    expect(
      h.query('SELECT customer, tags, qty FROM orders LIMIT 1').outputColumns.map((c) => c.type),
    ).toEqual(['varchar', 'array(varchar)', 'integer']);
  });
});
