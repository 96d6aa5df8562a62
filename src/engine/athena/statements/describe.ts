import type { Column, Table } from '@aws-sdk/client-glue';
import { ddlError, type Describe, type ShowColumns, type ShowTblProperties } from '../../sql/ddl';
import { databaseOf, lower, requireTable } from './catalog';
import { linesResult, type ResultSet, type StatementEnv } from './env';
import { columnComment, javaDate, pad, sortedEntries } from './hiveText';

/** SHOW COLUMNS → one column `field`: data columns, then partition keys (show-columns.md). */
export async function showColumns(statement: ShowColumns, env: StatementEnv): Promise<ResultSet> {
  const table = await requireTable(env, statement.table);
  const columns = [...(table.StorageDescriptor?.Columns ?? []), ...(table.PartitionKeys ?? [])];
  return linesResult(
    'field',
    columns.map((c) => c.Name ?? ''),
  );
}

/** SHOW TBLPROPERTIES → `name\tvalue` lines; with ('p'), the value alone (show-tblproperties.md). */
export async function showTblProperties(
  statement: ShowTblProperties,
  env: StatementEnv,
): Promise<ResultSet> {
  const table = await requireTable(env, statement.table);
  const parameters = table.Parameters ?? {};
  if (statement.property === undefined)
    return linesResult(
      'prpt_name',
      sortedEntries(parameters).map(([k, v]) => `${k}\t${v}`),
    );
  const value = parameters[statement.property];
  // Hive prints a missing property as a line of output, not as an error.
  return linesResult('prpt_name', [
    value ??
      `Table ${databaseOf(env, statement.table)}.${table.Name ?? ''} does not have property: ${statement.property}`,
  ]);
}

const fieldLine = (fields: string[]) => fields.map((f) => pad(f)).join('\t');

function columnLines(table: Table, columns: readonly Column[], partition: boolean): string[] {
  return columns.map((c) =>
    fieldLine([
      c.Name ?? '',
      c.Type ?? '',
      (partition ? c.Comment : columnComment(table, c)) ?? '',
    ]),
  );
}

const property = (name: string, value: string) => `\t${pad(name)}\t${value}`;

function formattedLines(table: Table): string[] {
  const sd = table.StorageDescriptor ?? {};
  const label = (name: string, value: string) => `${pad(name)}\t${value}`;
  return [
    '',
    '# Detailed Table Information',
    label('Database:', table.DatabaseName ?? ''),
    label('Owner:', table.Owner ?? 'hadoop'),
    label('CreateTime:', javaDate(table.CreateTime)),
    label('LastAccessTime:', 'UNKNOWN'),
    label('Protect Mode:', 'None'),
    label('Retention:', String(table.Retention ?? 0)),
    label('Location:', sd.Location ?? ''),
    label('Table Type:', table.TableType ?? ''),
    'Table Parameters:',
    ...sortedEntries(table.Parameters).map(([k, v]) => property(k, v)),
    '',
    '# Storage Information',
    label('SerDe Library:', sd.SerdeInfo?.SerializationLibrary ?? ''),
    label('InputFormat:', sd.InputFormat ?? ''),
    label('OutputFormat:', sd.OutputFormat ?? ''),
    label('Compressed:', sd.Compressed ? 'Yes' : 'No'),
    label('Num Buckets:', String(sd.NumberOfBuckets ?? -1)),
    label('Bucket Columns:', `[${(sd.BucketColumns ?? []).join(', ')}]`),
    label('Sort Columns:', '[]'),
    'Storage Desc Params:',
    ...sortedEntries(sd.SerdeInfo?.Parameters).map(([k, v]) => property(k, v)),
  ];
}

const fieldSchemas = (columns: readonly Column[]) =>
  `[${columns.map((c) => `FieldSchema(name:${c.Name ?? ''}, type:${c.Type ?? ''}, comment:${c.Comment ?? 'null'})`).join(', ')}]`;
const javaMap = (record: Record<string, string> | undefined) =>
  `{${sortedEntries(record)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')}}`;

/** DESCRIBE EXTENDED's single Thrift-style line (describe-table.md). */
function extendedLine(table: Table): string {
  const sd = table.StorageDescriptor ?? {};
  const seconds = Math.floor((table.CreateTime?.getTime() ?? 0) / 1000);
  const storage = `StorageDescriptor(cols:${fieldSchemas(sd.Columns ?? [])}, location:${sd.Location ?? ''}, inputFormat:${sd.InputFormat ?? ''}, outputFormat:${sd.OutputFormat ?? ''}, compressed:${String(sd.Compressed ?? false)}, numBuckets:${sd.NumberOfBuckets ?? -1}, serdeInfo:SerDeInfo(name:null, serializationLib:${sd.SerdeInfo?.SerializationLibrary ?? ''}, parameters:${javaMap(sd.SerdeInfo?.Parameters)}), bucketCols:[${(sd.BucketColumns ?? []).join(', ')}], sortCols:[], parameters:{}, storedAsSubDirectories:false)`;
  return `Detailed Table Information\tTable(tableName:${table.Name ?? ''}, dbName:${table.DatabaseName ?? ''}, owner:${table.Owner ?? 'hadoop'}, createTime:${seconds}, lastAccessTime:0, retention:${table.Retention ?? 0}, sd:${storage}, partitionKeys:${fieldSchemas(table.PartitionKeys ?? [])}, parameters:${javaMap(table.Parameters)}, viewOriginalText:${table.ViewOriginalText ?? 'null'}, viewExpandedText:${table.ViewExpandedText ?? 'null'}, tableType:${table.TableType ?? ''})`;
}

/**
 * DESCRIBE → Hive's text, one line per row in one column `col_name`: fields padded to 20 and
 * tab-separated; partition keys again under "# Partition Information"; FORMATTED adds the
 * table and storage details, EXTENDED one Thrift-style line (describe-table.md).
 */
export async function describe(statement: Describe, env: StatementEnv): Promise<ResultSet> {
  const table = await requireTable(env, statement.table);
  const data = table.StorageDescriptor?.Columns ?? [];
  const keys = table.PartitionKeys ?? [];
  if (statement.column !== undefined) {
    const wanted = lower(statement.column);
    const column = [...data, ...keys].find((c) => c.Name === wanted);
    if (!column)
      throw ddlError(
        'COLUMN_NOT_FOUND',
        `Column ${statement.column} does not exist in ${table.Name ?? ''}`,
        statement.table.at,
      );
    return linesResult('col_name', columnLines(table, [column], keys.includes(column)));
  }
  const lines = [...columnLines(table, data, false), ...columnLines(table, keys, true)];
  if (keys.length > 0)
    lines.push(
      '',
      '# Partition Information',
      `# ${fieldLine(['col_name', 'data_type', 'comment'])}`,
      '',
      ...columnLines(table, keys, true),
    );
  if (statement.mode === 'FORMATTED') lines.push(...formattedLines(table));
  if (statement.mode === 'EXTENDED') lines.push('', extendedLine(table));
  return linesResult('col_name', lines);
}
