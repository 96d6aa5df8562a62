import { describe, expect, it } from 'vitest';
import { parseStatement } from '../../sql/dialect/parseQuery';
import { itemKey, partitionPredicates, tablesIn, whereFilter } from './pruning';
import { filterThroughView, viewColumnMap } from './viewPushdown';

const KEYS = new Set(['year', 'month']);

/** View column → base column for the view's FROM table named `table` (its partition keys year, month). */
function passed(viewSql: string, table = 'orders'): Record<string, string> | undefined {
  const ast = parseStatement(viewSql);
  const map = viewColumnMap(ast);
  if (!map) return undefined;
  const body = ast.body.k === 'select' ? ast.body : undefined;
  const item = tablesIn(body?.from).find((t) => t.parts.at(-1) === table);
  return item ? Object.fromEntries(map(itemKey(item.pos), KEYS)) : {};
}

describe('which view columns a filter may move through (Trino predicate pushdown)', () => {
  it('plain column references pass through, under their alias', () => {
    expect(passed('SELECT order_id, year, month FROM orders')).toEqual({
      year: 'year',
      month: 'month',
    });
    expect(passed('SELECT o.month AS m, o.total FROM shop.orders o')).toEqual({ m: 'month' });
  });

  it('a lone * passes every column of its table; an expression passes nothing', () => {
    expect(passed("SELECT * FROM orders WHERE status = 'x'")).toEqual({
      year: 'year',
      month: 'month',
    });
    expect(passed('SELECT concat(year, month) AS month, 1 AS year FROM orders')).toEqual({});
  });

  it('GROUP BY keys pass through; with GROUP BY a column that is not a key never does', () => {
    expect(passed('SELECT month, count(*) AS n FROM orders GROUP BY month')).toEqual({
      month: 'month',
    });
    expect(passed('SELECT year, month, count(*) FROM orders GROUP BY 1, 2')).toEqual({
      year: 'year',
      month: 'month',
    });
  });

  it('LIMIT, OFFSET, window functions and set operations stop every filter', () => {
    expect(passed('SELECT month FROM orders LIMIT 10')).toBeUndefined();
    expect(passed('SELECT month FROM orders OFFSET 10')).toBeUndefined();
    expect(passed('SELECT month, rank() OVER (ORDER BY total) AS r FROM orders')).toBeUndefined();
    expect(passed('SELECT month FROM orders UNION ALL SELECT month FROM orders')).toBeUndefined();
  });

  it('the null-supplying side of an outer join is never pruned; the preserved side is', () => {
    const left = 'SELECT o.month, c.month AS cm FROM orders o LEFT JOIN calendar c ON o.id = c.id';
    expect(passed(left, 'orders')).toEqual({ month: 'month' });
    expect(passed(left, 'calendar')).toEqual({});
    expect(
      passed('SELECT o.month FROM calendar c FULL JOIN orders o ON o.id = c.id', 'orders'),
    ).toEqual({});
  });

  it('an unqualified column in a join, or a name produced twice, is ambiguous: not pushed', () => {
    expect(passed('SELECT month FROM orders o JOIN calendar c ON o.id = c.id')).toEqual({});
    expect(passed('SELECT month, year AS month, year FROM orders')).toEqual({ year: 'year' });
  });
});

describe('the outer filter moved onto the base table', () => {
  it('tests the base partition values under the view’s column names', () => {
    const outer = parseStatement("SELECT * FROM v WHERE m = '03' AND total > 5");
    const from = outer.body.k === 'select' ? outer.body.from : undefined;
    const filter = whereFilter(outer, itemKey(tablesIn(from)[0]!.pos));
    const view = parseStatement('SELECT o.month AS m, total FROM orders o');
    const map = viewColumnMap(view)!;
    const item = itemKey(tablesIn(view.body.k === 'select' ? view.body.from : undefined)[0]!.pos);
    const predicate = filterThroughView(filter, map, item)(KEYS)!;
    expect(predicate({ year: '2025', month: '03' })).toBe(true);
    expect(predicate({ year: '2025', month: '02' })).toBe(false);
  });
});

describe('a table read twice in one query', () => {
  const orders = { database: 'shop', table: 'orders', partitionKeys: ['month'] };
  const keep = (sql: string) =>
    partitionPredicates(parseStatement(sql), [orders], 'shop').get('shop.orders');

  it('shares a scan only for partitions either reference needs; one unfiltered reference reads all', () => {
    const either = keep(
      "SELECT * FROM orders a JOIN orders b ON a.id = b.id WHERE a.month = '01' AND b.month = '02'",
    )!;
    expect([either({ month: '01' }), either({ month: '02' }), either({ month: '03' })]).toEqual([
      true,
      true,
      false,
    ]);
    expect(
      keep("SELECT * FROM orders a JOIN orders b ON a.id = b.id WHERE a.month = '01'"),
    ).toBeUndefined();
  });
});
