import type { SqlValue } from '../runner';
import { asSqlRunError } from './errors';
import type { SqlJsDatabase } from './sqlJs';

export interface QueryOutput {
  columns: string[];
  rows: SqlValue[][];
}

const hexOf = (bytes: Uint8Array): string =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

function stepAll(statement: ReturnType<SqlJsDatabase['prepare']>): QueryOutput {
  const columns = statement.getColumnNames();
  const rows: SqlValue[][] = [];
  while (statement.step()) {
    const row = statement.get() as (SqlValue | Uint8Array)[];
    for (let i = 0; i < row.length; i++) {
      const value = row[i]!;
      if (value instanceof Uint8Array) row[i] = hexOf(value);
    }
    rows.push(row as SqlValue[]);
  }
  return { columns, rows };
}

/**
 * Runs the translated SQL read-only (`PRAGMA query_only`), so a query can never change the
 * cached tables; returns the last statement that has columns.
 */
export function executeQuery(db: SqlJsDatabase, sql: string): QueryOutput {
  let output: QueryOutput = { columns: [], rows: [] };
  db.run('PRAGMA query_only = ON');
  try {
    for (const statement of db.iterateStatements(sql)) {
      try {
        const result = stepAll(statement);
        if (result.columns.length > 0) output = result;
      } finally {
        statement.free();
      }
    }
  } catch (error) {
    throw asSqlRunError(error);
  } finally {
    db.run('PRAGMA query_only = OFF');
  }
  return output;
}
