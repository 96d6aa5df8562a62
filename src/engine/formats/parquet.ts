import { gunzipSync } from 'fflate';
import {
  type AsyncBuffer,
  type FileMetaData,
  parquetMetadata,
  parquetReadObjects,
  parquetSchema,
  type SchemaElement,
  type Statistics,
} from 'hyparquet';
import { hasParquetHead, hasParquetTail } from './detect';
import { FormatError } from './errors';
import { glueTypeOfNode } from './parquetTypes';
import type { ObjectPreview } from './preview.types';

export interface ParquetColumnChunkLayout {
  path: string;
  type: string;
  codec: string;
  encodings: string[];
  compressedSize: number;
  uncompressedSize: number;
  numValues: number;
  statistics?: { min: unknown; max: unknown; nullCount?: number };
}

export interface ParquetLayout {
  numRows: number;
  createdBy?: string;
  /** Flattened schema below the root: groups have type GROUP; `logicalType` is e.g. STRING, DATE, TIMESTAMP. */
  schema: { name: string; type: string; repetition?: string; logicalType?: string }[];
  rowGroups: { numRows: number; totalByteSize: number; columns: ParquetColumnChunkLayout[] }[];
  /** Footer (file metadata) length in bytes. */
  metadataLength: number;
}

/** hyparquet decompresses SNAPPY itself; GZIP pages need a decompressor. */
const READ_DECOMPRESSORS = { GZIP: (input: Uint8Array) => gunzipSync(input) };

/** A value from the footer or a row, as plain data: bigint → number when it fits, else string. */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (Array.isArray(value)) return value.map(plainValue);
  if (value !== null && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
  return value;
}

/** Lets hyparquet read byte ranges without copying the whole object. */
function asyncBufferOf(bytes: Uint8Array): AsyncBuffer {
  return { byteLength: bytes.byteLength, slice: (start, end) => bytes.slice(start, end).buffer };
}

/** The footer of a Parquet file, or a FormatError that says what is wrong. */
export function readParquetFooter(bytes: Uint8Array): FileMetaData {
  if (bytes.length < 12)
    throw new FormatError(
      `This is not a valid Parquet file: it is only ${bytes.length} bytes long.`,
    );
  if (!hasParquetHead(bytes))
    throw new FormatError(
      'This is not a valid Parquet file: it does not start with the magic "PAR1".',
    );
  if (!hasParquetTail(bytes))
    throw new FormatError(
      'This is not a valid Parquet file: the footer magic "PAR1" is missing (the file may be truncated).',
    );
  try {
    return parquetMetadata(bytes);
  } catch (error) {
    throw new FormatError(
      `This is not a valid Parquet file: its footer cannot be read (${(error as Error).message}).`,
    );
  }
}

function statisticsOf(statistics: Statistics | undefined): ParquetColumnChunkLayout['statistics'] {
  if (!statistics) return undefined;
  const nullCount = statistics.null_count === undefined ? undefined : Number(statistics.null_count);
  return {
    min: plainValue(statistics.min_value ?? statistics.min),
    max: plainValue(statistics.max_value ?? statistics.max),
    ...(nullCount === undefined ? {} : { nullCount }),
  };
}

function logicalTypeOf(element: SchemaElement): { logicalType?: string } {
  const name =
    element.logical_type?.type ??
    (element.converted_type === 'UTF8' ? 'STRING' : element.converted_type);
  return name ? { logicalType: name } : {};
}

/** Row groups, column chunks, codecs, encodings and sizes, read from the footer only. */
export function parquetLayout(bytes: Uint8Array): ParquetLayout {
  const metadata = readParquetFooter(bytes);
  return {
    numRows: Number(metadata.num_rows),
    ...(metadata.created_by ? { createdBy: metadata.created_by } : {}),
    schema: metadata.schema.slice(1).map((element) => ({
      name: element.name,
      type: element.type ?? 'GROUP',
      ...(element.repetition_type ? { repetition: element.repetition_type } : {}),
      ...logicalTypeOf(element),
    })),
    rowGroups: metadata.row_groups.map((group) => ({
      numRows: Number(group.num_rows),
      totalByteSize: Number(group.total_byte_size),
      columns: group.columns.flatMap((chunk) => {
        const meta = chunk.meta_data;
        if (!meta) return [];
        const statistics = statisticsOf(meta.statistics);
        return [
          {
            path: meta.path_in_schema.join('.'),
            type: meta.type,
            codec: meta.codec,
            encodings: [...meta.encodings],
            compressedSize: Number(meta.total_compressed_size),
            uncompressedSize: Number(meta.total_uncompressed_size),
            numValues: Number(meta.num_values),
            ...(statistics ? { statistics } : {}),
          },
        ];
      }),
    })),
    metadataLength: metadata.metadata_length,
  };
}

/** The first rows of a Parquet file: only the row groups that hold them are read. */
export async function previewParquet(
  bytes: Uint8Array,
  maxRows: number,
): Promise<Omit<ObjectPreview, 'format' | 'compression'>> {
  const metadata = readParquetFooter(bytes);
  const numRows = Number(metadata.num_rows);
  const columns = parquetSchema(metadata).children.map((node) => ({
    name: node.element.name,
    type: glueTypeOfNode(node),
  }));
  const file = asyncBufferOf(bytes);
  let records: Record<string, unknown>[];
  try {
    records = await parquetReadObjects({
      file,
      metadata,
      rowEnd: Math.min(maxRows, numRows),
      compressors: READ_DECOMPRESSORS,
    });
  } catch (error) {
    throw new FormatError(
      `This Parquet file's data pages cannot be read: ${(error as Error).message}.`,
    );
  }
  const rows = records.map((record) =>
    columns.map((column) => plainValue(record[column.name] ?? null)),
  );
  return { columns, rows, totalRowsKnown: numRows, truncated: numRows > rows.length, warnings: [] };
}
