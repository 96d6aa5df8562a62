import type { OperationContext } from '../../core/operations';

export interface ResultColumn {
  name: string;
  /** Athena (Trino) type name: varchar, bigint, integer, double, boolean, date, timestamp… */
  type: string;
}

export interface ResultSet {
  columns: ResultColumn[];
  rows: (string | number | null)[][];
}

export interface StatementEnv {
  /** The caller's context: every catalog and S3 change goes through ctx.call, so IAM (and Lake Formation) apply. */
  ctx: OperationContext;
  /** 'awsdatacatalog'. */
  catalog: string;
  /** QueryExecutionContext.Database, or 'default'. */
  database: string;
  queryId: string;
  /** The query's result location `s3://bucket/prefix/` (CTAS default location: `${outputLocation}tables/${queryId}/`). */
  outputLocation: string;
  /** Runs a SELECT (Athena dialect) as the caller: dates 'YYYY-MM-DD', timestamps 'YYYY-MM-DD HH:MM:SS.mmm', booleans 1/0 typed 'boolean'. */
  runQuery(sql: string): Promise<ResultSet>;
}

/** A result of one text column, one row per line: how Athena returns DDL and SHOW output. */
export function linesResult(column: string, lines: readonly string[]): ResultSet {
  return { columns: [{ name: column, type: 'string' }], rows: lines.map((line) => [line]) };
}

/** DDL that prints nothing (CREATE, DROP, ALTER) returns no columns and no rows. */
export const EMPTY_RESULT: ResultSet = { columns: [], rows: [] };
