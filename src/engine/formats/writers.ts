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

const PARQUET_TYPES: Record<string, BasicType> = {
  bigint: 'INT64',
  int: 'INT32',
  double: 'DOUBLE',
  float: 'FLOAT',
  boolean: 'BOOLEAN',
  string: 'STRING',
  timestamp: 'TIMESTAMP',
};

// Glue (glueparquet) and Athena CTAS write Snappy by default; hyparquet-writer compresses Snappy itself and GZIP with a compressor we hand it.
const WRITE_COMPRESSORS = { GZIP: (input: Uint8Array) => gzipSync(input, { mtime: 0 }) };

/** A real Parquet file (row groups, dictionary pages, statistics) from typed columns and rows. */
export function toParquet(
  columns: readonly ParquetColumnSpec[],
  rows: readonly (readonly unknown[])[],
  options: { codec?: ParquetCodec; rowGroupSize?: number; createdBy?: string } = {},
): Uint8Array {
  const columnData: ColumnSource[] = columns.map((column, i) => {
    const type = PARQUET_TYPES[column.type];
    if (!type)
      throw new FormatError(
        `Column ${column.name} has type ${column.type}, which LakeLab cannot write to Parquet yet.`,
      );
    const data = rows.map((row) => {
      const value = row[i] ?? null;
      return type === 'INT64' && typeof value === 'number' ? BigInt(value) : value;
    });
    return { name: column.name, data, type };
  });
  const buffer = parquetWriteBuffer({
    columnData,
    codec: options.codec ?? 'SNAPPY',
    compressors: WRITE_COMPRESSORS,
    rowGroupSize: options.rowGroupSize ?? 100_000,
    createdBy: options.createdBy ?? 'LakeLab (hyparquet-writer)',
  });
  return new Uint8Array(buffer);
}
