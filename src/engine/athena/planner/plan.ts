import type { OperationContext } from '../../core/operations';
import type { TableRef } from '../../sql/dialect';
import type { Query } from '../../sql/dialect/ast';
import { dataCatalogOf } from '../dataCatalogs';
import { connectorFor } from '../federated/connectors';
import { AthenaQueryError } from '../queryError';
import { planGlueTable, type PlanView } from './glueTablePlan';
import { loadDialect, loadQueryParser, loadStatements } from './loadModules';
import {
  GLUE_CATALOG,
  sqliteNameOf,
  type PlanEnv,
  type Planning,
  type QueryPlan,
  type Resolved,
} from './planning';
import { bothFilters, itemKey, NO_FILTER, whereFilter, type ColumnFilter } from './pruning';
import { withSqlErrors } from './sqlError';
import { filterThroughView, viewColumnMap } from './viewPushdown';

export type { PlanEnv, QueryPlan } from './planning';

/** One query text being planned: the outer query, or a view's query expanded inside it. */
interface QueryScope {
  ast: Query;
  /** The filter the enclosing query puts on each FROM item (by itemKey) of this view's query. */
  pushed: (item: string) => ColumnFilter;
  /** Each table reference of this text, by its position. */
  resolved: Map<string, Resolved>;
}

const planView: PlanView = async (p, view, ref, filter) => {
  if (p.depth > 8)
    throw new AthenaQueryError(
      'NOT_SUPPORTED',
      `line ${ref.line}:${ref.column}: Views nest too deeply.`,
    );
  const { viewQueryOf } = await loadStatements();
  const sql = viewQueryOf(view);
  if (!sql)
    throw new AthenaQueryError(
      'HIVE_METASTORE_ERROR',
      `View ${view.DatabaseName}.${view.Name} has no query text.`,
    );
  const inner = await translateWithin(
    { ...p, depth: p.depth + 1, env: { ...p.env, database: view.DatabaseName } },
    sql,
    (ast) => {
      // Athena (Trino) expands the view and pushes the outer filter down to its tables' scans.
      const map = viewColumnMap(ast);
      return map ? (item) => filterThroughView(filter, map, item) : () => NO_FILTER;
    },
  );
  return { subquery: inner.sqlite, columns: inner.outputColumns };
};

function planFederated(
  p: Planning,
  ref: TableRef,
  catalogName: string,
  database: string,
): Resolved {
  const catalog = dataCatalogOf(p.ctx, catalogName);
  const where = `line ${ref.line}:${ref.column}`;
  if (!catalog)
    throw new AthenaQueryError(
      'CATALOG_NOT_FOUND',
      `${where}: Catalog '${catalogName}' does not exist`,
    );
  const fn = catalog.Parameters.function ?? catalog.Parameters['record-function'] ?? '';
  const db = connectorFor(fn)
    .databases(p.ctx.world)
    .find((d) => d.name === database);
  if (!db)
    throw new AthenaQueryError('SCHEMA_NOT_FOUND', `${where}: Schema '${database}' does not exist`);
  const table = db.tables.find((t) => t.name === ref.table);
  if (!table)
    throw new AthenaQueryError(
      'TABLE_NOT_FOUND',
      `${where}: Table '${catalogName.toLowerCase()}.${database}.${ref.table}' does not exist`,
    );
  const sqliteName = sqliteNameOf(catalog.Name.toLowerCase(), database, table.name);
  const rows = p.metadataOnly ? [] : table.rows;
  // Federated sources are not S3: Athena reports the bytes the connector returned, per scan.
  p.scanned.bytes += rows.reduce(
    (sum, row) => sum + row.reduce<number>((s, v) => s + String(v ?? '').length + 1, 0),
    0,
  );
  p.details.columnsRead[`${catalog.Name}.${database}.${table.name}`] = 'all';
  if (!p.tables.some((t) => t.sqliteName === sqliteName))
    p.tables.push({
      sqliteName,
      format: 'csv',
      columns: table.columns,
      partitionKeys: [],
      files: [],
      rows,
    });
  return { sqliteName, columns: table.columns };
}

async function resolveRef(p: Planning, scope: QueryScope, ref: TableRef): Promise<void> {
  const catalog = (ref.catalog ?? p.env.catalog).toLowerCase();
  const database = (ref.database ?? p.env.database).toLowerCase();
  const label =
    catalog === GLUE_CATALOG ? `${database}.${ref.table}` : `${catalog}.${database}.${ref.table}`;
  if (!p.details.tables.includes(label)) p.details.tables.push(label);
  const key = itemKey(ref);
  const filter = bothFilters(whereFilter(scope.ast, key), scope.pushed(key));
  scope.resolved.set(
    key,
    catalog === GLUE_CATALOG
      ? await planGlueTable(p, ref, database, filter, planView)
      : planFederated(p, ref, catalog, database),
  );
}

async function translateWithin(
  p: Planning,
  sql: string,
  pushdown: (ast: Query) => (item: string) => ColumnFilter = () => () => NO_FILTER,
) {
  const dialect = await loadDialect();
  const analysis = withSqlErrors(() => dialect.analyzeQuery(sql));
  Object.assign(p.columnsUsed, analysis.columns);
  const { parseStatement } = await loadQueryParser();
  // The translator accepted the query, so the parser does too; pruning uses its AST.
  const ast = parseStatement(sql);
  const scope: QueryScope = { ast, pushed: pushdown(ast), resolved: new Map() };
  for (const ref of analysis.tables) await resolveRef(p, scope, ref);
  return withSqlErrors(() =>
    dialect.translateQuery(sql, (ref) => {
      const resolved = scope.resolved.get(itemKey(ref));
      if (!resolved)
        throw new AthenaQueryError(
          'TABLE_NOT_FOUND',
          `line ${ref.line}:${ref.column}: Table '${(ref.catalog ?? p.env.catalog).toLowerCase()}.${(ref.database ?? p.env.database).toLowerCase()}.${ref.table}' does not exist`,
        );
      return resolved;
    }),
  );
}

/**
 * Plans a SELECT as the caller: its tables (views expanded), the partitions and files each scan
 * reads, the bytes scanned, and the SQLite query. With `metadataOnly` it only checks the query
 * against the catalog and reads nothing (bytesScanned 0), for DDL and EXPLAIN.
 */
export async function planQuery(
  ctx: OperationContext,
  sql: string,
  env: PlanEnv,
  options: { metadataOnly?: boolean } = {},
): Promise<QueryPlan> {
  const metadataOnly = options.metadataOnly === true;
  const p: Planning = {
    ctx,
    env,
    columnsUsed: {},
    tables: [],
    scans: new Map(),
    metadataOnly,
    details: {
      tables: [],
      partitionsRead: 0,
      partitionsPruned: 0,
      filesRead: 0,
      filesDecoded: 0,
      columnsRead: {},
    },
    scanned: { bytes: 0 },
    depth: 0,
  };
  const translated = await translateWithin(p, sql);
  return {
    request: {
      id: env.queryId,
      sql: translated.sqlite,
      tables: p.tables,
      // Empty tables of a catalog check must not replace the sandbox's loaded ones.
      sandboxKey: metadataOnly ? `${env.sandboxKey}#catalog` : env.sandboxKey,
      nowMs: ctx.now,
    },
    outputColumns: translated.outputColumns,
    bytesScanned: p.scanned.bytes,
    details: p.details,
  };
}
