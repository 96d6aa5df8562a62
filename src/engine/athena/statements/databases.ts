import {
  ddlError,
  type CreateDatabase,
  type DropDatabase,
  type ShowDatabases,
  type ShowTables,
  type ShowViews,
} from '../../sql/ddl';
import {
  allDatabases,
  allTables,
  findDatabase,
  glue,
  isView,
  hivePattern,
  lower,
  schemaNotFound,
} from './catalog';
import { EMPTY_RESULT, linesResult, type ResultSet, type StatementEnv } from './env';
import { checkFolderLocation } from './location';

export async function createDatabase(
  statement: CreateDatabase,
  env: StatementEnv,
): Promise<ResultSet> {
  const name = lower(statement.name);
  if (await findDatabase(env, name)) {
    if (statement.ifNotExists) return EMPTY_RESULT;
    // Hive DDLTask: "Database <name> already exists".
    throw ddlError('ALREADY_EXISTS', `Database ${name} already exists`);
  }
  await glue(env, 'CreateDatabase', {
    DatabaseInput: {
      Name: name,
      ...(statement.comment !== undefined ? { Description: statement.comment } : {}),
      ...(statement.location !== undefined
        ? { LocationUri: checkFolderLocation(statement.location) }
        : {}),
      ...(Object.keys(statement.properties).length > 0 ? { Parameters: statement.properties } : {}),
    },
  });
  return EMPTY_RESULT;
}

export async function dropDatabase(statement: DropDatabase, env: StatementEnv): Promise<ResultSet> {
  const name = lower(statement.name);
  if (!(await findDatabase(env, name))) {
    if (statement.ifExists) return EMPTY_RESULT;
    throw schemaNotFound(name);
  }
  // Hive: DROP DATABASE is RESTRICT unless CASCADE; a database with tables cannot be dropped (drop-database.md).
  if (!statement.cascade && (await allTables(env, name)).length > 0)
    throw ddlError(
      'INVALID_OPERATION',
      `Database ${name} is not empty. One or more tables exist. Drop them first, or use DROP DATABASE ${name} CASCADE.`,
    );
  await glue(env, 'DeleteDatabase', { Name: name });
  return EMPTY_RESULT;
}

/** SHOW DATABASES → one column `database_name`, sorted (Hive's schema for SHOW DATABASES). */
export async function showDatabases(
  statement: ShowDatabases,
  env: StatementEnv,
): Promise<ResultSet> {
  const matches = statement.like === undefined ? () => true : hivePattern(statement.like);
  const names = (await allDatabases(env))
    .map((db) => db.Name ?? '')
    .filter(matches)
    .sort();
  return linesResult('database_name', names);
}

/** SHOW TABLES → one column `tab_name`, tables and views, sorted (show-tables.md). */
export async function showTables(statement: ShowTables, env: StatementEnv): Promise<ResultSet> {
  const database = lower(statement.database ?? env.database);
  if (!(await findDatabase(env, database))) throw schemaNotFound(database);
  const matches = statement.pattern === undefined ? () => true : hivePattern(statement.pattern);
  const names = (await allTables(env, database))
    .map((table) => table.Name ?? '')
    .filter(matches)
    .sort();
  return linesResult('tab_name', names);
}

/** SHOW VIEWS → the view names, one string per row (show-views.md); Hive's column is `tab_name`. */
export async function showViews(statement: ShowViews, env: StatementEnv): Promise<ResultSet> {
  const database = lower(statement.database ?? env.database);
  if (!(await findDatabase(env, database))) throw schemaNotFound(database);
  const matches = statement.pattern === undefined ? () => true : hivePattern(statement.pattern);
  const names = (await allTables(env, database))
    .filter(isView)
    .map((table) => table.Name ?? '')
    .filter(matches)
    .sort();
  return linesResult('tab_name', names);
}
