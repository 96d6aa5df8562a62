import type { OperationContext } from '../../core/operations';
import type { SqlRunRequest, SqlTableInput } from '../../sql/runner';
import type { Query } from '../../sql/dialect/ast';
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
  /** The parsed query being planned (a view's own query while planning the view), for pruning. */
  ast: Query | undefined;
  tables: SqlTableInput[];
  resolved: Map<string, Resolved>;
  /** Bytes one scan of each resolved table reads. */
  bytesOfTable: Map<string, number>;
  details: ExecutionDetails;
  scanned: { bytes: number };
  depth: number;
}

export const GLUE_CATALOG = 'awsdatacatalog';
export const sqliteNameOf = (...parts: string[]) => parts.join('__').replace(/[^\w]/g, '_');
