import { ddlError, type Ctas, type CtasValue, type SourcePosition } from '../../sql/ddl';
import type { FileWriter, WriteCompression } from './dataFiles';

// CTAS table properties (create-table-as.md); the names are case-sensitive (`format` must be lower case).
const KNOWN = new Set([
  'table_type',
  'external_location',
  'is_external',
  'format',
  'field_delimiter',
  'bucketed_by',
  'bucket_count',
  'partitioned_by',
  'write_compression',
  'parquet_compression',
  'orc_compression',
  'compression_level',
]);

export interface CtasOptions {
  writer: FileWriter;
  externalLocation?: string;
  partitionedBy: string[];
}

const text = (name: string, value: CtasValue, at: SourcePosition) => {
  if (typeof value !== 'string')
    throw ddlError('INVALID_TABLE_PROPERTY', `Table property '${name}' must be a string.`, at);
  return value;
};

function compressionOf(name: string, value: string, at: SourcePosition): WriteCompression {
  const upper = value.toUpperCase();
  if (upper === 'GZIP' || upper === 'SNAPPY' || upper === 'NONE') return upper;
  if (['ZSTD', 'LZ4', 'LZO', 'BZIP2', 'DEFLATE', 'ZLIB'].includes(upper))
    throw ddlError(
      'NOT_SUPPORTED',
      `LakeLab cannot write ${upper} compression yet (${name}); use GZIP, SNAPPY or NONE.`,
      at,
    );
  throw ddlError('INVALID_TABLE_PROPERTY', `Unsupported compression '${value}' for ${name}.`, at);
}

function formatOf(properties: Ctas['properties']): FileWriter['format'] {
  const entry = properties['format'];
  // Athena: the default CTAS format is PARQUET (create-table-as.md).
  if (!entry) return 'PARQUET';
  const format = text('format', entry.value, entry.at).toUpperCase();
  if (format === 'PARQUET' || format === 'JSON' || format === 'TEXTFILE') return format;
  if (format === 'ORC' || format === 'AVRO' || format === 'ION')
    throw ddlError(
      'NOT_SUPPORTED',
      `LakeLab cannot write ${format} files yet; use format = 'PARQUET', 'JSON' or 'TEXTFILE'.`,
      entry.at,
    );
  throw ddlError(
    'INVALID_TABLE_PROPERTY',
    `Unsupported format '${format}': use ORC, PARQUET, AVRO, JSON, ION or TEXTFILE.`,
    entry.at,
  );
}

function compressionFor(
  properties: Ctas['properties'],
  format: FileWriter['format'],
): WriteCompression {
  const write = properties['write_compression'];
  const parquet = properties['parquet_compression'];
  // Athena: write_compression cannot be combined with parquet_compression or orc_compression (create-table-as.md).
  if (write && (parquet || properties['orc_compression']))
    throw ddlError(
      'INVALID_TABLE_PROPERTY',
      'Only one of write_compression and parquet_compression/orc_compression can be set.',
      write.at,
    );
  if (parquet && format !== 'PARQUET')
    throw ddlError(
      'INVALID_TABLE_PROPERTY',
      "parquet_compression applies only to format = 'PARQUET'.",
      parquet.at,
    );
  const chosen = write ?? parquet;
  // Athena: GZIP is the default write compression for Parquet and text (compression-formats.md).
  const compression = chosen
    ? compressionOf(
        write ? 'write_compression' : 'parquet_compression',
        text('compression', chosen.value, chosen.at),
        chosen.at,
      )
    : 'GZIP';
  if (compression === 'SNAPPY' && format !== 'PARQUET')
    throw ddlError(
      'NOT_SUPPORTED',
      'LakeLab cannot write Snappy-compressed text or JSON yet; use GZIP or NONE.',
      chosen?.at,
    );
  return compression;
}

function delimiterOf(properties: Ctas['properties'], format: FileWriter['format']): string {
  const entry = properties['field_delimiter'];
  if (!entry) return '\u0001';
  const value = text('field_delimiter', entry.value, entry.at);
  if (format !== 'TEXTFILE')
    throw ddlError(
      'INVALID_TABLE_PROPERTY',
      "field_delimiter applies only to format = 'TEXTFILE'.",
      entry.at,
    );
  if ([...value].length !== 1)
    throw ddlError(
      'INVALID_TABLE_PROPERTY',
      'field_delimiter must be a single character.',
      entry.at,
    );
  return value;
}

/** Validates a CTAS statement's WITH (…) properties into how its files are written. */
export function ctasOptions(statement: Ctas): CtasOptions {
  const { properties } = statement;
  for (const [name, { at }] of Object.entries(properties))
    if (!KNOWN.has(name))
      throw ddlError(
        'INVALID_TABLE_PROPERTY',
        `Catalog 'awsdatacatalog' table property '${name}' does not exist`,
        at,
      );
  const tableType = properties['table_type'];
  if (tableType && text('table_type', tableType.value, tableType.at).toUpperCase() !== 'HIVE')
    throw ddlError(
      'NOT_SUPPORTED',
      'LakeLab creates Hive tables only; Iceberg tables are not simulated.',
      tableType.at,
    );
  for (const name of ['bucketed_by', 'bucket_count'])
    if (properties[name])
      throw ddlError(
        'NOT_SUPPORTED',
        `LakeLab does not simulate bucketing (${name}).`,
        properties[name].at,
      );
  const format = formatOf(properties);
  const partitioned = properties['partitioned_by'];
  if (partitioned && !Array.isArray(partitioned.value))
    throw ddlError(
      'INVALID_TABLE_PROPERTY',
      "partitioned_by must be an array: partitioned_by = ARRAY['col', …].",
      partitioned.at,
    );
  const location = properties['external_location'];
  return {
    writer: {
      format,
      compression: compressionFor(properties, format),
      delimiter: delimiterOf(properties, format),
    },
    ...(location
      ? { externalLocation: text('external_location', location.value, location.at) }
      : {}),
    partitionedBy: ((partitioned?.value as string[] | undefined) ?? []).map((c) => c.toLowerCase()),
  };
}
