import type { Column, Table } from '@aws-sdk/client-glue';
import type { ShowCreateTable } from '../../sql/ddl';
import { databaseOf, isView, requireTable } from './catalog';
import { linesResult, type ResultSet, type StatementEnv } from './env';
import { columnComment, hiveLiteral, sortedEntries } from './hiveText';
import { LAZY_SIMPLE_SERDE } from './storage';
import { viewQueryOf } from './views';

const columnLines = (table: Table, columns: readonly Column[], comments: boolean) =>
  columns
    .map((column) => {
      const comment = comments ? columnComment(table, column) : column.Comment;
      return `  \`${column.Name ?? ''}\` ${column.Type ?? ''}${comment !== undefined ? ` COMMENT ${hiveLiteral(comment)}` : ''}`;
    })
    .join(', \n');

const DELIMITED: [string, string][] = [
  ['field.delim', 'FIELDS TERMINATED BY'],
  ['escape.delim', 'ESCAPED BY'],
  ['collection.delim', 'COLLECTION ITEMS TERMINATED BY'],
  ['mapkey.delim', 'MAP KEYS TERMINATED BY'],
  ['line.delim', 'LINES TERMINATED BY'],
  ['serialization.null.format', 'NULL DEFINED AS'],
];

function rowFormat(table: Table): string {
  const serde = table.StorageDescriptor?.SerdeInfo;
  const library = serde?.SerializationLibrary ?? LAZY_SIMPLE_SERDE;
  // A serialization.format of 1 is the SerDe default: Hive leaves it out of the printed DDL.
  const parameters = sortedEntries(serde?.Parameters).filter(
    ([k, v]) => !(k === 'serialization.format' && v === '1'),
  );
  const onlyDelimiters = parameters.every(
    ([k]) => k === 'serialization.format' || DELIMITED.some(([d]) => d === k),
  );
  if (
    library === LAZY_SIMPLE_SERDE &&
    onlyDelimiters &&
    parameters.some(([k]) => k === 'field.delim')
  ) {
    const clauses = DELIMITED.filter(([k]) => serde?.Parameters?.[k] !== undefined).map(
      ([k, words]) => `  ${words} ${hiveLiteral(serde?.Parameters?.[k] ?? '')} `,
    );
    return `ROW FORMAT DELIMITED \n${clauses.join('\n')}\n`;
  }
  const properties =
    parameters.length > 0
      ? `WITH SERDEPROPERTIES ( \n${parameters.map(([k, v]) => `  ${hiveLiteral(k)}=${hiveLiteral(v)}`).join(', \n')}) \n`
      : '';
  return `ROW FORMAT SERDE \n  ${hiveLiteral(library)} \n${properties}`;
}

/** Hive's SHOW CREATE TABLE text: the DDL that recreates the table (show-create-table.md). */
export function createTableText(table: Table): string {
  const sd = table.StorageDescriptor ?? {};
  const parts = [
    `CREATE EXTERNAL TABLE \`${table.Name ?? ''}\`(\n${columnLines(table, sd.Columns ?? [], true)})\n`,
  ];
  const comment = table.Parameters?.['comment'];
  if (comment !== undefined) parts.push(`COMMENT ${hiveLiteral(comment)}\n`);
  if ((table.PartitionKeys ?? []).length > 0)
    parts.push(`PARTITIONED BY ( \n${columnLines(table, table.PartitionKeys ?? [], false)})\n`);
  if ((sd.NumberOfBuckets ?? -1) > 0)
    parts.push(
      `CLUSTERED BY ( \n  ${(sd.BucketColumns ?? []).join(', \n  ')}) \nINTO ${sd.NumberOfBuckets ?? 0} BUCKETS\n`,
    );
  parts.push(rowFormat(table));
  parts.push(
    `STORED AS INPUTFORMAT \n  ${hiveLiteral(sd.InputFormat ?? '')} \nOUTPUTFORMAT \n  ${hiveLiteral(sd.OutputFormat ?? '')}\n`,
  );
  parts.push(`LOCATION\n  ${hiveLiteral(sd.Location ?? '')}\n`);
  // EXTERNAL is printed as CREATE EXTERNAL TABLE and the comment as COMMENT.
  const properties = sortedEntries(table.Parameters).filter(
    ([k]) => k !== 'EXTERNAL' && k !== 'comment',
  );
  if (properties.length > 0)
    parts.push(
      `TBLPROPERTIES (\n${properties.map(([k, v]) => `  ${hiveLiteral(k)}=${hiveLiteral(v)}`).join(', \n')})`,
    );
  return parts.join('').replace(/\n$/, '');
}

/** SHOW CREATE TABLE → one column `createtab_stmt`, one row per line. A view prints its CREATE VIEW. */
export async function showCreateTable(
  statement: ShowCreateTable,
  env: StatementEnv,
): Promise<ResultSet> {
  const table = await requireTable(env, statement.table);
  const text = isView(table)
    ? `CREATE VIEW ${env.catalog}.${databaseOf(env, statement.table)}.${table.Name ?? ''} AS\n${viewQueryOf(table) ?? ''}`
    : createTableText(table);
  return linesResult('createtab_stmt', text.split('\n'));
}
