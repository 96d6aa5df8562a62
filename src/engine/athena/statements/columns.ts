import { ddlError, type AlterColumns } from '../../sql/ddl';
import { glue, isView, requireTable } from './catalog';
import { EMPTY_RESULT, type ResultSet, type StatementEnv } from './env';
import { tableInputOf } from './partitionNames';
import { ddlTime, glueColumns } from './tables';

/**
 * ALTER TABLE ADD COLUMNS appends columns after the existing ones (before partition keys);
 * REPLACE COLUMNS replaces every data column (alter-table-add-columns.md, alter-table-replace-columns.md).
 */
export async function alterColumns(statement: AlterColumns, env: StatementEnv): Promise<ResultSet> {
  const table = await requireTable(env, statement.table);
  if (isView(table))
    throw ddlError(
      'NOT_SUPPORTED',
      `${table.Name ?? ''} is a view: use CREATE OR REPLACE VIEW.`,
      statement.table.at,
    );
  const added = glueColumns(statement.columns);
  const existing = statement.mode === 'ADD' ? (table.StorageDescriptor?.Columns ?? []) : [];
  const columns = [...existing, ...added];
  const names = new Set<string>();
  for (const column of [...columns, ...(table.PartitionKeys ?? [])]) {
    if (names.has(column.Name ?? ''))
      throw ddlError(
        'ALREADY_EXISTS',
        `Column already exists: ${column.Name ?? ''}`,
        statement.table.at,
      );
    names.add(column.Name ?? '');
  }
  const StorageDescriptor = { ...(table.StorageDescriptor ?? {}), Columns: columns };
  const Parameters = { ...(table.Parameters ?? {}), transient_lastDdlTime: ddlTime(env) };
  await glue(env, 'UpdateTable', {
    DatabaseName: table.DatabaseName,
    TableInput: tableInputOf(table, { StorageDescriptor, Parameters }),
  });
  return EMPTY_RESULT;
}
