import type { UtilityStatement } from '../../sql/ddl';
import { alterColumns } from './columns';
import { createTableAsSelect } from './ctas';
import { createDatabase, dropDatabase, showDatabases, showTables, showViews } from './databases';
import { describe, showColumns, showTblProperties } from './describe';
import type { ResultSet, StatementEnv } from './env';
import { explain } from './explain';
import { insertInto } from './insert';
import { msckRepair } from './msck';
import {
  addPartitions,
  dropPartitions,
  setLocation,
  setTblProperties,
  showPartitions,
} from './partitions';
import { showCreateTable } from './showCreate';
import { createExternalTable, dropTable } from './tables';
import { createView, dropView } from './views';

export type { ResultSet, ResultColumn, StatementEnv } from './env';
export { viewQueryOf, prestoViewOf, type PrestoViewDefinition } from './views';
export { hiveTypeOf } from './typeNames';

type Handlers = {
  [K in UtilityStatement['type']]: (
    statement: Extract<UtilityStatement, { type: K }>,
    env: StatementEnv,
  ) => Promise<ResultSet>;
};

const HANDLERS: Handlers = {
  CreateDatabase: createDatabase,
  DropDatabase: dropDatabase,
  CreateExternalTable: createExternalTable,
  DropTable: dropTable,
  MsckRepair: msckRepair,
  AlterAddPartitions: addPartitions,
  AlterDropPartitions: dropPartitions,
  AlterSetLocation: setLocation,
  AlterSetTblProperties: setTblProperties,
  AlterColumns: alterColumns,
  ShowDatabases: showDatabases,
  ShowTables: showTables,
  ShowViews: showViews,
  ShowPartitions: showPartitions,
  ShowColumns: showColumns,
  ShowCreateTable: showCreateTable,
  ShowTblProperties: showTblProperties,
  Describe: describe,
  CreateView: createView,
  DropView: dropView,
  Ctas: createTableAsSelect,
  InsertInto: insertInto,
  Explain: explain,
};

/**
 * Runs a parsed DDL, utility, CTAS, INSERT INTO or EXPLAIN statement against the Glue Data
 * Catalog and S3, as the caller (every change is a ctx.call). DDL returns no rows; SHOW and
 * DESCRIBE return Athena's text lines in one column; CTAS and INSERT INTO return one row,
 * `rows` (bigint), the number of rows written.
 */
export function executeStatement(
  statement: UtilityStatement,
  env: StatementEnv,
): Promise<ResultSet> {
  const handler = HANDLERS[statement.type] as (
    s: UtilityStatement,
    e: StatementEnv,
  ) => Promise<ResultSet>;
  return handler(statement, env);
}
