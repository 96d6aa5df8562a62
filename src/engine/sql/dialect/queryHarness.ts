/**
 * A tiny in-memory runner for tests (and for anyone checking a translation by hand): builds
 * the given tables in a sql.js database, registers the Trino functions and a fixed
 * lakelab_now(), translates a query and returns typed rows. It takes the sql.js module as an
 * argument so the engine build does not depend on sql.js's DOM-flavoured types.
 */
import { registerTrinoFunctions, type FunctionHost } from '../functions';
import { translateQuery, type TranslateOptions, type Translation } from './index';
import { quoteIdent } from './context';

export interface MiniDatabase extends FunctionHost {
  run(sql: string, params?: unknown[]): unknown;
  exec(sql: string): Array<{ columns: string[]; values: unknown[][] }>;
  close(): void;
}

export interface MiniSqlJs {
  Database: new () => MiniDatabase;
}

export interface HarnessTable {
  columns: Array<{ name: string; type: string }>;
  rows: unknown[][];
}

export interface HarnessResult extends Translation {
  rows: unknown[][];
  /** Rows as objects by output column name. */
  objects: Array<Record<string, unknown>>;
}

/** Booleans print as true/false, as the engine shows them. */
const present = (v: unknown, type: string): unknown =>
  type === 'boolean' && v !== null ? v === 1 : v;

export function queryHarness(
  SQL: MiniSqlJs,
  tables: Record<string, HarnessTable>,
  nowMs = Date.UTC(2025, 0, 6, 10, 0, 0),
) {
  const db = new SQL.Database();
  registerTrinoFunctions(db);
  db.create_function('lakelab_now', () => nowMs);
  for (const [name, t] of Object.entries(tables)) {
    db.run(
      `CREATE TABLE ${quoteIdent(`t_${name}`)} (${t.columns.map((c) => quoteIdent(c.name)).join(', ')})`,
    );
    for (const row of t.rows)
      db.run(
        `INSERT INTO ${quoteIdent(`t_${name}`)} VALUES (${row.map(() => '?').join(', ')})`,
        row,
      );
  }
  const translate = (sql: string, options?: TranslateOptions): Translation =>
    translateQuery(
      sql,
      (ref) => {
        const t = tables[ref.table];
        if (!t) throw new Error(`TABLE_NOT_FOUND: ${ref.table}`);
        return { sqliteName: `t_${ref.table}`, columns: t.columns };
      },
      options,
    );
  const query = (sql: string, options?: TranslateOptions): HarnessResult => {
    const tr = translate(sql, options);
    const result = db.exec(tr.sqlite)[0];
    const rows = (result?.values ?? []).map((r) =>
      r.map((v, i) => present(v, tr.outputColumns[i]?.type ?? 'varchar')),
    );
    const objects = rows.map((r) =>
      Object.fromEntries(tr.outputColumns.map((c, i) => [c.name, r[i]])),
    );
    return { ...tr, rows, objects };
  };
  /** The single value of a one-row, one-column query. */
  const value = (sql: string): unknown => query(sql).rows[0]?.[0];
  return { db, translate, query, value };
}
