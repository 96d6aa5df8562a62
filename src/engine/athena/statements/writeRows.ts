import type { Column } from '@aws-sdk/client-glue';
import { ddlError } from '../../sql/ddl';
import { uuidOf } from '../uuid';
import { encodeFile, type FileWriter, type WriteColumn } from './dataFiles';
import type { StatementEnv } from './env';
import { putObject, type S3Location } from './location';
import { partitionName } from './partitionNames';

type Cell = string | number | null;

// Hive writes a NULL partition value as this folder value.
export const HIVE_DEFAULT_PARTITION = '__HIVE_DEFAULT_PARTITION__';

// Athena: a CTAS or INSERT INTO writes at most 100 partitions (ctas-considerations-limitations.md).
export const MAX_WRITTEN_PARTITIONS = 100;

export interface PartitionGroup {
  values: string[];
  rows: Cell[][];
}

/** Rows grouped by the values of their last `keyCount` columns, in first-seen order. */
export function groupByPartition(rows: readonly Cell[][], keyCount: number): PartitionGroup[] {
  const groups = new Map<string, PartitionGroup>();
  for (const row of rows) {
    const data = row.slice(0, row.length - keyCount);
    const values = row
      .slice(row.length - keyCount)
      .map((v) => (v === null ? HIVE_DEFAULT_PARTITION : String(v)));
    const key = JSON.stringify(values);
    const group = groups.get(key) ?? { values, rows: [] };
    group.rows.push(data);
    groups.set(key, group);
  }
  if (groups.size > MAX_WRITTEN_PARTITIONS)
    throw ddlError(
      'HIVE_TOO_MANY_OPEN_PARTITIONS',
      `Exceeded limit of ${MAX_WRITTEN_PARTITIONS} open writers for partitions/buckets: the query writes ${groups.size} partitions.`,
    );
  return [...groups.values()];
}

/** A data file's name as the Hive writer in Athena names it: `<query id>_<uuid>` plus `.gz` for gzip text. */
export function dataFileName(env: StatementEnv, extension: string): string {
  return `${env.queryId}_${uuidOf(env.ctx)}${extension}`;
}

/** Writes one file of `rows` into `folder` (a key prefix ending in `/`); returns its key. */
export async function writeFile(
  env: StatementEnv,
  bucket: string,
  folder: string,
  writer: FileWriter,
  columns: readonly WriteColumn[],
  rows: readonly Cell[][],
): Promise<string> {
  const { bytes, extension } = encodeFile(writer, columns, rows);
  const key = `${folder}${dataFileName(env, extension)}`;
  await putObject(env, bucket, key, bytes);
  return key;
}

/** The folder of a partition under a table location: `<prefix>k1=v1/k2=v2/`. */
export const partitionFolder = (
  location: S3Location,
  keys: readonly Column[],
  values: readonly string[],
) => `${location.prefix}${partitionName(keys, values)}/`;
