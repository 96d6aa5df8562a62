import { gzipSync } from 'fflate';
import { type ColumnSource, parquetWriteBuffer, type BasicType } from 'hyparquet-writer';
import Papa from 'papaparse';
import { FormatError } from './errors';
import type { GlueType } from './glueTypes';

/** CSV text with a header row, `\n` line ends, and quotes only where a value needs them. */
export function toCsv(
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: { delimiter?: string; header?: boolean } = {},
): string {
  const cell = (value: unknown) =>
    value === null || value === undefined
      ? ''
      : typeof value === 'object' && !(value instanceof Date)
        ? JSON.stringify(value)
        : value instanceof Date
          ? value.toISOString()
          : String(value);
  const body = Papa.unparse(
    { fields: [...columns], data: rows.map((row) => row.map(cell)) },
    {
      delimiter: options.delimiter ?? ',',
      newline: '\n',
      header: options.header ?? true,
      quotes: false,
    },
  );
  return `${body}\n`;
}

/** JSON Lines: one record per line, each line ending in `\n`. */
export function toJsonLines(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

export type ParquetCodec = 'SNAPPY' | 'GZIP' | 'UNCOMPRESSED';

export interface ParquetColumnSpec {
  name: string;
  /** Glue type: bigint, int, double, float, boolean, string, timestamp. */
  type: GlueType;
}

const PARQUET_TYPES: Record<string, BasicType | 'DATE'> = {
  bigint: 'INT64',
  int: 'INT32',
  smallint: 'INT32',
  tinyint: 'INT32',
  double: 'DOUBLE',
  float: 'FLOAT',
  boolean: 'BOOLEAN',
  string: 'STRING',
  timestamp: 'TIMESTAMP',
  // DATE is INT32 days since 1970-01-01 with the DATE annotation (parquet-format LogicalTypes.md).
  date: 'DATE',
};

type SchemaElement = NonNullable<Parameters<typeof parquetWriteBuffer>[0]['schema']>[number];

function schemaElementOf(name: string, type: BasicType | 'DATE'): SchemaElement {
  const repetition_type = 'OPTIONAL';
  if (type === 'STRING')
    return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type };
  if (type === 'TIMESTAMP')
    return { name, type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', repetition_type };
  if (type === 'DATE') return { name, type: 'INT32', converted_type: 'DATE', repetition_type };
  return { name, type: type as SchemaElement['type'], repetition_type };
}

const DAY_MS = 86_400_000;

/** A value as the writer stores it: dates as days, timestamps as Dates, INT64 as bigint. */
function parquetValue(value: unknown, type: BasicType | 'DATE'): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'INT64' && typeof value === 'number') return BigInt(Math.trunc(value));
  if (type === 'DATE' && typeof value === 'string')
    return Math.floor(Date.parse(`${value.slice(0, 10)}T00:00:00Z`) / DAY_MS);
  if (type === 'DATE' && value instanceof Date) return Math.floor(value.getTime() / DAY_MS);
  if (type === 'TIMESTAMP' && typeof value === 'string')
    return new Date(`${value.replace(' ', 'T')}${/Z|[+-]\d\d:?\d\d$/.test(value) ? '' : 'Z'}`);
  if (type === 'TIMESTAMP' && typeof value === 'number') return new Date(value);
  return value;
}

// Glue (glueparquet) and Athena CTAS write Snappy by default; hyparquet-writer compresses Snappy itself and GZIP with a compressor we hand it.
const WRITE_COMPRESSORS = { GZIP: (input: Uint8Array) => gzipSync(input, { mtime: 0 }) };

/** A real Parquet file (row groups, dictionary pages, statistics) from typed columns and rows. */
export function toParquet(
  columns: readonly ParquetColumnSpec[],
  rows: readonly (readonly unknown[])[],
  options: { codec?: ParquetCodec; rowGroupSize?: number; createdBy?: string } = {},
): Uint8Array {
  const types = columns.map((column) => {
    const type = PARQUET_TYPES[column.type.replace(/^decimal.*$/, 'double')];
    if (!type)
      throw new FormatError(
        `Column ${column.name} has type ${column.type}, which LakeLab cannot write to Parquet yet.`,
      );
    return type;
  });
  const columnData: ColumnSource[] = columns.map((column, i) => ({
    name: column.name,
    data: rows.map((row) => parquetValue(row[i], types[i]!)),
  }));
  const schema: SchemaElement[] = [
    { name: 'root', num_children: columns.length },
    ...columns.map((column, i) => schemaElementOf(column.name, types[i]!)),
  ];
  const buffer = parquetWriteBuffer({
    columnData,
    schema,
    codec: options.codec ?? 'SNAPPY',
    compressors: WRITE_COMPRESSORS,
    rowGroupSize: options.rowGroupSize ?? 100_000,
    createdBy: options.createdBy ?? 'LakeLab (hyparquet-writer)',
  });
  return new Uint8Array(buffer);
}
