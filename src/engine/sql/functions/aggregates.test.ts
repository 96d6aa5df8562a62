import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryHarness, type MiniSqlJs } from '../dialect/queryHarness';

let h: ReturnType<typeof queryHarness>;
beforeAll(async () => {
  h = queryHarness((await initSqlJs()) as unknown as MiniSqlJs, {
    m: {
      columns: [
        { name: 'g', type: 'string' },
        { name: 'x', type: 'double' },
        { name: 'y', type: 'int' },
        { name: 'ok', type: 'boolean' },
      ],
      rows: [
        ['a', 2, 1, 1],
        ['a', 4, 3, 0],
        ['a', 4, 2, 1],
        ['a', 5, 5, 1],
        ['b', 5, 1, 1],
        ['b', 7, 9, 1],
        ['b', 9, 4, null],
      ],
    },
  });
});

// Expected values from https://trino.io/docs/current/functions/aggregate.html
describe('aggregate functions', () => {
  it('count_if, bool_and, bool_or, arbitrary', () => {
    const r = h.query(
      'SELECT g, count_if(x > 4), bool_and(ok), bool_or(ok) FROM m GROUP BY g ORDER BY g',
    );
    expect(r.rows).toEqual([
      ['a', 1, false, true],
      ['b', 3, true, true],
    ]);
    expect(r.outputColumns.map((c) => c.type)).toEqual(['varchar', 'bigint', 'boolean', 'boolean']);
    expect(h.value("SELECT arbitrary(g) FROM m WHERE g = 'b'")).toBe('b');
  });
  it('max_by and min_by pick x at the extreme y', () => {
    expect(h.query('SELECT max_by(x, y), min_by(x, y) FROM m').rows[0]).toEqual([7, 2]);
  });
  it('stddev/variance (sample) and their _pop forms', () => {
    const r = h.query(
      "SELECT variance(x), var_pop(x), stddev(x), stddev_pop(x) FROM m WHERE g = 'a'",
    ).rows[0] as number[];
    expect(r[0]).toBeCloseTo(1.583333, 5);
    expect(r[1]).toBeCloseTo(1.1875, 5);
    expect(r[2]).toBeCloseTo(Math.sqrt(1.583333), 5);
    expect(r[3]).toBeCloseTo(Math.sqrt(1.1875), 5);
    expect(h.value('SELECT stddev(x) FROM m WHERE y = 9')).toBe(null);
  });
  it('approx_percentile (exact nearest rank here) and approx_distinct', () => {
    expect(h.value('SELECT approx_percentile(x, 0.5) FROM m')).toBe(5);
    expect(h.value('SELECT approx_distinct(x) FROM m')).toBe(5);
    const r = h.query('SELECT approx_percentile(y, ARRAY[0.0, 1.0]) FROM m');
    expect(r.rows).toEqual([['[1,9]']]);
    expect(r.outputColumns[0]!.type).toBe('array(integer)');
  });
  it('array_agg keeps order given by ORDER BY and keeps nulls; map_agg', () => {
    expect(h.value("SELECT array_agg(y ORDER BY y DESC) FROM m WHERE g = 'a'")).toBe('[5,3,2,1]');
    expect(h.value("SELECT array_agg(ok) FROM m WHERE g = 'b'")).toBe('[true,true,null]');
    expect(h.value('SELECT map_agg(g, y) FROM m WHERE x = 5')).toBe('{"a":5,"b":1}');
  });
  it('FILTER (WHERE …); built-in aggregates run over windows, JavaScript ones are refused clearly', () => {
    expect(h.value('SELECT sum(y) FILTER (WHERE ok) FROM m')).toBe(18);
    expect(
      h.query("SELECT y, max(x) OVER (PARTITION BY g) FROM m WHERE g = 'b' ORDER BY y").rows,
    ).toEqual([
      [1, 9],
      [4, 9],
      [9, 9],
    ]);
    expect(() => h.translate('SELECT max_by(x, y) OVER (PARTITION BY g) FROM m')).toThrow(
      /NOT_SUPPORTED: line 1:8: max_by\(\) OVER/,
    );
  });
});

// Expected values from https://trino.io/docs/current/functions/math.html and …/conditional.html
describe('math and conditional functions', () => {
  it('round half away from zero keeps the argument type', () => {
    expect(
      h.query('SELECT round(2.5), round(-2.5), round(1.2345, 2), round(15, -1)').rows[0],
    ).toEqual([3, -3, 1.23, 20]);
  });
  it('ceil, floor, abs, mod, power, sqrt, ln, log10, exp, sign', () => {
    expect(
      h.query(
        'SELECT ceil(1.2), floor(-1.2), abs(-3), mod(7, 3), mod(-7, 3), power(2, 10), sqrt(16), log10(1000), sign(-5)',
      ).rows[0],
    ).toEqual([2, -2, 3, 1, -1, 1024, 4, 3, -1]);
    expect(h.value('SELECT ln(exp(2))')).toBeCloseTo(2, 10);
  });
  it('random() is repeatable per database seed and in range', () => {
    const v = h.value('SELECT random()') as number;
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThan(1);
    expect(h.value('SELECT random(10)')).toBeLessThan(10);
  });
  it('if, coalesce, nullif, greatest, least, try, typeof', () => {
    expect(
      h.query(
        "SELECT if(1 > 2, 'a', 'b'), if(false, 1), coalesce(NULL, 2, 3), nullif(1, 1), greatest(1, 5, 3), least(4, 2)",
      ).rows[0],
    ).toEqual(['b', null, 2, null, 5, 2]);
    expect(h.value("SELECT try(CAST('x' AS integer))")).toBe(null);
    expect(h.value("SELECT try(date_parse('bad', '%Y'))")).toBe(null);
    expect(
      h.query("SELECT typeof(1), typeof(1.5E0), typeof('a'), typeof(DATE '2025-01-01')").rows[0],
    ).toEqual(['integer', 'double', 'varchar(1)', 'date']);
  });
});
