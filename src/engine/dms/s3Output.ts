import { gzip, toParquet, utf8Encode, type ParquetColumnSpec } from '../formats';
import { recordsToCsv } from './csvOutput';
import type { ShopRow } from '../sources/shopdb';
import type { DmsS3Settings } from './state';

/** A column DMS writes: its name on the target and where its value comes from. */
export interface OutputColumn {
  name: string;
  /** Hive type of the value. */
  type: string;
  /** The source column, or the extra columns DMS adds. */
  from: { column: string } | 'op' | 'timestamp';
}

/** One row of an output file: the operation, the timestamp value and the row image. */
export interface OutputRecord {
  op: 'I' | 'U' | 'D';
  /** `yyyy-MM-dd HH:mm:ss.SSSSSS`. */
  timestamp: string;
  row: ShopRow;
}

// DMS: TimestampColumnName values are strings `yyyy-MM-dd HH:mm:ss.SSSSSS`, microseconds
// (S3Settings.TimestampColumnName, API reference); LakeLab's clock has milliseconds, so the last three digits are 000.
export function dmsTimestamp(ms: number): string {
  const time = Math.trunc(ms);
  const minute = Math.floor(time / 60_000);
  // A CDC batch's rows share their minute: its `yyyy-MM-dd HH:mm:` is formatted once.
  if (minute !== stampMinute) {
    const iso = new Date(minute * 60_000).toISOString();
    stampPrefix = `${iso.slice(0, 10)} ${iso.slice(11, 17)}`;
    stampMinute = minute;
  }
  const inMinute = time - minute * 60_000;
  const seconds = Math.floor(inMinute / 1000);
  const millis = inMinute % 1000;
  return `${stampPrefix}${seconds < 10 ? '0' : ''}${seconds}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}000`;
}

let stampMinute = Number.NaN;
let stampPrefix = '';

/**
 * The columns of a file: `Op` first when the file carries operations, then the timestamp column
 * (position after Op: LakeLab's reading, unconfirmed), then the table's columns.
 */
export function outputColumns(
  settings: DmsS3Settings,
  tableColumns: readonly { source: string; name: string; type: string }[],
  withOp: boolean,
): OutputColumn[] {
  const columns: OutputColumn[] = [];
  if (withOp) columns.push({ name: 'Op', type: 'string', from: 'op' });
  if (settings.TimestampColumnName)
    columns.push({ name: settings.TimestampColumnName, type: 'string', from: 'timestamp' });
  for (const c of tableColumns)
    columns.push({ name: c.name, type: c.type, from: { column: c.source } });
  return columns;
}

function valuesOf(
  columns: readonly OutputColumn[],
  record: OutputRecord,
): (string | number | null)[] {
  return columns.map((c) =>
    c.from === 'op'
      ? record.op
      : c.from === 'timestamp'
        ? record.timestamp
        : (record.row[c.from.column] ?? null),
  );
}

// Parquet has no Hive `date` writer here; DMS writes dates as Parquet DATE, LakeLab as strings (a gap).
const parquetType = (type: string) =>
  ['bigint', 'double', 'string'].includes(type) ? type : 'string';

/** The bytes of one output file in the endpoint's format and compression. */
export function renderFile(
  settings: DmsS3Settings,
  columns: readonly OutputColumn[],
  records: readonly OutputRecord[],
): Uint8Array {
  if (settings.DataFormat === 'parquet') {
    const rows = records.map((r) => valuesOf(columns, r));
    const specs: ParquetColumnSpec[] = columns.map((c) => ({
      name: c.name,
      type: parquetType(c.type),
    }));
    return toParquet(specs, rows, {
      codec: settings.CompressionType === 'GZIP' ? 'GZIP' : 'UNCOMPRESSED',
      createdBy: 'AWS DMS (simulated by LakeLab)',
    });
  }
  // DMS: no header row unless AddColumnName is true (S3Settings.AddColumnName).
  let csv = recordsToCsv(columns, records, settings.CsvDelimiter, settings.AddColumnName);
  if (settings.CsvRowDelimiter !== '\n') csv = csv.split('\n').join(settings.CsvRowDelimiter);
  const bytes = utf8Encode(csv);
  return settings.CompressionType === 'GZIP' ? gzip(bytes) : bytes;
}

/** The file extension: `.csv`, `.csv.gz` or `.parquet`. */
export function extensionOf(settings: DmsS3Settings): string {
  if (settings.DataFormat === 'parquet') return 'parquet';
  return settings.CompressionType === 'GZIP' ? 'csv.gz' : 'csv';
}

const folderOf = (settings: DmsS3Settings, schema: string, table: string) =>
  `${settings.BucketFolder ? `${settings.BucketFolder}/` : ''}${schema}/${table}/`;

// DMS: full-load files are numbered with a hexadecimal counter, LOAD00000001 … LOAD00000009,
// LOAD0000000A … (CHAP_Target.S3.html).
export function fullLoadKey(
  settings: DmsS3Settings,
  schema: string,
  table: string,
  n: number,
): string {
  const counter = n.toString(16).toUpperCase().padStart(8, '0');
  return `${folderOf(settings, schema, table)}LOAD${counter}.${extensionOf(settings)}`;
}

/** `yyyymmdd-hhmmssfff`: the CDC file name DMS derives from the time it writes the file. */
export function cdcFileStamp(ms: number): string {
  // The tables of one poll are written at the same instant: the last stamp is reused.
  if (ms === stampOf.ms) return stampOf.text;
  const iso = new Date(ms).toISOString();
  // Slices, not regex replaces: CDC names a file per changed table every minute.
  const text = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}${iso.slice(20, 23)}`;
  stampOf = { ms, text };
  return text;
}

let stampOf = { ms: Number.NaN, text: '' };

const DELIMITERS: Record<DmsS3Settings['DatePartitionDelimiter'], string> = {
  SLASH: '/',
  DASH: '-',
  UNDERSCORE: '_',
  NONE: '',
};

// DMS: DatePartitionEnabled partitions folders by transaction commit date, in DatePartitionSequence
// order joined by DatePartitionDelimiter (S3Settings, API reference).
export function datePartition(settings: DmsS3Settings, commitMs: number): string {
  if (!settings.DatePartitionEnabled) return '';
  const iso = new Date(commitMs).toISOString();
  const part = {
    YYYY: iso.slice(0, 4),
    MM: iso.slice(5, 7),
    DD: iso.slice(8, 10),
    HH: iso.slice(11, 13),
  };
  const order: Record<DmsS3Settings['DatePartitionSequence'], (keyof typeof part)[]> = {
    YYYYMMDD: ['YYYY', 'MM', 'DD'],
    YYYYMMDDHH: ['YYYY', 'MM', 'DD', 'HH'],
    YYYYMM: ['YYYY', 'MM'],
    MMYYYYDD: ['MM', 'YYYY', 'DD'],
    DDMMYYYY: ['DD', 'MM', 'YYYY'],
  };
  return `${order[settings.DatePartitionSequence].map((k) => part[k]).join(DELIMITERS[settings.DatePartitionDelimiter])}/`;
}

// DMS names CDC files by timestamp, e.g. 20141029-1134010000.csv in the guide; files observed from
// DMS 3.x read yyyymmdd-hhmmssfff, which LakeLab writes (CHAP_Target.S3.html).
export function cdcKey(
  settings: DmsS3Settings,
  schema: string,
  table: string,
  writtenAt: number,
  partition: string,
): string {
  return `${folderOf(settings, schema, table)}${partition}${cdcFileStamp(writtenAt)}.${extensionOf(settings)}`;
}

/** A rough size of a row in CSV, to split full loads at MaxFileSize and to weigh CDC batches. */
export function approximateBytes(row: ShopRow): number {
  let size = 2;
  for (const value of Object.values(row)) size += String(value ?? '').length + 1;
  return size;
}
