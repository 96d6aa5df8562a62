import { md5Hex } from '../../s3/md5';
import { ResultCsvWriter } from '../resultCsv';
import type { SqlRunRequest, SqlValue } from '../runner';
import { asSqlRunError } from './errors';
import type { SqlJsDatabase } from './sqlJs';

export interface QueryOutput {
  columns: string[];
  rows: SqlValue[][];
  csv?: Uint8Array;
  csvMd5?: string;
  rowCount?: number;
}

type CsvRequest = NonNullable<SqlRunRequest['resultCsv']>;

const hexOf = (bytes: Uint8Array): string =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

function stepAll(statement: ReturnType<SqlJsDatabase['prepare']>, csv?: CsvRequest): QueryOutput {
  const columns = statement.getColumnNames();
  const rows: SqlValue[][] = [];
  const writer = csv && new ResultCsvWriter(csv.names, csv.types);
  while (statement.step()) {
    const row = statement.get() as (SqlValue | Uint8Array)[];
    for (let i = 0; i < row.length; i++) {
      const value = row[i]!;
      if (value instanceof Uint8Array) row[i] = hexOf(value);
    }
    writer?.add(row as SqlValue[]);
    if (!writer || rows.length < csv.keepRows) rows.push(row as SqlValue[]);
  }
  if (!writer || columns.length === 0) return { columns, rows };
  const bytes = new TextEncoder().encode(writer.text());
  return { columns, rows, csv: bytes, csvMd5: md5Hex(bytes), rowCount: writer.rowCount };
}

/**
 * Runs the translated SQL read-only (`PRAGMA query_only`), so a query can never change the
 * cached tables; returns the last statement that has columns.
 */
export function executeQuery(db: SqlJsDatabase, sql: string, csv?: CsvRequest): QueryOutput {
  let output: QueryOutput = { columns: [], rows: [] };
  db.run('PRAGMA query_only = ON');
  try {
    for (const statement of db.iterateStatements(sql)) {
      try {
        const result = stepAll(statement, csv);
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
