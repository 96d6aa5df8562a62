import { gunzipSync } from 'fflate';
import {
  type AsyncBuffer,
  type ColumnData,
  type FileMetaData,
  type SchemaTree,
  parquetRead,
  parquetSchema,
} from 'hyparquet';
import { readParquetFooter } from '../../formats/parquet';
import { glueTypeOfNode } from '../../formats/parquetTypes';
import type { SqlColumn, SqlValue } from '../runner';
import { type ColumnShape, columnShape } from './columnKinds';
import { BadValue, dateFromDays, fromValue, timestampFromMillis } from './convert';
import { SqlFailure } from './errors';
import type { RowInserter } from './rowInserter';
import type { TablePlan } from './tablePlan';

// Trino reports a damaged file as "Malformed Parquet file. <reason> [<path>]" (ParquetCorruptionException).
const malformed = (reason: string, objectName: string): SqlFailure =>
  new SqlFailure('HIVE_BAD_DATA', `Malformed Parquet file. ${reason} [${objectName}]`);

/** Dates and timestamps straight into the text SQLite holds, without a Date per value. */
const PARSERS = {
  timestampFromMilliseconds: (ms: bigint) => timestampFromMillis(Number(ms)),
  timestampFromMicroseconds: (us: bigint) => timestampFromMillis(Number(us / 1000n)),
  timestampFromNanoseconds: (ns: bigint) => timestampFromMillis(Number(ns / 1_000_000n)),
  dateFromDays: (days: number) => dateFromDays(days),
};

const bufferOf = (bytes: Uint8Array): AsyncBuffer => ({
  byteLength: bytes.byteLength,
  slice: (start, end) => bytes.slice(start, end).buffer,
});

/** Columns of the file, read whole: name → values for every row. */
async function readColumns(
  bytes: Uint8Array,
  metadata: FileMetaData,
  names: string[],
  numRows: number,
  objectName: string,
): Promise<Map<string, unknown[]>> {
  const columns = new Map(names.map((name) => [name, new Array<unknown>(numRows)]));
  const onChunk = (chunk: ColumnData) => {
    const target = columns.get(chunk.columnName);
    if (!target) return;
    const data = chunk.columnData;
    for (let i = 0; i < chunk.rowEnd - chunk.rowStart; i++) target[chunk.rowStart + i] = data[i];
  };
  try {
    await parquetRead({
      file: bufferOf(bytes),
      metadata,
      columns: names,
      onChunk,
      parsers: PARSERS,
      compressors: { GZIP: (input: Uint8Array) => gunzipSync(input) },
    });
  } catch (error) {
    throw malformed((error as Error).message, objectName);
  }
  return columns;
}

type Convert = (value: unknown) => SqlValue;

/**
 * The converter for one file column into its table column: the value as decoded where the
 * Parquet type already is the table type (no check per value), else the general conversion.
 */
function converterFor(node: SchemaTree, shape: ColumnShape): Convert {
  const fileKind = columnShape(glueTypeOfNode(node)).kind;
  if (fileKind === shape.kind) {
    if (fileKind === 'boolean')
      return (value) => (value === null || value === undefined ? null : value ? 1 : 0);
    if (fileKind === 'integer')
      return (value) => (typeof value === 'bigint' ? Number(value) : ((value ?? null) as SqlValue));
    if (
      fileKind === 'real' ||
      fileKind === 'text' ||
      fileKind === 'date' ||
      fileKind === 'timestamp'
    )
      return (value) => (value ?? null) as SqlValue;
  }
  return (value) => fromValue(value, shape);
}

/** Decodes a Parquet file into the table's rows: file columns match table columns by name, case-insensitively. */
export async function decodeParquet(
  bytes: Uint8Array,
  plan: TablePlan,
  columns: readonly SqlColumn[],
  sink: RowInserter,
  objectName: string,
): Promise<void> {
  let metadata: FileMetaData;
  try {
    metadata = readParquetFooter(bytes);
  } catch (error) {
    throw malformed((error as Error).message, objectName);
  }
  const numRows = Number(metadata.num_rows);
  const sources = parquetSchema(metadata).children.flatMap((node) => {
    const slot = plan.slotOfName.get(node.element.name.toLowerCase());
    return slot === undefined
      ? []
      : [{ name: node.element.name, slot, convert: converterFor(node, plan.shapes[slot]!) }];
  });
  const data = await readColumns(
    bytes,
    metadata,
    sources.map((source) => source.name),
    numRows,
    objectName,
  );
  const values = sources.map((source) => data.get(source.name)!);
  const { row } = sink;
  for (const slot of plan.dataSlots) row[slot] = null;
  for (let r = 0; r < numRows; r++) {
    for (let c = 0; c < sources.length; c++) {
      const source = sources[c]!;
      try {
        row[source.slot] = source.convert(values[c]![r]);
      } catch (error) {
        if (!(error instanceof BadValue)) throw error;
        throw new SqlFailure(
          'HIVE_BAD_DATA',
          `Field ${source.name}'s value ${error.input} in ${objectName} is incompatible with type ${columns[source.slot]!.type} defined in table schema`,
        );
      }
    }
    sink.commit();
  }
}
