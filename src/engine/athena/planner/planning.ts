import type { OperationContext } from '../../core/operations';
import type { SqlRunRequest, SqlTableInput } from '../../sql/runner';
import type { ExecutionDetails } from '../state';

export interface PlanEnv {
  catalog: string;
  database: string;
  queryId: string;
  sandboxKey: string;
}

export interface QueryPlan {
  request: SqlRunRequest;
  outputColumns: { name: string; type: string }[];
  bytesScanned: number;
  details: ExecutionDetails;
}

export type Resolved =
  | { sqliteName: string; columns: { name: string; type: string }[] }
  | { subquery: string; columns: { name: string; type: string }[] };

export interface Planning {
  ctx: OperationContext;
  env: PlanEnv;
  columnsUsed: Record<string, string[] | '*'>;
  tables: SqlTableInput[];
  /**
   * Each distinct scan planned so far (a table and the partitions it keeps), with the bytes one
   * scan reads: a second reference to the same scan reuses its SQLite table and is billed again.
   */
  scans: Map<string, { resolved: Resolved; bytes: number }>;
  /** Check the query against the catalog only: list no partitions, read no S3 object (DDL, EXPLAIN). */
  metadataOnly: boolean;
  details: ExecutionDetails;
  scanned: { bytes: number };
  depth: number;
}

export const GLUE_CATALOG = 'awsdatacatalog';
export const sqliteNameOf = (...parts: string[]) => parts.join('__').replace(/[^\w]/g, '_');

/** A SQLite name no other table of this plan uses (a table scanned twice with different partitions needs two). */
export function freeSqliteName(p: Planning, base: string): string {
  let name = base;
  for (let n = 2; p.tables.some((t) => t.sqliteName === name); n++) name = `${base}__scan${n}`;
  return name;
}
