import type { Table, TableInput } from '@aws-sdk/client-glue';
import { ddlError, type CreateView, type DropView } from '../../sql/ddl';
import { databaseOf, findTable, glue, isView, lower, requireDatabase } from './catalog';
import { fromBase64, toBase64 } from './base64';
import { EMPTY_RESULT, type ResultSet, type StatementEnv } from './env';
import { checkColumnNames, hiveTypeOf } from './typeNames';

const PRESTO_VIEW = /^\/\* Presto View: ([A-Za-z0-9+/=\s]*) \*\/$/;

/** The definition Athena stores base64-encoded in a view's ViewOriginalText (Trino's view JSON). */
export interface PrestoViewDefinition {
  originalSql: string;
  catalog: string;
  schema: string;
  columns: { name: string; type: string }[];
  owner?: string;
  runAsInvoker?: boolean;
}

export function prestoViewOf(
  table: Pick<Table, 'ViewOriginalText'>,
): PrestoViewDefinition | undefined {
  const match = PRESTO_VIEW.exec(table.ViewOriginalText?.trim() ?? '');
  const json = match ? fromBase64(match[1] ?? '') : undefined;
  if (json === undefined) return undefined;
  try {
    const definition = JSON.parse(json) as PrestoViewDefinition;
    return typeof definition.originalSql === 'string' ? definition : undefined;
  } catch {
    return undefined;
  }
}

/** A view's SQL, decoded from `/* Presto View: <base64 JSON> *\/`; undefined for anything else. */
export function viewQueryOf(table: Pick<Table, 'ViewOriginalText'>): string | undefined {
  return prestoViewOf(table)?.originalSql;
}

/**
 * An Athena view in Glue: TableType VIRTUAL_VIEW, ViewOriginalText `/* Presto View: <base64> *\/`,
 * ViewExpandedText `/* Presto View *\/`, parameters presto_view=true and comment "Presto View"
 * (Glue Table.ViewOriginalText: "if the table is a VIRTUAL_VIEW, certain Athena configuration encoded in base64").
 */
function viewInput(name: string, definition: PrestoViewDefinition): TableInput {
  return {
    Name: name,
    TableType: 'VIRTUAL_VIEW',
    Parameters: { presto_view: 'true', comment: 'Presto View' },
    ViewOriginalText: `/* Presto View: ${toBase64(JSON.stringify(definition))} */`,
    ViewExpandedText: '/* Presto View */',
    PartitionKeys: [],
    StorageDescriptor: {
      // A view may expose a bare NULL (type unknown); Glue still needs a column type.
      Columns: definition.columns.map((c) => ({
        Name: c.name,
        Type: c.type === 'unknown' ? 'string' : hiveTypeOf(c.type, c.name),
      })),
      Location: '',
      SerdeInfo: {},
      Compressed: false,
      NumberOfBuckets: 0,
      SortColumns: [],
      StoredAsSubDirectories: false,
    },
  };
}

export async function createView(statement: CreateView, env: StatementEnv): Promise<ResultSet> {
  const database = databaseOf(env, statement.view);
  await requireDatabase(env, database, statement.view.at);
  const name = lower(statement.view.name);
  const existing = await findTable(env, database, name);
  if (existing && !isView(existing))
    throw ddlError(
      'ALREADY_EXISTS',
      `Table already exists: ${database}.${name}, and it is not a view.`,
      statement.view.at,
    );
  if (existing && !statement.orReplace)
    throw ddlError(
      'ALREADY_EXISTS',
      `View already exists: '${env.catalog}.${database}.${name}'`,
      statement.view.at,
    );
  // The view's columns are the query's result columns; the query runs as the caller, so it must be valid now.
  const shape = await env.runQuery(`SELECT * FROM (${statement.query}) LIMIT 0`);
  checkColumnNames(shape.columns);
  const definition: PrestoViewDefinition = {
    originalSql: statement.query,
    catalog: env.catalog,
    schema: database,
    columns: shape.columns.map((c) => ({ name: c.name, type: c.type })),
    owner: env.ctx.principal.callerArn,
    runAsInvoker: false,
  };
  const TableInput = viewInput(name, definition);
  await glue(env, existing ? 'UpdateTable' : 'CreateTable', { DatabaseName: database, TableInput });
  return EMPTY_RESULT;
}

export async function dropView(statement: DropView, env: StatementEnv): Promise<ResultSet> {
  const database = databaseOf(env, statement.view);
  const existing = await findTable(env, database, statement.view.name);
  if (!existing || !isView(existing)) {
    if (statement.ifExists && !existing) return EMPTY_RESULT;
    // Trino: DROP VIEW of a table fails as "View … does not exist".
    throw ddlError(
      'TABLE_NOT_FOUND',
      `View '${env.catalog}.${database}.${lower(statement.view.name)}' does not exist`,
      statement.view.at,
    );
  }
  await glue(env, 'DeleteTable', { DatabaseName: database, Name: existing.Name });
  return EMPTY_RESULT;
}
