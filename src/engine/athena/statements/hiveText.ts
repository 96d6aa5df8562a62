import type { Column, Table } from '@aws-sdk/client-glue';
import { LAZY_SIMPLE_SERDE, PARQUET_SERDE } from './storage';

/** Hive's MetaDataFormatUtils pads every DESCRIBE field to 20 characters. */
export const pad = (text: string, width = 20) => text.padEnd(width, ' ');

// Hive reads column comments from the metastore only for these SerDes; other SerDes (JSON, OpenCSV…)
// describe their columns as "from deserializer" (describe-table.md shows it for the OpenX JSON SerDe).
const METASTORE_SCHEMA_SERDES = new Set([
  LAZY_SIMPLE_SERDE,
  PARQUET_SERDE,
  'org.apache.hadoop.hive.ql.io.orc.OrcSerde',
  'org.apache.hadoop.hive.serde2.columnar.ColumnarSerDe',
  'org.apache.hadoop.hive.serde2.columnar.LazyBinaryColumnarSerDe',
]);

/** A data column's comment as Hive prints it. */
export function columnComment(table: Table, column: Column): string | undefined {
  if (column.Comment !== undefined && column.Comment !== '') return column.Comment;
  const serde = table.StorageDescriptor?.SerdeInfo?.SerializationLibrary;
  return serde !== undefined &&
    table.TableType !== 'VIRTUAL_VIEW' &&
    !METASTORE_SCHEMA_SERDES.has(serde)
    ? 'from deserializer'
    : undefined;
}

/** A Hive string literal: quotes escaped, control characters as `\t`, `\n` or octal `\001`. */
export function hiveLiteral(text: string): string {
  const escaped = [...text]
    .map((ch) => {
      if (ch === "'") return "\\'";
      if (ch === '\\') return '\\\\';
      if (ch === '\t') return '\\t';
      if (ch === '\n') return '\\n';
      const code = ch.charCodeAt(0);
      return code < 0x20 ? `\\${code.toString(8).padStart(3, '0')}` : ch;
    })
    .join('');
  return `'${escaped}'`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Java's Date.toString in UTC: `Thu Apr 23 02:55:21 UTC 2020` (DESCRIBE FORMATTED's CreateTime). */
export function javaDate(date: Date | undefined): string {
  if (!date) return 'UNKNOWN';
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${DAYS[date.getUTCDay()] ?? ''} ${MONTHS[date.getUTCMonth()] ?? ''} ${two(date.getUTCDate())} ${time} UTC ${date.getUTCFullYear()}`;
}

/** Property maps in a stable order (by code unit), as the printed forms list them. */
export const sortedEntries = (record: Record<string, string> | undefined) =>
  Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
