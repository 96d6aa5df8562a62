import type { Column, TableInput } from '@aws-sdk/client-glue';
import { hiveTypeProblem } from '../../glue/hiveTypes';
import { ddlError, type ColumnDef, type CreateExternalTable, type DropTable } from '../../sql/ddl';
import {
  databaseOf,
  findTable,
  glue,
  isView,
  lower,
  requireDatabase,
  requireTable,
} from './catalog';
import { EMPTY_RESULT, type ResultSet, type StatementEnv } from './env';
import { checkFolderLocation } from './location';
import { classificationOf, storageOf } from './storage';

/** Athena/Hive column definitions as Glue columns; types are checked as Glue checks them. */
export function glueColumns(columns: readonly ColumnDef[]): Column[] {
  return columns.map((column) => {
    const problem = hiveTypeProblem(column.type);
    if (problem !== undefined)
      throw ddlError(
        'SYNTAX_ERROR',
        `Unknown type '${column.type}' for column '${column.name}': ${problem}`,
      );
    return {
      Name: lower(column.name),
      Type: column.type,
      ...(column.comment !== undefined ? { Comment: column.comment } : {}),
    };
  });
}

/** Hive records the DDL time in every table it creates: `transient_lastDdlTime`, epoch seconds. */
export const ddlTime = (env: StatementEnv) => String(Math.floor(env.ctx.now / 1000));

function tableInputOf(
  statement: CreateExternalTable,
  env: StatementEnv,
  location: string,
): TableInput {
  const storage = storageOf(statement);
  const classification = classificationOf(storage);
  const columns = glueColumns(statement.columns);
  const partitionKeys = glueColumns(statement.partitionedBy);
  const clash = partitionKeys.find((key) => columns.some((column) => column.Name === key.Name));
  if (clash)
    throw ddlError('SYNTAX_ERROR', `Column repeated in partitioning columns: ${clash.Name ?? ''}`);
  return {
    Name: lower(statement.table.name),
    Owner: 'hadoop',
    TableType: 'EXTERNAL_TABLE',
    // Athena: COMMENT creates the `comment` table property; EXTERNAL=TRUE marks the data as not owned (create-table.md).
    Parameters: {
      EXTERNAL: 'TRUE',
      ...(classification !== undefined ? { classification } : {}),
      ...(statement.comment !== undefined ? { comment: statement.comment } : {}),
      ...statement.tblProperties,
      transient_lastDdlTime: ddlTime(env),
    },
    PartitionKeys: partitionKeys,
    StorageDescriptor: {
      Columns: columns,
      Location: location,
      InputFormat: storage.InputFormat,
      OutputFormat: storage.OutputFormat,
      SerdeInfo: storage.SerdeInfo,
      Compressed: false,
      // Hive stores -1 buckets for a table that is not bucketed (describe-table.md, "Num Buckets: -1").
      NumberOfBuckets: statement.clusteredBy?.buckets ?? -1,
      BucketColumns: (statement.clusteredBy?.columns ?? []).map(lower),
      SortColumns: [],
      StoredAsSubDirectories: false,
    },
  };
}

export async function createExternalTable(
  statement: CreateExternalTable,
  env: StatementEnv,
): Promise<ResultSet> {
  const database = databaseOf(env, statement.table);
  await requireDatabase(env, database, statement.table.at);
  if (await findTable(env, database, statement.table.name)) {
    // Athena: IF NOT EXISTS cancels the statement before the catalog is called (create-table.md).
    if (statement.ifNotExists) return EMPTY_RESULT;
    throw ddlError(
      'ALREADY_EXISTS',
      `Table ${database}.${lower(statement.table.name)} already exists`,
      statement.table.at,
    );
  }
  if (statement.location === undefined)
    throw ddlError(
      'INVALID_TABLE_PROPERTY',
      'CREATE EXTERNAL TABLE needs a LOCATION: the S3 folder that holds the data.',
      statement.table.at,
    );
  if (statement.columns.length === 0)
    throw ddlError('SYNTAX_ERROR', 'A table needs at least one column.', statement.table.at);
  const location = checkFolderLocation(statement.location, statement.table.at);
  await glue(env, 'CreateTable', {
    DatabaseName: database,
    TableInput: tableInputOf(statement, env, location),
  });
  return EMPTY_RESULT;
}

export async function dropTable(statement: DropTable, env: StatementEnv): Promise<ResultSet> {
  const database = databaseOf(env, statement.table);
  const table = statement.ifExists
    ? await findTable(env, database, statement.table.name)
    : await requireTable(env, statement.table);
  if (!table) return EMPTY_RESULT;
  // Hive: "Cannot drop a view with DROP TABLE"; the view is dropped with DROP VIEW.
  if (isView(table))
    throw ddlError(
      'NOT_SUPPORTED',
      'Cannot drop a view with DROP TABLE. Use DROP VIEW.',
      statement.table.at,
    );
  // Athena: dropping an external table removes only its metadata; the data stays in S3 (drop-table.md).
  await glue(env, 'DeleteTable', { DatabaseName: database, Name: table.Name });
  return EMPTY_RESULT;
}
