import type { SerDeInfo } from '@aws-sdk/client-glue';
import { gzip, toCsv, toJsonLines, toParquet, utf8Encode, type ParquetCodec } from '../../formats';
import { ddlError } from '../../sql/ddl';
import {
  HCATALOG_JSON_SERDE,
  LAZY_SIMPLE_SERDE,
  namedFormat,
  OPEN_CSV_SERDE,
  OPENX_JSON_SERDE,
  PARQUET_SERDE,
  type StorageFormat,
} from './storage';

export type WriteFormat = 'PARQUET' | 'TEXTFILE' | 'JSON';
export type WriteCompression = 'GZIP' | 'SNAPPY' | 'NONE';

/** How CTAS and INSERT INTO serialise rows: the format, its compression and (text) delimiter. */
export interface FileWriter {
  format: WriteFormat;
  compression: WriteCompression;
  /** TEXTFILE field delimiter: `\001` unless given (create-table-as.md, field_delimiter). */
  delimiter: string;
  /** OpenCSVSerde tables quote values; LazySimpleSerDe tables do not. */
  quoted?: boolean;
}

/** A column being written: its name, Hive type (table column) and Athena type (query result). */
export interface WriteColumn {
  name: string;
  hiveType: string;
  athenaType: string;
}

// toParquet writes these Hive types; LakeLab has no Parquet writer for decimal or complex types yet.
const PARQUET_WRITABLE = new Set([
  'bigint',
  'int',
  'smallint',
  'tinyint',
  'double',
  'float',
  'boolean',
  'string',
  'date',
  'timestamp',
]);

export function checkWritable(writer: FileWriter, columns: readonly WriteColumn[]): void {
  if (writer.format !== 'PARQUET') return;
  for (const column of columns)
    if (!PARQUET_WRITABLE.has(column.hiveType))
      throw ddlError(
        'NOT_SUPPORTED',
        `LakeLab cannot write column ${column.name} of type ${column.hiveType} to Parquet yet. Cast it (e.g. to varchar) or use format = 'TEXTFILE' or 'JSON'.`,
      );
}

type Cell = string | number | null;

/** A result cell as a value of the column's type (booleans arrive as 1/0, timestamps as text). */
function typedValue(cell: Cell, column: WriteColumn): unknown {
  if (cell === null) return null;
  if (column.hiveType === 'boolean') return cell === 1 || cell === '1' || cell === 'true';
  if (column.hiveType === 'timestamp' && typeof cell === 'string')
    return new Date(`${cell.replace(' ', 'T')}Z`);
  // Large bigints may arrive as text so as not to lose precision.
  if (column.hiveType === 'bigint' && typeof cell === 'string' && /^-?\d+$/.test(cell))
    return BigInt(cell);
  if (['int', 'double', 'float'].includes(column.hiveType) && typeof cell === 'string')
    return Number(cell);
  if (/^(array|map|struct)</.test(column.hiveType) && typeof cell === 'string') {
    try {
      return JSON.parse(cell) as unknown;
    } catch {
      return cell;
    }
  }
  return cell;
}

// JSON has no 64-bit integers: a bigint becomes a JSON number.
const jsonValue = (value: unknown) => (typeof value === 'bigint' ? Number(value) : value);

// LazySimpleSerDe writes NULL as \N (serialization.null.format default).
const textCell = (cell: Cell, column: WriteColumn) =>
  cell === null
    ? '\\N'
    : column.hiveType === 'boolean'
      ? String(typedValue(cell, column))
      : String(cell);

const PARQUET_CODECS: Record<WriteCompression, ParquetCodec> = {
  GZIP: 'GZIP',
  SNAPPY: 'SNAPPY',
  NONE: 'UNCOMPRESSED',
};

/** One data file's bytes, and the extension Athena gives it (`.gz` for gzip text). */
export function encodeFile(
  writer: FileWriter,
  columns: readonly WriteColumn[],
  rows: readonly Cell[][],
): { bytes: Uint8Array; extension: string } {
  if (writer.format === 'PARQUET') {
    const specs = columns.map((c) => ({ name: c.name, type: c.hiveType }));
    const typed = rows.map((row) => row.map((cell, i) => typedValue(cell, columns[i]!)));
    return {
      bytes: toParquet(specs, typed, {
        codec: PARQUET_CODECS[writer.compression],
        createdBy: 'LakeLab Athena CTAS',
      }),
      extension: '',
    };
  }
  const text =
    writer.format === 'JSON'
      ? toJsonLines(
          rows.map((row) =>
            Object.fromEntries(
              columns.map((c, i) => [c.name, jsonValue(typedValue(row[i] ?? null, c))]),
            ),
          ),
        )
      : writer.quoted
        ? toCsv(
            columns.map((c) => c.name),
            rows.map((row) =>
              row.map((cell, i) => (cell === null ? '' : textCell(cell, columns[i]!))),
            ),
            { delimiter: writer.delimiter, header: false },
          )
        : `${rows.map((row) => row.map((cell, i) => textCell(cell, columns[i]!)).join(writer.delimiter)).join('\n')}${rows.length > 0 ? '\n' : ''}`;
  if (writer.compression === 'GZIP') return { bytes: gzip(utf8Encode(text)), extension: '.gz' };
  return { bytes: utf8Encode(text), extension: '' };
}

/** The StorageDescriptor parts of a table CTAS writes in this format. */
export function storageForWriter(writer: FileWriter): StorageFormat & { SerdeInfo: SerDeInfo } {
  const base = namedFormat(writer.format);
  const Parameters: Record<string, string> =
    writer.format === 'TEXTFILE'
      ? { 'field.delim': writer.delimiter, 'serialization.format': writer.delimiter }
      : writer.format === 'PARQUET'
        ? { 'serialization.format': '1' }
        : {};
  return { ...base, SerdeInfo: { SerializationLibrary: base.SerializationLibrary, Parameters } };
}

/** How INSERT INTO writes to an existing table: its SerDe decides the format; compression from its properties. */
export function writerForTable(
  serde: SerDeInfo | undefined,
  parameters: Record<string, string>,
): FileWriter {
  const library = serde?.SerializationLibrary ?? LAZY_SIMPLE_SERDE;
  const compression = (name: string | undefined): WriteCompression => {
    const value = (name ?? 'GZIP').toUpperCase();
    if (value === 'GZIP' || value === 'SNAPPY' || value === 'NONE') return value;
    if (value === 'UNCOMPRESSED') return 'NONE';
    throw ddlError('NOT_SUPPORTED', `LakeLab cannot write ${value}-compressed files yet.`);
  };
  if (library === PARQUET_SERDE)
    return {
      format: 'PARQUET',
      compression: compression(
        parameters['parquet.compression'] ?? parameters['write.compression'],
      ),
      delimiter: '',
    };
  const textCompression = compression(parameters['write.compression']);
  if (textCompression === 'SNAPPY')
    throw ddlError('NOT_SUPPORTED', 'LakeLab cannot write Snappy-compressed text files yet.');
  if (library === HCATALOG_JSON_SERDE || library === OPENX_JSON_SERDE)
    return { format: 'JSON', compression: textCompression, delimiter: '' };
  if (library === OPEN_CSV_SERDE)
    return {
      format: 'TEXTFILE',
      compression: textCompression,
      delimiter: serde?.Parameters?.['separatorChar'] ?? ',',
      quoted: true,
    };
  if (library === LAZY_SIMPLE_SERDE)
    return {
      format: 'TEXTFILE',
      compression: textCompression,
      delimiter: serde?.Parameters?.['field.delim'] ?? '\u0001',
    };
  throw ddlError('NOT_SUPPORTED', `LakeLab cannot write files for the SerDe ${library} yet.`);
}
