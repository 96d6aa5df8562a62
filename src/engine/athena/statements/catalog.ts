import type { Database, Partition, Table } from '@aws-sdk/client-glue';
import { isAwsError } from '../../core/errors';
import { ddlError, type SourcePosition, type TableRef } from '../../sql/ddl';
import type { StatementEnv } from './env';

/** Glue stores database and table names in lower case. */
export const lower = (name: string) => name.toLowerCase();

export function databaseOf(env: StatementEnv, ref: { database?: string }): string {
  return lower(ref.database ?? env.database);
}

/**
 * A Glue call as the caller. Access denied becomes Athena's failure: Athena reports the
 * catalog's refusal as "Insufficient permissions to execute the query" (access-denied.md).
 */
export async function glue<O>(env: StatementEnv, operation: string, input: unknown): Promise<O> {
  try {
    return await env.ctx.call<O>('glue', operation, input);
  } catch (error) {
    if (isAwsError(error) && error.name === 'AccessDeniedException')
      throw ddlError(
        'PERMISSION_DENIED',
        `Insufficient permissions to execute the query. ${error.message}`,
      );
    throw error;
  }
}

const isNotFound = (error: unknown) =>
  isAwsError(error) && error.name === 'EntityNotFoundException';

export async function findDatabase(env: StatementEnv, name: string): Promise<Database | undefined> {
  try {
    return (await glue<{ Database: Database }>(env, 'GetDatabase', { Name: name })).Database;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export function schemaNotFound(database: string, at?: SourcePosition): Error {
  // Hive DDL: "Database does not exist: <name>" (SemanticException 10072).
  return ddlError('SCHEMA_NOT_FOUND', `Database does not exist: ${database}`, at);
}

export async function requireDatabase(
  env: StatementEnv,
  name: string,
  at?: SourcePosition,
): Promise<Database> {
  const database = await findDatabase(env, name);
  if (!database) throw schemaNotFound(name, at);
  return database;
}

export async function findTable(
  env: StatementEnv,
  database: string,
  name: string,
): Promise<Table | undefined> {
  try {
    return (
      await glue<{ Table: Table }>(env, 'GetTable', { DatabaseName: database, Name: lower(name) })
    ).Table;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** The table a statement names, or SCHEMA_NOT_FOUND / TABLE_NOT_FOUND at its position. */
export async function requireTable(env: StatementEnv, ref: TableRef): Promise<Table> {
  const database = databaseOf(env, ref);
  const table = await findTable(env, database, ref.name);
  if (table) return table;
  await requireDatabase(env, database, ref.at);
  // Hive DDL: "Table not found <db>.<name>" (SemanticException 10001).
  throw ddlError('TABLE_NOT_FOUND', `Table not found ${database}.${lower(ref.name)}`, ref.at);
}

export const isView = (table: Table) => table.TableType === 'VIRTUAL_VIEW';

/** Every page of a Glue listing. */
async function allPages<T>(
  env: StatementEnv,
  operation: string,
  input: Record<string, unknown>,
  field: string,
): Promise<T[]> {
  const items: T[] = [];
  let NextToken: string | undefined;
  do {
    const page = await glue<Record<string, unknown>>(env, operation, {
      ...input,
      ...(NextToken ? { NextToken } : {}),
    });
    items.push(...((page[field] as T[] | undefined) ?? []));
    NextToken = page['NextToken'] as string | undefined;
  } while (NextToken);
  return items;
}

export const allDatabases = (env: StatementEnv) =>
  allPages<Database>(env, 'GetDatabases', {}, 'DatabaseList');

export const allTables = (env: StatementEnv, database: string) =>
  allPages<Table>(env, 'GetTables', { DatabaseName: database }, 'TableList');

export const allPartitions = (env: StatementEnv, database: string, table: string) =>
  allPages<Partition>(
    env,
    'GetPartitions',
    { DatabaseName: database, TableName: table },
    'Partitions',
  );

/**
 * Hive's SHOW DATABASES / SHOW TABLES pattern: `*` means any characters (`.*` too), `|` separates
 * alternatives, matched against the whole name, case-insensitively (show-tables.md, show-databases.md).
 */
export function hivePattern(pattern: string): (name: string) => boolean {
  const alternatives = pattern
    .split('|')
    .map((part) => part.trim().replace(/(?<!\.)\*/g, '.*'))
    .map((part) => {
      try {
        return new RegExp(`^(?:${part})$`, 'i');
      } catch {
        throw ddlError(
          'SYNTAX_ERROR',
          `The pattern '${pattern}' is not a valid regular expression.`,
        );
      }
    });
  return (name) => alternatives.some((regex) => regex.test(name));
}
