import type { SerDeInfo } from '@aws-sdk/client-glue';
import { ddlError, type CreateExternalTable, type DelimitedFormat } from '../../sql/ddl';

export const LAZY_SIMPLE_SERDE = 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe';
export const OPEN_CSV_SERDE = 'org.apache.hadoop.hive.serde2.OpenCSVSerde';
export const HCATALOG_JSON_SERDE = 'org.apache.hive.hcatalog.data.JsonSerDe';
export const OPENX_JSON_SERDE = 'org.openx.data.jsonserde.JsonSerDe';
export const PARQUET_SERDE = 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe';
const TEXT_INPUT = 'org.apache.hadoop.mapred.TextInputFormat';
const TEXT_OUTPUT = 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat';

export interface StorageFormat {
  InputFormat: string;
  OutputFormat: string;
  SerializationLibrary: string;
}

// Input/output formats and SerDes per STORED AS name (aws-semantics.md §2: lazy-simple-serde,
// json-serde, parquet-serde, orc-serde, avro-serde; Hive's StorageFormatFactory for the others).
const NAMED_FORMATS: Record<string, StorageFormat> = {
  TEXTFILE: {
    InputFormat: TEXT_INPUT,
    OutputFormat: TEXT_OUTPUT,
    SerializationLibrary: LAZY_SIMPLE_SERDE,
  },
  JSON: {
    InputFormat: TEXT_INPUT,
    OutputFormat: TEXT_OUTPUT,
    SerializationLibrary: HCATALOG_JSON_SERDE,
  },
  PARQUET: {
    InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
    OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
    SerializationLibrary: PARQUET_SERDE,
  },
  ORC: {
    InputFormat: 'org.apache.hadoop.hive.ql.io.orc.OrcInputFormat',
    OutputFormat: 'org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat',
    SerializationLibrary: 'org.apache.hadoop.hive.ql.io.orc.OrcSerde',
  },
  AVRO: {
    InputFormat: 'org.apache.hadoop.hive.ql.io.avro.AvroContainerInputFormat',
    OutputFormat: 'org.apache.hadoop.hive.ql.io.avro.AvroContainerOutputFormat',
    SerializationLibrary: 'org.apache.hadoop.hive.serde2.avro.AvroSerDe',
  },
  ION: {
    InputFormat: 'com.amazon.ionhiveserde.formats.IonInputFormat',
    OutputFormat: 'com.amazon.ionhiveserde.formats.IonOutputFormat',
    SerializationLibrary: 'com.amazon.ionhiveserde.IonHiveSerDe',
  },
  SEQUENCEFILE: {
    InputFormat: 'org.apache.hadoop.mapred.SequenceFileInputFormat',
    OutputFormat: 'org.apache.hadoop.hive.ql.io.HiveSequenceFileOutputFormat',
    SerializationLibrary: LAZY_SIMPLE_SERDE,
  },
  RCFILE: {
    InputFormat: 'org.apache.hadoop.hive.ql.io.RCFileInputFormat',
    OutputFormat: 'org.apache.hadoop.hive.ql.io.RCFileOutputFormat',
    SerializationLibrary: 'org.apache.hadoop.hive.serde2.columnar.LazyBinaryColumnarSerDe',
  },
};
NAMED_FORMATS['JSONFILE'] = NAMED_FORMATS['JSON']!;

export function namedFormat(name: string): StorageFormat {
  const format = NAMED_FORMATS[name.toUpperCase()];
  if (!format)
    throw ddlError('NOT_SUPPORTED', `STORED AS ${name} is not a file format Athena supports.`);
  return format;
}

/** ROW FORMAT DELIMITED clauses as LazySimpleSerDe parameters (serde-create-a-table.md). */
function delimitedParameters(format: DelimitedFormat): Record<string, string> {
  const parameters: Record<string, string> = {};
  if (format.fieldsTerminatedBy !== undefined) {
    parameters['field.delim'] = format.fieldsTerminatedBy;
    parameters['serialization.format'] = format.fieldsTerminatedBy;
  }
  if (format.escapedBy !== undefined) parameters['escape.delim'] = format.escapedBy;
  if (format.collectionItemsTerminatedBy !== undefined)
    parameters['collection.delim'] = format.collectionItemsTerminatedBy;
  if (format.mapKeysTerminatedBy !== undefined)
    parameters['mapkey.delim'] = format.mapKeysTerminatedBy;
  if (format.linesTerminatedBy !== undefined) parameters['line.delim'] = format.linesTerminatedBy;
  if (format.nullDefinedAs !== undefined)
    parameters['serialization.null.format'] = format.nullDefinedAs;
  return parameters;
}

/** The input/output formats and SerDe CREATE EXTERNAL TABLE writes (STORED AS defaults to TEXTFILE). */
export function storageOf(
  statement: CreateExternalTable,
): StorageFormat & { SerdeInfo: SerDeInfo } {
  const stored = statement.storedAs;
  const base =
    stored?.kind === 'CLASSES'
      ? {
          InputFormat: stored.inputFormat,
          OutputFormat: stored.outputFormat,
          SerializationLibrary: LAZY_SIMPLE_SERDE,
        }
      : namedFormat(stored?.format ?? 'TEXTFILE');
  const row = statement.rowFormat;
  const library = row?.kind === 'SERDE' ? row.serde : base.SerializationLibrary;
  const parameters: Record<string, string> =
    row?.kind === 'DELIMITED'
      ? delimitedParameters(row)
      : Object.keys(statement.serdeProperties).length === 0
        ? { 'serialization.format': '1' }
        : {};
  Object.assign(parameters, statement.serdeProperties);
  return {
    ...base,
    SerializationLibrary: library,
    SerdeInfo: { SerializationLibrary: library, Parameters: parameters },
  };
}

/**
 * The Glue `classification` a table's SerDe implies; Glue ETL needs it on Athena-created tables
 * (glue-best-practices.md). LakeLab sets it when the DDL does not.
 */
export function classificationOf(storage: StorageFormat): string | undefined {
  const library = storage.SerializationLibrary;
  if (library === PARQUET_SERDE) return 'parquet';
  if (library.endsWith('OrcSerde')) return 'orc';
  if (library.endsWith('AvroSerDe')) return 'avro';
  if (library === HCATALOG_JSON_SERDE || library === OPENX_JSON_SERDE) return 'json';
  if (library.endsWith('IonHiveSerDe')) return 'ion';
  if (
    (library === LAZY_SIMPLE_SERDE || library === OPEN_CSV_SERDE) &&
    storage.InputFormat === TEXT_INPUT
  )
    return 'csv';
  return undefined;
}
