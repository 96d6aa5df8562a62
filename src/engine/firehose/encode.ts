import type { GetTableResponse } from '@aws-sdk/client-glue';
import { zipSync } from 'fflate';
import { gzip, toParquet, type ParquetColumnSpec } from '../formats';
import { concatBytes, snappyFrame, snappyRawCompress } from '../formats/snappy';
import type { FirehoseCompression } from './state';

/** File extensions Firehose adds per S3 compression (s3-object-name.html: `<uuid><file extension>`). */
export const EXTENSIONS: Record<FirehoseCompression, string> = {
  UNCOMPRESSED: '',
  GZIP: '.gz',
  Snappy: '.snappy',
  HADOOP_SNAPPY: '.snappy',
  ZIP: '.zip',
};

/** Hadoop's block format: 4-byte big-endian uncompressed length, 4-byte compressed length, raw Snappy. */
function hadoopSnappy(bytes: Uint8Array): Uint8Array {
  const compressed = snappyRawCompress(bytes);
  const header = new Uint8Array(8);
  const view = new DataView(header.buffer);
  view.setUint32(0, bytes.length);
  view.setUint32(4, compressed.length);
  return concatBytes([header, compressed]);
}

/** Compresses an object's bytes as the destination's CompressionFormat says. */
export function compressObject(
  bytes: Uint8Array,
  format: FirehoseCompression,
  entryName: string,
): Uint8Array {
  switch (format) {
    case 'GZIP':
      return gzip(bytes);
    case 'Snappy':
      return snappyFrame(bytes);
    case 'HADOOP_SNAPPY':
      return hadoopSnappy(bytes);
    case 'ZIP':
      return zipSync(
        { [entryName]: [bytes, { level: 6 }] },
        { mtime: new Date('2025-01-01T00:00:00Z') },
      );
    default:
      return bytes;
  }
}

const WRITABLE = new Set(['bigint', 'int', 'double', 'float', 'boolean', 'string', 'timestamp']);
const INTEGER = new Set(['bigint', 'int', 'smallint', 'tinyint']);

/** The table's columns as Parquet columns; types Parquet writing lacks become strings. */
export function parquetColumnsOf(table: GetTableResponse['Table']): ParquetColumnSpec[] {
  const columns = [...(table?.StorageDescriptor?.Columns ?? []), ...(table?.PartitionKeys ?? [])];
  return columns.map((c) => {
    const type = (c.Type ?? 'string').toLowerCase();
    const mapped = INTEGER.has(type)
      ? type === 'bigint'
        ? 'bigint'
        : 'int'
      : type === 'decimal' || type.startsWith('decimal(')
        ? 'double'
        : type;
    return { name: (c.Name ?? '').toLowerCase(), type: WRITABLE.has(mapped) ? mapped : 'string' };
  });
}

function cell(value: unknown, type: string): unknown {
  if (value === undefined || value === null) return null;
  switch (type) {
    case 'bigint':
    case 'int':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
      throw new Error(`cannot convert ${JSON.stringify(value)} to ${type}`);
    case 'double':
    case 'float':
      if (typeof value === 'number') return value;
      if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
        return Number(value);
      throw new Error(`cannot convert ${JSON.stringify(value)} to ${type}`);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw new Error(`cannot convert ${JSON.stringify(value)} to boolean`);
    case 'timestamp': {
      const ms = typeof value === 'number' ? value : Date.parse(String(value));
      if (Number.isNaN(ms)) throw new Error(`cannot convert ${JSON.stringify(value)} to timestamp`);
      return new Date(ms);
    }
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/**
 * One JSON record as a row of the table's columns. OpenX JSON SerDe matches keys case-insensitively;
 * throws when the record is not a JSON object or a value does not fit its column.
 */
export function rowOf(text: string, columns: readonly ParquetColumnSpec[]): unknown[] {
  const parsed: unknown = JSON.parse(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error('the record is not a JSON object');
  const lower = new Map(Object.entries(parsed).map(([k, v]) => [k.toLowerCase(), v]));
  return columns.map((c) => cell(lower.get(c.name), c.type));
}

/** Firehose's Parquet output: Snappy inside the file (record-format-conversion.html). */
export function parquetObject(
  columns: readonly ParquetColumnSpec[],
  rows: readonly unknown[][],
): Uint8Array {
  return toParquet(columns, rows, { codec: 'SNAPPY', createdBy: 'LakeLab Firehose' });
}
