import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyzeQuery,
  athenaErrorFromSqlite,
  AthenaSqlException,
  formatAthenaError,
  type AthenaSqlError,
} from './index';
import { queryHarness, type MiniSqlJs } from './queryHarness';
import { SALES_TABLES } from './sales.fixture';

let h: ReturnType<typeof queryHarness>;
beforeAll(async () => {
  h = queryHarness((await initSqlJs()) as unknown as MiniSqlJs, SALES_TABLES);
});

function errorOf(fn: () => unknown): AthenaSqlError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AthenaSqlException) return e.detail;
    throw e;
  }
  throw new Error('expected an AthenaSqlException');
}

describe('errors carry Athena error types and line:column', () => {
  it('a misspelt FROM is a SYNTAX_ERROR at the unexpected token', () => {
    const e = errorOf(() => analyzeQuery('SELECT a FORM t'));
    expect(e).toMatchObject({ errorType: 'SYNTAX_ERROR', line: 1, column: 15 });
    expect(formatAthenaError(e)).toMatch(
      /^SYNTAX_ERROR: line 1:15: mismatched input 't'\. Expecting: /,
    );
  });
  it('positions count lines and columns from 1', () => {
    expect(errorOf(() => analyzeQuery('SELECT a\nFROM t\nWHERE ('))).toMatchObject({
      line: 3,
      column: 8,
    });
  });
  it('an unknown column is COLUMN_NOT_FOUND with Athena wording', () => {
    const e = errorOf(() => h.translate('SELECT nope FROM orders'));
    expect(formatAthenaError(e)).toBe(
      "COLUMN_NOT_FOUND: line 1:8: Column 'nope' cannot be resolved or requester is not authorized to access requested resources",
    );
  });
  it('an unknown function is FUNCTION_NOT_FOUND', () => {
    expect(formatAthenaError(errorOf(() => h.translate('SELECT foo(1)')))).toBe(
      "FUNCTION_NOT_FOUND: line 1:8: Function 'foo' not registered",
    );
  });
  it('comparing varchar with integer is a TYPE_MISMATCH', () => {
    expect(errorOf(() => h.translate('SELECT 1 FROM orders WHERE customer = 1'))).toMatchObject({
      errorType: 'TYPE_MISMATCH',
      message: 'Cannot apply operator: varchar = integer',
    });
  });
  it('a column outside aggregates must be grouped, as Trino requires', () => {
    expect(
      formatAthenaError(errorOf(() => h.translate('SELECT customer, count(*) FROM orders'))),
    ).toBe(
      "SYNTAX_ERROR: line 1:8: 'customer' must be an aggregate expression or appear in GROUP BY clause",
    );
    expect(
      errorOf(() =>
        h.translate('SELECT customer, sum(qty) FROM orders GROUP BY customer ORDER BY amount'),
      ).message,
    ).toMatch(/'amount' must be an aggregate/);
    expect(
      h.translate(
        'SELECT upper(customer) AS c, sum(qty) AS q FROM orders GROUP BY upper(customer) ORDER BY q, c',
      ).sqlite,
    ).toContain('GROUP BY');
    expect(
      h.translate(
        'SELECT customer, count(*) FROM orders GROUP BY 1 HAVING count(*) > 1 ORDER BY 2 DESC',
      ).sqlite,
    ).toContain('HAVING');
    expect(errorOf(() => h.translate('SELECT * FROM customers GROUP BY customer')).message).toBe(
      "'country' must be an aggregate expression or appear in GROUP BY clause",
    );
    expect(
      h.translate('SELECT c.* FROM customers c GROUP BY customer, country, profile').sqlite,
    ).toContain('GROUP BY');
  });
  it('a date function on a varchar is refused as Trino does (parse it first)', () => {
    expect(formatAthenaError(errorOf(() => h.translate("SELECT year('2025-01-06')")))).toBe(
      'FUNCTION_NOT_FOUND: line 1:8: Unexpected parameters (varchar(10)) for function year. Expected: year(timestamp(p))',
    );
    expect(
      errorOf(() => h.translate("SELECT date_format(customer, '%Y') FROM orders")).errorType,
    ).toBe('FUNCTION_NOT_FOUND');
    expect(errorOf(() => h.translate('SELECT lower(qty) FROM orders')).message).toMatch(
      /^Unexpected parameters \(integer\) for function lower/,
    );
    expect(
      h.translate("SELECT year(date_parse('2025-01-06', '%Y-%m-%d')), upper(customer) FROM orders")
        .sqlite,
    ).toContain('trino_year');
  });
  it('an ambiguous column is reported', () => {
    expect(errorOf(() => h.translate('SELECT customer FROM orders, customers')).errorType).toBe(
      'AMBIGUOUS_NAME',
    );
  });
  it('statements that are not queries are NOT_SUPPORTED here', () => {
    expect(errorOf(() => analyzeQuery('CREATE TABLE x (a int)')).errorType).toBe('NOT_SUPPORTED');
    expect(errorOf(() => analyzeQuery('SHOW TABLES')).errorType).toBe('NOT_SUPPORTED');
  });
  it('an invalid DATE literal is INVALID_LITERAL', () => {
    expect(errorOf(() => h.translate("SELECT DATE '2025-02-30'")).errorType).toBe(
      'INVALID_LITERAL',
    );
  });
});

describe('security: only resolved tables and our own functions reach SQLite', () => {
  it('rejects sqlite_ names, tables and functions', () => {
    expect(errorOf(() => analyzeQuery('SELECT * FROM sqlite_master')).errorType).toBe(
      'NOT_SUPPORTED',
    );
    expect(errorOf(() => analyzeQuery('SELECT sqlite_version()')).errorType).toBe('NOT_SUPPORTED');
    expect(errorOf(() => analyzeQuery('SELECT 1 AS "sqlite_x"')).errorType).toBe('NOT_SUPPORTED');
  });
  it('SQLite-only functions and internal helpers are not registered Trino functions', () => {
    expect(errorOf(() => h.translate("SELECT load_extension('x')")).errorType).toBe(
      'FUNCTION_NOT_FOUND',
    );
    expect(errorOf(() => h.translate('SELECT lakelab_now()')).errorType).toBe('FUNCTION_NOT_FOUND');
    expect(errorOf(() => h.translate("SELECT trino_cast(1, 'a', 'b')")).errorType).toBe(
      'FUNCTION_NOT_FOUND',
    );
  });
  it('PRAGMA and ATTACH are not queries', () => {
    expect(errorOf(() => analyzeQuery('PRAGMA table_info(x)')).errorType).toBe('SYNTAX_ERROR');
    expect(errorOf(() => analyzeQuery("ATTACH 'x' AS y")).errorType).toBe('SYNTAX_ERROR');
  });
  it('a second statement is a syntax error', () => {
    expect(errorOf(() => analyzeQuery('SELECT 1; DROP TABLE t')).errorType).toBe('SYNTAX_ERROR');
  });
});

describe('analyzeQuery', () => {
  it('lists catalog tables as written, not CTEs', () => {
    const a = analyzeQuery(
      'WITH c AS (SELECT * FROM sales.orders) SELECT * FROM c JOIN awsdatacatalog.crm.customers k ON c.customer = k.customer',
    );
    expect(a.tables).toEqual([
      { database: 'sales', table: 'orders', line: 1, column: 26 },
      { catalog: 'awsdatacatalog', database: 'crm', table: 'customers', line: 1, column: 61 },
    ]);
  });
  it('reports the columns read per table, or * for SELECT *', () => {
    const a = analyzeQuery(
      'SELECT o.amount, k.* FROM sales.orders o JOIN crm.customers k ON o.customer = k.customer WHERE o.qty > 1',
    );
    expect(a.columns).toEqual({
      'sales.orders': ['amount', 'customer', 'qty'],
      'crm.customers': '*',
    });
  });
  it('names federated three-part tables', () => {
    expect(
      analyzeQuery('SELECT 1 FROM "lambda:cw"."logs"."all_log_streams"').tables[0],
    ).toMatchObject({ catalog: 'lambda:cw', database: 'logs', table: 'all_log_streams' });
  });
  it('lower-cases quoted names as Athena does', () => {
    expect(analyzeQuery('SELECT "Amount" FROM "Sales"."Orders"').columns).toEqual({
      'sales.orders': ['amount'],
    });
  });
});

describe('athenaErrorFromSqlite', () => {
  it('maps no such column to COLUMN_NOT_FOUND at the name in the original SQL', () => {
    expect(athenaErrorFromSqlite('SELECT a,\n  bogus FROM t', 'no such column: t.bogus')).toEqual({
      errorType: 'COLUMN_NOT_FOUND',
      message:
        "Column 'bogus' cannot be resolved or requester is not authorized to access requested resources",
      line: 2,
      column: 3,
    });
  });
  it('maps no such function and strips our trino_ prefix', () => {
    expect(athenaErrorFromSqlite('SELECT foo(1)', 'no such function: trino_foo')).toMatchObject({
      errorType: 'FUNCTION_NOT_FOUND',
      message: "Function 'foo' not registered",
      line: 1,
      column: 8,
    });
  });
  it('keeps the Trino error type our functions raise', () => {
    expect(
      athenaErrorFromSqlite('SELECT 1', "INVALID_CAST_ARGUMENT: Cannot cast 'x' to BIGINT"),
    ).toMatchObject({ errorType: 'INVALID_CAST_ARGUMENT', message: "Cannot cast 'x' to BIGINT" });
  });
  it('maps no such table to TABLE_NOT_FOUND', () => {
    expect(athenaErrorFromSqlite('SELECT * FROM t', 'no such table: t').errorType).toBe(
      'TABLE_NOT_FOUND',
    );
  });
});
