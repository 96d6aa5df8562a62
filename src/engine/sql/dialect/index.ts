/**
 * Athena (Trino) queries → SQLite, on our own recursive-descent parser. node-sql-parser's
 * trino grammar (5.4) rejects EXCEPT, VALUES and IS NOT DISTINCT FROM, drops UNNEST column
 * aliases and has positions on column references only, so it cannot carry Athena's
 * `line L:C` errors or a faithful translation; the Athena planner still uses it for pruning.
 *
 * Not translated (NOT_SUPPORTED with position): WITH RECURSIVE, GROUPING SETS/ROLLUP/CUBE,
 * named WINDOW clauses, LATERAL, NATURAL JOIN, TABLESAMPLE, time travel, AT TIME ZONE,
 * lambdas outside transform/filter/*_match, JavaScript aggregates used with OVER.
 */
import { parseStatement } from './parseQuery';
import { tokenize } from './lexer';
import { sqlError } from './errors';
import { Ctx, Scope, type Resolver, type TableRef } from './context';
import { emitQueryNode } from './emitQuery';
import { UNKNOWN } from './types';
import type { Query } from './ast';

export type { TableRef, ResolvedColumn, ResolvedTable, Resolver } from './context';
export { AthenaSqlException, formatAthenaError } from './errors';
export type { AthenaSqlError, AthenaErrorType } from './errors';
export { athenaErrorFromSqlite } from './sqliteErrors';
export { athenaTypeOf } from './types';

export type ColumnUsage = Record<string, string[] | '*'>;

/** SQLite's own names (sqlite_master, sqlite_version()) never reach the database. */
function rejectSqliteNames(sql: string): void {
  for (const t of tokenize(sql)) {
    if ((t.kind === 'word' || t.kind === 'quoted') && t.value.startsWith('sqlite_')) {
      throw sqlError(
        'NOT_SUPPORTED',
        t,
        `Names beginning with sqlite_ are not allowed: ${t.value}`,
      );
    }
  }
}

function parse(sql: string): Query {
  rejectSqliteNames(sql);
  return parseStatement(sql);
}

function usageOf(ctx: Ctx): ColumnUsage {
  const out: ColumnUsage = {};
  for (const [key, cols] of Object.entries(ctx.usage))
    out[key] = cols === '*' ? '*' : [...cols].sort();
  return out;
}

/**
 * The catalog tables a query reads (CTE names excluded) and the columns it references per
 * table (`db.table`, or `table` when the query does not name the database).
 */
export function analyzeQuery(sql: string): { tables: TableRef[]; columns: ColumnUsage } {
  const ctx = new Ctx(undefined);
  emitQueryNode(parse(sql), { ctx, scope: new Scope() });
  return { tables: ctx.tables, columns: usageOf(ctx) };
}

export interface Translation {
  sqlite: string;
  outputColumns: { name: string; type: string }[];
  tables: TableRef[];
  columns: ColumnUsage;
}

export interface TranslateOptions {
  /**
   * Append ' UTC' to result columns typed `… with time zone`, as Athena prints them
   * (`2025-01-06 10:00:00.000 UTC`). Off by default: CTAS, INSERT and views need the bare value.
   */
  zoneSuffix?: boolean;
}

/** Translates a query to SQLite; `resolve` names the SQLite table (or view SQL) for each catalog table. */
export function translateQuery(
  sql: string,
  resolve: Resolver,
  options: TranslateOptions = {},
): Translation {
  const ctx = new Ctx(resolve);
  const out = emitQueryNode(parse(sql), {
    ctx,
    scope: new Scope(),
    topLevel: options.zoneSuffix === true,
  });
  return {
    sqlite: out.sql,
    outputColumns: out.columns.map((c) => ({
      name: c.name,
      type: c.type === UNKNOWN ? 'varchar' : c.type,
    })),
    tables: ctx.tables,
    columns: usageOf(ctx),
  };
}
