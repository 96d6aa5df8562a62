import type { SqlTableInput } from '../runner';
import { affinityOf } from './columnKinds';
import { decodeFile } from './decodeFile';
import { asSqlRunError } from './errors';
import { quoteIdentifier, RowInserter, tableIdentifier } from './rowInserter';
import type { SqlJsDatabase } from './sqlJs';
import { fillPartitionValues, tablePlan, type TablePlan } from './tablePlan';

/** What makes a materialised table reusable: same columns, options, filter and objects (by ETag). */
export function tableFingerprint(table: SqlTableInput): string {
  return JSON.stringify([
    table.sqliteName,
    table.format,
    table.text ?? null,
    table.columns,
    table.partitionKeys,
    table.rowFilter ?? null,
    table.files.map((file) => [file.bucket, file.key, file.etag, file.partitionValues]),
    // Federated rows have no ETag: they are part of the fingerprint themselves.
    table.rows ?? null,
  ]);
}

function createTableSql(table: SqlTableInput, plan: TablePlan): string {
  const columns = table.columns.map(
    (column, slot) => `${quoteIdentifier(column.name)} ${affinityOf(plan.shapes[slot]!.kind)}`,
  );
  return `CREATE TABLE ${tableIdentifier(table.sqliteName)} (${columns.join(', ')})`;
}

async function insertRows(db: SqlJsDatabase, table: SqlTableInput, plan: TablePlan): Promise<void> {
  const sink = new RowInserter(db, table.sqliteName, plan.width);
  try {
    for (const file of table.files) {
      fillPartitionValues(plan, sink.row, file.partitionValues);
      await decodeFile(file, table, plan, sink);
    }
    for (const values of table.rows ?? []) {
      for (let i = 0; i < plan.width; i++) sink.row[i] = values[i] ?? null;
      sink.commit();
    }
    sink.finish();
  } finally {
    sink.free();
  }
}

/** Lake Formation row filter: only the rows it admits stay (NULL counts as not admitted). */
function applyRowFilter(db: SqlJsDatabase, table: SqlTableInput): void {
  if (!table.rowFilter) return;
  try {
    db.run(
      `DELETE FROM ${tableIdentifier(table.sqliteName)} WHERE (${table.rowFilter}) IS NOT TRUE`,
    );
  } catch (error) {
    throw asSqlRunError(error);
  }
}

/** Columns read only for the row filter leave the sandbox table once the filter has run. */
function dropFilterOnlyColumns(db: SqlJsDatabase, table: SqlTableInput): void {
  for (const column of table.columns)
    if (column.filterOnly)
      db.run(
        `ALTER TABLE ${tableIdentifier(table.sqliteName)} DROP COLUMN ${quoteIdentifier(column.name)}`,
      );
}

/**
 * (Re)builds one table in a sandbox database inside a transaction: on any failure the previous
 * table (if any) is left as it was. Returns the number of objects decoded.
 */
export async function materialiseTable(db: SqlJsDatabase, table: SqlTableInput): Promise<number> {
  if (table.columns.length === 0)
    throw new Error(`Table ${table.sqliteName} has no columns to read.`);
  const plan = tablePlan(table);
  db.run('BEGIN');
  try {
    db.run(`DROP TABLE IF EXISTS ${tableIdentifier(table.sqliteName)}`);
    db.run(createTableSql(table, plan));
    await insertRows(db, table, plan);
    applyRowFilter(db, table);
    dropFilterOnlyColumns(db, table);
    db.run('COMMIT');
  } catch (error) {
    db.run('ROLLBACK');
    throw error;
  }
  return table.files.length;
}
