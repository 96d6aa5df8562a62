import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryHarness, type MiniSqlJs } from './queryHarness';
import { SALES_TABLES } from './sales.fixture';

let h: ReturnType<typeof queryHarness>;
beforeAll(async () => {
  h = queryHarness((await initSqlJs()) as unknown as MiniSqlJs, SALES_TABLES);
});

describe('translateQuery: clauses', () => {
  it('GROUP BY ordinals with HAVING', () => {
    const r = h.query(
      'SELECT customer, sum(qty) AS q FROM orders GROUP BY 1 HAVING sum(qty) > 1 ORDER BY 1',
    );
    expect(r.rows).toEqual([
      ['alice', 6],
      ['carol', 3],
    ]);
    expect(r.outputColumns[1]).toEqual({ name: 'q', type: 'bigint' });
  });
  it('sorts NULLs last by default in both directions, as Trino does', () => {
    expect(h.query('SELECT amount FROM orders ORDER BY amount').rows.map((r) => r[0])).toEqual([
      5.25,
      10.5,
      20,
      null,
    ]);
    expect(h.query('SELECT amount FROM orders ORDER BY amount DESC').rows.map((r) => r[0])).toEqual(
      [20, 10.5, 5.25, null],
    );
    expect(h.query('SELECT amount FROM orders ORDER BY amount NULLS FIRST').rows[0]).toEqual([
      null,
    ]);
  });
  it('LIMIT and OFFSET (either order)', () => {
    expect(h.query('SELECT order_id FROM orders ORDER BY order_id LIMIT 2 OFFSET 1').rows).toEqual([
      [2],
      [3],
    ]);
    expect(h.query('SELECT order_id FROM orders ORDER BY order_id OFFSET 3').rows).toEqual([[4]]);
    expect(
      h.query('SELECT order_id FROM orders ORDER BY order_id FETCH FIRST 1 ROWS ONLY').rows,
    ).toEqual([[1]]);
  });
  it('joins with ON and USING; LEFT JOIN keeps unmatched rows', () => {
    expect(
      h.query(
        'SELECT o.order_id, c.country FROM orders o JOIN customers c ON o.customer = c.customer ORDER BY 1',
      ).rows,
    ).toEqual([
      [1, 'FR'],
      [2, 'US'],
      [3, 'FR'],
    ]);
    expect(
      h.query(
        'SELECT customer, country FROM orders JOIN customers USING (customer) WHERE order_id = 2',
      ).rows,
    ).toEqual([['bob', 'US']]);
    expect(
      h.query(
        'SELECT c.customer, count(o.order_id) FROM customers c LEFT JOIN orders o ON o.customer = c.customer GROUP BY 1 ORDER BY 1',
      ).rows,
    ).toEqual([
      ['alice', 2],
      ['bob', 1],
      ['dave', 0],
    ]);
  });
  it('SELECT * expands every column; t.* one table; USING columns appear once', () => {
    expect(h.query('SELECT * FROM customers LIMIT 1').outputColumns.map((c) => c.name)).toEqual([
      'customer',
      'country',
      'profile',
    ]);
    expect(
      h.query('SELECT c.* FROM orders o JOIN customers c ON o.customer = c.customer LIMIT 1')
        .outputColumns,
    ).toHaveLength(3);
    expect(
      h.query('SELECT * FROM orders JOIN customers USING (customer) LIMIT 1').outputColumns,
    ).toHaveLength(10);
  });
  it('UNION removes duplicates, UNION ALL keeps them, INTERSECT and EXCEPT', () => {
    expect(
      h
        .query('SELECT customer FROM orders UNION SELECT customer FROM customers ORDER BY 1')
        .rows.flat(),
    ).toEqual(['alice', 'bob', 'carol', 'dave']);
    expect(
      h.query('SELECT customer FROM orders UNION ALL SELECT customer FROM customers').rows,
    ).toHaveLength(7);
    expect(
      h
        .query(
          'SELECT customer FROM orders INTERSECT SELECT customer FROM customers ORDER BY customer',
        )
        .rows.flat(),
    ).toEqual(['alice', 'bob']);
    expect(
      h.query('SELECT customer FROM customers EXCEPT SELECT customer FROM orders').rows.flat(),
    ).toEqual(['dave']);
  });
  it('INTERSECT ALL and EXCEPT ALL keep duplicate counts', () => {
    expect(
      h.query('SELECT customer FROM orders INTERSECT ALL SELECT customer FROM orders WHERE qty > 1')
        .rows,
    ).toHaveLength(3);
    expect(
      h
        .query('SELECT customer FROM orders EXCEPT ALL SELECT customer FROM customers ORDER BY 1')
        .rows.flat(),
    ).toEqual(['alice', 'carol']);
  });
  it('WITH (CTEs), including a CTE read twice and one with a column list', () => {
    const sql =
      'WITH t(c, n) AS (SELECT customer, count(*) FROM orders GROUP BY customer), top AS (SELECT max(n) AS m FROM t) SELECT c FROM t, top WHERE n = m';
    expect(h.query(sql).rows).toEqual([['alice']]);
  });
  it('window functions: row_number, rank, dense_rank, lag, lead, running sum', () => {
    const r =
      h.query(`SELECT order_id, row_number() OVER (PARTITION BY customer ORDER BY order_id) AS rn,
      rank() OVER (ORDER BY order_date) AS rk, dense_rank() OVER (ORDER BY order_date) AS dr,
      lag(order_id) OVER (ORDER BY order_id) AS prev, lead(order_id, 1, 0) OVER (ORDER BY order_id) AS nxt,
      sum(qty) OVER (ORDER BY order_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running
      FROM orders ORDER BY order_id`);
    expect(r.objects[2]).toEqual({ order_id: 3, rn: 2, rk: 2, dr: 2, prev: 2, nxt: 4, running: 7 });
    expect(r.objects[3]).toMatchObject({ rk: 4, dr: 3, nxt: 0 });
  });
  it('subqueries: scalar, IN, EXISTS (correlated) and derived tables', () => {
    expect(
      h.query('SELECT order_id FROM orders WHERE amount = (SELECT max(amount) FROM orders)').rows,
    ).toEqual([[2]]);
    expect(
      h.query(
        "SELECT count(*) FROM orders WHERE customer IN (SELECT customer FROM customers WHERE country = 'FR')",
      ).rows,
    ).toEqual([[2]]);
    expect(
      h.query(
        'SELECT customer FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer = c.customer)',
      ).rows,
    ).toEqual([['dave']]);
    expect(h.query('SELECT d.total FROM (SELECT sum(qty) AS total FROM orders) AS d').rows).toEqual(
      [[10]],
    );
    expect(
      h.query('SELECT x FROM (SELECT qty FROM orders WHERE order_id = 1) AS d(x)').rows,
    ).toEqual([[2]]);
  });
  it('CROSS JOIN UNNEST(array) AS t(x), WITH ORDINALITY', () => {
    expect(
      h.query('SELECT order_id, tag FROM orders CROSS JOIN UNNEST(tags) AS t(tag) ORDER BY 1, 2')
        .rows,
    ).toEqual([
      [1, 'a'],
      [1, 'b'],
      [2, 'b'],
    ]);
    expect(
      h.query("SELECT x, n FROM UNNEST(ARRAY['p', 'q']) WITH ORDINALITY AS t(x, n)").rows,
    ).toEqual([
      ['p', 1],
      ['q', 2],
    ]);
    expect(
      h.query(
        'SELECT tag, count(*) FROM orders o CROSS JOIN UNNEST(o.tags) AS u(tag) GROUP BY tag ORDER BY tag',
      ).rows,
    ).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
  it('VALUES, alone and as a derived table with column names', () => {
    const r = h.query("VALUES (1, 'a'), (2, 'b')");
    expect(r.outputColumns.map((c) => c.name)).toEqual(['_col0', '_col1']);
    expect(h.query('SELECT sum(n) FROM (VALUES 1, 2, 3) AS t(n)').rows).toEqual([[6]]);
  });
  it('count(*), count(DISTINCT x), approx_distinct', () => {
    expect(
      h.query(
        'SELECT count(*), count(DISTINCT customer), approx_distinct(customer), count(amount) FROM orders',
      ).rows,
    ).toEqual([[4, 3, 3, 3]]);
  });
  it('struct fields with dot syntax', () => {
    expect(
      h.query("SELECT c.profile.tier FROM customers c WHERE customer = 'alice'").objects,
    ).toEqual([{ tier: 'gold' }]);
  });
});

describe('translateQuery: operators', () => {
  it('|| concatenates, LIKE is case-sensitive, BETWEEN, IN, CASE', () => {
    expect(h.value("SELECT 'a' || 'b' || 'c'")).toBe('abc');
    expect(h.query("SELECT count(*) FROM orders WHERE customer LIKE 'A%'").rows).toEqual([[0]]);
    expect(h.query("SELECT count(*) FROM orders WHERE customer LIKE 'a_ice'").rows).toEqual([[2]]);
    expect(h.query('SELECT count(*) FROM orders WHERE qty BETWEEN 2 AND 3').rows).toEqual([[2]]);
    expect(h.query('SELECT count(*) FROM orders WHERE order_id NOT IN (1, 2)').rows).toEqual([[2]]);
    expect(h.value("SELECT CASE WHEN 1 > 2 THEN 'x' WHEN 2 > 1 THEN 'y' ELSE 'z' END")).toBe('y');
    expect(h.value('SELECT CASE 2 WHEN 1 THEN 10 WHEN 2 THEN 20 END')).toBe(20);
  });
  it('IS [NOT] DISTINCT FROM treats NULLs as equal', () => {
    expect(h.value('SELECT NULL IS DISTINCT FROM NULL')).toBe(false);
    expect(h.value('SELECT 1 IS DISTINCT FROM NULL')).toBe(true);
    expect(h.value('SELECT NULL IS NOT DISTINCT FROM NULL')).toBe(true);
  });
  it('integer division truncates; dividing by zero fails as in Trino', () => {
    expect(h.value('SELECT 7 / 2')).toBe(3);
    expect(h.value('SELECT -7 / 2')).toBe(-3);
    expect(h.value('SELECT 7 / 2.0')).toBe(3.5);
    expect(() => h.query('SELECT 1 / 0')).toThrow(/Division by zero/);
    expect(h.value('SELECT try(1 / 0)')).toBe(null);
  });
  it('CAST and TRY_CAST', () => {
    expect(h.value("SELECT CAST('42' AS bigint)")).toBe(42);
    expect(h.value("SELECT CAST('42' AS integer) / 5")).toBe(8);
    expect(h.value('SELECT CAST(2.5 AS integer)')).toBe(3);
    expect(h.value('SELECT CAST(1 AS varchar)')).toBe('1');
    expect(h.value('SELECT CAST(true AS varchar)')).toBe('true');
    expect(h.value("SELECT CAST('2025-01-06' AS date)")).toBe('2025-01-06');
    expect(h.value("SELECT CAST('2025-01-06 10:00:00' AS timestamp)")).toBe(
      '2025-01-06 10:00:00.000',
    );
    expect(h.value("SELECT CAST(TIMESTAMP '2025-01-06 10:00:00' AS date)")).toBe('2025-01-06');
    expect(h.value("SELECT CAST('1.239' AS decimal(10,2))")).toBe(1.24);
    expect(h.value("SELECT CAST('true' AS boolean)")).toBe(true);
    expect(h.value("SELECT CAST('3.5' AS double)")).toBe(3.5);
    expect(h.value('SELECT CAST(1.5E0 AS varchar)')).toBe('1.5E0');
    expect(h.value("SELECT TRY_CAST('abc' AS bigint)")).toBe(null);
    expect(() => h.query("SELECT CAST('abc' AS bigint)")).toThrow(/Cannot cast 'abc' to BIGINT/);
    expect(() => h.query("SELECT CAST(' 123' AS integer)")).toThrow(/Cannot cast ' 123' to INT/);
    expect(h.value("SELECT CAST(' 123 ' AS double)")).toBe(123);
  });
  it('date and timestamp comparisons widen a date to a timestamp', () => {
    expect(h.query("SELECT count(*) FROM orders WHERE ts >= DATE '2025-01-06'").rows).toEqual([
      [3],
    ]);
  });
});
