import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryHarness, type MiniSqlJs } from './queryHarness';

let h: ReturnType<typeof queryHarness>;
beforeAll(async () => {
  h = queryHarness((await initSqlJs()) as unknown as MiniSqlJs, {
    clicks: {
      columns: [
        { name: 'event_time', type: 'string' },
        { name: 'url', type: 'string' },
        { name: 'user_id', type: 'string' },
        { name: 'latency_ms', type: 'int' },
        { name: 'props', type: 'string' },
        { name: 'year', type: 'string' },
        { name: 'month', type: 'string' },
      ],
      rows: [
        ['2025-01-06T09:15:00Z', '/api/cart?item=1', 'u1', 120, '{"device":"ios"}', '2025', '01'],
        ['2025-01-06T09:45:00Z', '/api/cart?item=2', 'u2', 80, '{"device":"web"}', '2025', '01'],
        ['2025-01-06T10:05:00Z', '/home', 'u1', 30, '{"device":"ios"}', '2025', '01'],
        ['2025-02-01T00:00:00Z', '/api/pay', 'u3', 400, '{}', '2025', '02'],
      ],
    },
  });
});

describe('queries as students write them in Athena', () => {
  it('hits per hour for API paths in one partition', () => {
    const r = h.query(
      `SELECT date_trunc('hour', from_iso8601_timestamp(event_time)) AS hour, count(*) AS hits
      FROM "weblogs"."clicks" WHERE regexp_like(url, '^/api/') AND year = '2025' AND month = '01'
      GROUP BY 1 ORDER BY hits DESC, hour LIMIT 10`,
      { zoneSuffix: true },
    );
    expect(r.rows).toEqual([['2025-01-06 09:00:00.000 UTC', 2]]);
    expect(r.outputColumns).toEqual([
      { name: 'hour', type: 'timestamp(3) with time zone' },
      { name: 'hits', type: 'bigint' },
    ]);
  });
  it('a string partition compared with a number is a TYPE_MISMATCH, as in Athena', () => {
    expect(() => h.translate('SELECT * FROM clicks WHERE year = 2025')).toThrow(
      /TYPE_MISMATCH: line 1:28: Cannot apply operator: varchar = integer/,
    );
  });
  it('top devices with json_extract_scalar and a window rank', () => {
    const r =
      h.query(`WITH d AS (SELECT json_extract_scalar(props, '$.device') AS device, count(DISTINCT user_id) AS users FROM clicks GROUP BY 1)
      SELECT device, users, rank() OVER (ORDER BY users DESC) AS rnk FROM d WHERE device IS NOT NULL ORDER BY rnk, device`);
    expect(r.rows).toEqual([
      ['ios', 1, 1],
      ['web', 1, 1],
    ]);
  });
  it('latency percentiles and averages per month', () => {
    const r =
      h.query(`SELECT year || '-' || month AS ym, approx_percentile(latency_ms, 0.5) AS p50, round(avg(latency_ms), 1) AS mean
      FROM clicks GROUP BY year, month ORDER BY ym`);
    expect(r.rows).toEqual([
      ['2025-01', 80, 76.7],
      ['2025-02', 400, 400],
    ]);
  });
  it('the last event per user (row_number in a subquery)', () => {
    const r = h.query(`SELECT user_id, url FROM (
        SELECT user_id, url, row_number() OVER (PARTITION BY user_id ORDER BY event_time DESC) AS rn FROM clicks
      ) WHERE rn = 1 ORDER BY user_id`);
    expect(r.rows).toEqual([
      ['u1', '/home'],
      ['u2', '/api/cart?item=2'],
      ['u3', '/api/pay'],
    ]);
  });
  it('events of the last 7 days relative to the simulated clock', () => {
    const r = h.query(`SELECT count(*) FROM clicks
      WHERE from_iso8601_timestamp(event_time) BETWEEN current_timestamp - INTERVAL '7' DAY AND now()`);
    expect(r.rows).toEqual([[2]]); // 09:15 and 09:45; 10:05 is after the simulated 10:00
  });
  it('url_extract_parameter and split_part on paths', () => {
    const r =
      h.query(`SELECT CAST(url_extract_parameter('https://x.com' || url, 'item') AS integer) AS item, split_part(url, '/', 3) AS part
      FROM clicks WHERE url LIKE '/api/cart%' ORDER BY item`);
    expect(r.rows).toEqual([
      [1, 'cart?item=1'],
      [2, 'cart?item=2'],
    ]);
    expect(r.outputColumns[0]).toEqual({ name: 'item', type: 'integer' });
  });
  it('a timestamp compared with a string literal is a TYPE_MISMATCH: Trino has no varchar → timestamp coercion', () => {
    expect(() =>
      h.translate(
        "SELECT 1 FROM clicks WHERE from_iso8601_timestamp(event_time) >= '2025-01-06 10:00'",
      ),
    ).toThrow(
      /TYPE_MISMATCH: line 1:28: Cannot apply operator: timestamp\(3\) with time zone >= varchar\(16\)/,
    );
    expect(
      h.value(
        "SELECT count(*) FROM clicks WHERE from_iso8601_timestamp(event_time) >= TIMESTAMP '2025-01-06 10:00'",
      ),
    ).toBe(2);
    expect(() => h.translate("SELECT DATE '2025-01-06' = '2025-01-06'")).toThrow(
      /Cannot apply operator: date = varchar\(10\)/,
    );
  });
});
