import type { Column, Table, TableInput } from '@aws-sdk/client-glue';
import { ddlError, type Ctas } from '../../sql/ddl';
import { databaseOf, findTable, glue, lower, requireDatabase } from './catalog';
import { ctasOptions } from './ctasProperties';
import { checkWritable, storageForWriter, type FileWriter, type WriteColumn } from './dataFiles';
import type { ResultSet, StatementEnv } from './env';
import {
  checkFolderLocation,
  listKeys,
  locationUri,
  parseS3Location,
  type S3Location,
} from './location';
import { createPartitions } from './partitions';
import { classificationOf } from './storage';
import { ddlTime } from './tables';
import { checkColumnNames, hiveTypeOf } from './typeNames';
import { groupByPartition, partitionFolder, writeFile } from './writeRows';

/** The result columns as table columns; Athena requires partition columns to come last, in order. */
function tableColumns(
  result: ResultSet,
  partitionedBy: string[],
): { data: WriteColumn[]; keys: WriteColumn[] } {
  checkColumnNames(result.columns);
  const columns = result.columns.map((c) => ({
    name: lower(c.name),
    athenaType: c.type,
    hiveType: hiveTypeOf(c.type, c.name),
  }));
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column.name))
      throw ddlError(
        'DUPLICATE_COLUMN_NAME',
        `Column name '${column.name}' specified more than once`,
      );
    seen.add(column.name);
  }
  const tail = columns.slice(columns.length - partitionedBy.length).map((c) => c.name);
  // Athena: "specify the names of partitioned columns last in the list of columns in the SELECT statement" (create-table-as.md).
  if (partitionedBy.length >= columns.length || tail.join() !== partitionedBy.join())
    throw ddlError(
      'HIVE_COLUMN_ORDER_MISMATCH',
      `Partition keys must be the last columns in the table and in the same order as the table properties: [${partitionedBy.join(', ')}]`,
    );
  return {
    data: columns.slice(0, columns.length - partitionedBy.length),
    keys: columns.slice(columns.length - partitionedBy.length),
  };
}

const asColumn = (c: WriteColumn): Column => ({ Name: c.name, Type: c.hiveType });

function ctasTableInput(
  name: string,
  location: string,
  writer: FileWriter,
  data: WriteColumn[],
  keys: WriteColumn[],
  env: StatementEnv,
): TableInput {
  const storage = storageForWriter(writer);
  const classification = classificationOf(storage);
  return {
    Name: name,
    TableType: 'EXTERNAL_TABLE',
    Parameters: {
      EXTERNAL: 'TRUE',
      has_encrypted_data: 'false',
      ...(classification ? { classification } : {}),
      ...(writer.format === 'PARQUET'
        ? {
            'parquet.compression':
              writer.compression === 'NONE' ? 'UNCOMPRESSED' : writer.compression,
          }
        : { 'write.compression': writer.compression }),
      transient_lastDdlTime: ddlTime(env),
    },
    PartitionKeys: keys.map(asColumn),
    StorageDescriptor: {
      Columns: data.map(asColumn),
      Location: location,
      InputFormat: storage.InputFormat,
      OutputFormat: storage.OutputFormat,
      SerdeInfo: storage.SerdeInfo,
      Compressed: false,
      NumberOfBuckets: -1,
      BucketColumns: [],
      SortColumns: [],
      StoredAsSubDirectories: false,
    },
  };
}

/** The CTAS location: external_location (which must be empty) or `<results>/tables/<query id>/`. */
async function targetLocation(
  env: StatementEnv,
  table: string,
  externalLocation: string | undefined,
): Promise<S3Location> {
  const uri =
    externalLocation ??
    `${env.outputLocation.endsWith('/') ? env.outputLocation : `${env.outputLocation}/`}tables/${env.queryId}/`;
  const location = parseS3Location(checkFolderLocation(uri));
  // Athena: the external_location must be empty; CTAS never overwrites data (ctas-considerations-limitations.md).
  if ((await listKeys(env, location)).length > 0)
    throw ddlError(
      'HIVE_PATH_ALREADY_EXISTS',
      `Target directory for table '${table}' already exists: ${locationUri(location)}`,
    );
  return location;
}

/**
 * CREATE TABLE … WITH (…) AS SELECT: runs the query as the caller, writes its rows as real
 * files (Parquet by default, GZIP) under the location, partitioned into k=v folders, then
 * creates the table and its partitions in Glue. Returns Trino's CTAS result: one row, `rows`.
 */
export async function createTableAsSelect(statement: Ctas, env: StatementEnv): Promise<ResultSet> {
  const database = databaseOf(env, statement.table);
  const name = lower(statement.table.name);
  await requireDatabase(env, database, statement.table.at);
  const options = ctasOptions(statement);
  if (await findTable(env, database, name)) {
    if (statement.ifNotExists) return { columns: [{ name: 'rows', type: 'bigint' }], rows: [[0]] };
    throw ddlError(
      'ALREADY_EXISTS',
      `Table '${env.catalog}.${database}.${name}' already exists`,
      statement.table.at,
    );
  }
  const location = await targetLocation(env, `${database}.${name}`, options.externalLocation);
  const result = await env.runQuery(
    statement.withData ? statement.query : `SELECT * FROM (${statement.query}) LIMIT 0`,
  );
  const { data, keys } = tableColumns(result, options.partitionedBy);
  checkWritable(options.writer, data);
  const groups = statement.withData ? groupByPartition(result.rows, keys.length) : [];
  const keyColumns = keys.map(asColumn);
  for (const group of groups)
    await writeFile(
      env,
      location.bucket,
      keys.length > 0 ? partitionFolder(location, keyColumns, group.values) : location.prefix,
      options.writer,
      data,
      group.rows,
    );
  const input = ctasTableInput(name, locationUri(location), options.writer, data, keys, env);
  await glue(env, 'CreateTable', { DatabaseName: database, TableInput: input });
  if (keys.length > 0) {
    const table = (await findTable(env, database, name)) as Table;
    await createPartitions(
      env,
      table,
      groups.map((g) => ({
        values: g.values,
        location: `s3://${location.bucket}/${partitionFolder(location, keyColumns, g.values)}`,
      })),
    );
  }
  return {
    columns: [{ name: 'rows', type: 'bigint' }],
    rows: [[statement.withData ? result.rows.length : 0]],
  };
}
