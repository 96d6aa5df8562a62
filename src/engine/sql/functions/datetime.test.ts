import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryHarness, type MiniSqlJs } from '../dialect/queryHarness';

let h: ReturnType<typeof queryHarness>;
beforeAll(async () => {
  // The simulated clock: 2025-01-06 10:00:00 UTC (a Monday).
  h = queryHarness((await initSqlJs()) as unknown as MiniSqlJs, {}, Date.UTC(2025, 0, 6, 10, 0, 0));
});

// Expected values from https://trino.io/docs/current/functions/datetime.html
describe('date and time functions', () => {
  it('current_date, current_timestamp and now() read lakelab_now()', () => {
    expect(h.value('SELECT current_date')).toBe('2025-01-06');
    expect(h.value('SELECT current_timestamp')).toBe('2025-01-06 10:00:00.000');
    expect(h.value('SELECT now()')).toBe('2025-01-06 10:00:00.000');
    expect(h.value("SELECT date_format(now(), '%H:%i')")).toBe('10:00');
    expect(h.query('SELECT now() AS t', { zoneSuffix: true }).rows).toEqual([
      ['2025-01-06 10:00:00.000 UTC'],
    ]);
  });
  it('date_parse uses MySQL specifiers', () => {
    expect(h.value("SELECT date_parse('2025-01-06 14:30:05', '%Y-%m-%d %H:%i:%s')")).toBe(
      '2025-01-06 14:30:05.000',
    );
    expect(h.value("SELECT date_parse('06/01/2025', '%d/%m/%Y')")).toBe('2025-01-06 00:00:00.000');
    expect(h.value("SELECT date_parse('Jan 6 2025 02:05 PM', '%b %e %Y %h:%i %p')")).toBe(
      '2025-01-06 14:05:00.000',
    );
    expect(() => h.query("SELECT date_parse('2025-13-01', '%Y-%m-%d')")).toThrow(
      /INVALID_FUNCTION_ARGUMENT/,
    );
  });
  it('date_format uses MySQL specifiers', () => {
    expect(
      h.value("SELECT date_format(TIMESTAMP '2025-01-06 14:05:09', '%Y/%m/%d %H:%i:%s')"),
    ).toBe('2025/01/06 14:05:09');
    expect(
      h.value("SELECT date_format(TIMESTAMP '2025-01-06 14:05:09', '%W %M %e, %l %p %j')"),
    ).toBe('Monday January 6, 2 PM 006');
  });
  it('format_datetime and parse_datetime use Joda patterns', () => {
    expect(
      h.value(
        "SELECT format_datetime(TIMESTAMP '2025-01-06 14:05:09.120', 'yyyy-MM-dd HH:mm:ss.SSS')",
      ),
    ).toBe('2025-01-06 14:05:09.120');
    expect(
      h.value(
        "SELECT format_datetime(TIMESTAMP '2025-01-06 14:05:09', 'EEEE, MMMM d yyyy h:mm a')",
      ),
    ).toBe('Monday, January 6 2025 2:05 PM');
    expect(h.value("SELECT parse_datetime('2025/01/06 14:05', 'yyyy/MM/dd HH:mm')")).toBe(
      '2025-01-06 14:05:00.000',
    );
  });
  it('from_iso8601_timestamp converts to UTC; from_iso8601_date; to_iso8601', () => {
    expect(h.value("SELECT from_iso8601_timestamp('2025-01-06T10:00:00+02:00')")).toBe(
      '2025-01-06 08:00:00.000',
    );
    expect(h.value("SELECT from_iso8601_timestamp('2025-01-06T10:00:00.5Z')")).toBe(
      '2025-01-06 10:00:00.500',
    );
    expect(h.value("SELECT from_iso8601_date('2025-01-06')")).toBe('2025-01-06');
    expect(h.value("SELECT to_iso8601(TIMESTAMP '2025-01-06 10:00:00')")).toBe(
      '2025-01-06T10:00:00.000',
    );
    expect(h.value("SELECT to_iso8601(DATE '2025-01-06')")).toBe('2025-01-06');
  });
  it('date_trunc: 2001-08-22 03:04:05.321 truncated to each unit', () => {
    const ts = "TIMESTAMP '2001-08-22 03:04:05.321'";
    expect(h.value(`SELECT date_trunc('second', ${ts})`)).toBe('2001-08-22 03:04:05.000');
    expect(h.value(`SELECT date_trunc('minute', ${ts})`)).toBe('2001-08-22 03:04:00.000');
    expect(h.value(`SELECT date_trunc('hour', ${ts})`)).toBe('2001-08-22 03:00:00.000');
    expect(h.value(`SELECT date_trunc('day', ${ts})`)).toBe('2001-08-22 00:00:00.000');
    expect(h.value(`SELECT date_trunc('week', ${ts})`)).toBe('2001-08-20 00:00:00.000');
    expect(h.value(`SELECT date_trunc('month', ${ts})`)).toBe('2001-08-01 00:00:00.000');
    expect(h.value(`SELECT date_trunc('quarter', ${ts})`)).toBe('2001-07-01 00:00:00.000');
    expect(h.value(`SELECT date_trunc('year', ${ts})`)).toBe('2001-01-01 00:00:00.000');
    expect(h.value("SELECT date_trunc('month', DATE '2001-08-22')")).toBe('2001-08-01');
  });
  it('date_add and date_diff', () => {
    expect(h.value("SELECT date_add('day', 3, DATE '2025-01-30')")).toBe('2025-02-02');
    expect(h.value("SELECT date_add('hour', -2, TIMESTAMP '2025-01-06 01:00:00')")).toBe(
      '2025-01-05 23:00:00.000',
    );
    expect(h.value("SELECT date_add('month', 1, TIMESTAMP '2024-01-31 00:00:00')")).toBe(
      '2024-02-29 00:00:00.000',
    );
    expect(h.value("SELECT date_diff('day', DATE '2025-01-01', DATE '2025-03-01')")).toBe(59);
    expect(h.value("SELECT date_diff('month', DATE '2025-01-15', DATE '2025-02-14')")).toBe(0);
    expect(h.value("SELECT date_diff('month', DATE '2025-01-15', DATE '2025-02-15')")).toBe(1);
    expect(
      h.value(
        "SELECT date_diff('hour', TIMESTAMP '2025-01-06 10:00:00', TIMESTAMP '2025-01-06 07:30:00')",
      ),
    ).toBe(-2);
    expect(h.value("SELECT date_diff('year', DATE '2020-06-01', DATE '2025-05-31')")).toBe(4);
  });
  it('field extraction: year … second, quarter, ISO week and day of week, EXTRACT', () => {
    const ts = "TIMESTAMP '2025-12-31 23:59:58'";
    expect(
      h.query(
        `SELECT year(${ts}), quarter(${ts}), month(${ts}), day(${ts}), hour(${ts}), minute(${ts}), second(${ts})`,
      ).rows[0],
    ).toEqual([2025, 4, 12, 31, 23, 59, 58]);
    expect(
      h.query(`SELECT week(${ts}), year_of_week(${ts}), day_of_week(${ts}), day_of_year(${ts})`)
        .rows[0],
    ).toEqual([1, 2026, 3, 365]);
    expect(h.value(`SELECT EXTRACT(YEAR FROM ${ts})`)).toBe(2025);
    expect(h.value(`SELECT year(${ts}) / 2`)).toBe(1012);
  });
  it('to_unixtime, from_unixtime, last_day_of_month', () => {
    expect(h.value("SELECT to_unixtime(TIMESTAMP '1970-01-02 00:00:00')")).toBe(86400);
    expect(h.value('SELECT from_unixtime(86400.5)')).toBe('1970-01-02 00:00:00.500');
    expect(h.value("SELECT last_day_of_month(DATE '2024-02-10')")).toBe('2024-02-29');
  });
});
