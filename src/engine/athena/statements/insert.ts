import type { Column, Partition, Table } from '@aws-sdk/client-glue';
import { ddlError, type InsertInto } from '../../sql/ddl';
import { allPartitions, isView, lower, requireTable } from './catalog';
import { checkWritable, writerForTable, type WriteColumn } from './dataFiles';
import type { ResultSet, StatementEnv } from './env';
import { parseS3Location } from './location';
import { defaultPartitionLocation } from './partitionNames';
import { createPartitions } from './partitions';
import { athenaTypeOf, canCoerce } from './typeNames';
import { groupByPartition, writeFile } from './writeRows';

type Cell = string | number | null;

/** The query's rows laid out as the table's columns (data columns, then partition keys). */
function alignRows(statement: InsertInto, table: Table, result: ResultSet): Cell[][] {
  const target = [...(table.StorageDescriptor?.Columns ?? []), ...(table.PartitionKeys ?? [])];
  const names = statement.columns?.map(lower) ?? target.map((c) => c.Name ?? '');
  for (const name of names)
    if (!target.some((c) => c.Name === name))
      throw ddlError(
        'COLUMN_NOT_FOUND',
        `Insert column name does not exist in target table: ${name}`,
        statement.table.at,
      );
  const tableTypes = names.map((n) =>
    athenaTypeOf(target.find((c) => c.Name === n)?.Type ?? 'string'),
  );
  // Trino: the query must produce one value per target column, each coercible to the column's type.
  if (
    result.columns.length !== names.length ||
    result.columns.some((c, i) => !canCoerce(c.type, tableTypes[i] ?? ''))
  )
    throw ddlError(
      'TYPE_MISMATCH',
      `Insert query has mismatched column types: Table: [${tableTypes.join(', ')}], Query: [${result.columns.map((c) => c.type).join(', ')}]`,
      statement.table.at,
    );
  const positions = target.map((column) => names.indexOf(column.Name ?? ''));
  return result.rows.map((row) => positions.map((p) => (p < 0 ? null : (row[p] ?? null))));
}

const writeColumn = (c: Column): WriteColumn => ({
  name: c.Name ?? '',
  hiveType: c.Type ?? 'string',
  athenaType: athenaTypeOf(c.Type ?? 'string'),
});

/**
 * INSERT INTO t [(cols)] query: writes new files (same format and compression as the table)
 * under the table location, or under each partition's folder, creating partitions that do not
 * exist yet. Returns Trino's row count: one row, `rows`.
 */
export async function insertInto(statement: InsertInto, env: StatementEnv): Promise<ResultSet> {
  const table = await requireTable(env, statement.table);
  if (isView(table))
    throw ddlError('NOT_SUPPORTED', 'Inserting into views is not supported', statement.table.at);
  const sd = table.StorageDescriptor ?? {};
  const writer = writerForTable(sd.SerdeInfo, table.Parameters ?? {});
  const data = (sd.Columns ?? []).map(writeColumn);
  checkWritable(writer, data);
  const result = await env.runQuery(statement.query);
  const rows = alignRows(statement, table, result);
  const keys = table.PartitionKeys ?? [];
  const location = parseS3Location(sd.Location ?? '');
  const existing = new Map<string, Partition>();
  if (keys.length > 0)
    for (const p of await allPartitions(env, table.DatabaseName ?? '', table.Name ?? ''))
      existing.set(JSON.stringify(p.Values), p);
  const created: { values: string[]; location: string }[] = [];
  for (const group of groupByPartition(rows, keys.length)) {
    const partition = existing.get(JSON.stringify(group.values));
    const folderUri =
      keys.length === 0
        ? (sd.Location ?? '')
        : (partition?.StorageDescriptor?.Location ?? defaultPartitionLocation(table, group.values));
    const folder = parseS3Location(folderUri);
    if (keys.length > 0 && !partition)
      created.push({ values: group.values, location: `s3://${folder.bucket}/${folder.prefix}` });
    await writeFile(env, folder.bucket || location.bucket, folder.prefix, writer, data, group.rows);
  }
  await createPartitions(env, table, created);
  return { columns: [{ name: 'rows', type: 'bigint' }], rows: [[rows.length]] };
}
