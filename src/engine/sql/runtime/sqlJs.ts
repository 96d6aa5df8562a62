import type { Database, SqlJsStatic } from 'sql.js';

/** sql.js's aggregate callbacks (sql.js has `create_aggregate`; @types/sql.js does not declare it). */
export interface SqlJsAggregate {
  init?: () => unknown;
  step: (state: unknown, ...args: unknown[]) => unknown;
  finalize: (state: unknown) => unknown;
}

/** A sql.js Database with `create_aggregate` declared. */
export type SqlJsDatabase = Database & {
  create_aggregate(name: string, aggregate: SqlJsAggregate): Database;
};

export type { SqlJsStatic };

/** Loads sql.js: in Node from its package, in a worker with `locateFile` pointing at the wasm. */
export type SqlJsLoader = () => Promise<SqlJsStatic>;

/** sql.js from its package, loaded on first use (Node finds the wasm beside the script). */
export const loadSqlJsFromPackage: SqlJsLoader = async () => {
  const { default: initSqlJs } = await import('sql.js');
  return initSqlJs();
};
