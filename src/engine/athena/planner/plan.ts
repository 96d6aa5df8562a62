import type { OperationContext } from '../../core/operations';
import type { GlueTable } from '../../glue/state';
import type { TableRef } from '../../sql/dialect';
import { dataCatalogOf } from '../dataCatalogs';
import { connectorFor } from '../federated/connectors';
import { AthenaQueryError } from '../queryError';
import { planGlueTable } from './glueTablePlan';
import { loadDialect, loadQueryParser, loadStatements } from './loadModules';
import {
  GLUE_CATALOG,
  sqliteNameOf,
  type PlanEnv,
  type Planning,
  type QueryPlan,
  type Resolved,
} from './planning';
import { withSqlErrors } from './sqlError';

export type { PlanEnv, QueryPlan } from './planning';

async function planView(p: Planning, view: GlueTable, ref: TableRef): Promise<Resolved> {
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
  );
  return { subquery: inner.sqlite, columns: inner.outputColumns };
}

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
  // Federated sources are not S3: Athena reports the bytes the connector returned.
  p.scanned.bytes += table.rows.reduce(
    (sum, row) => sum + row.reduce<number>((s, v) => s + String(v ?? '').length + 1, 0),
    0,
  );
  p.details.columnsRead[`${catalog.Name}.${database}.${table.name}`] = 'all';
  p.tables.push({
    sqliteName,
    format: 'csv',
    columns: table.columns,
    partitionKeys: [],
    files: [],
    rows: table.rows,
  });
  return { sqliteName, columns: table.columns };
}

async function resolveRef(p: Planning, ref: TableRef): Promise<void> {
  const catalog = (ref.catalog ?? p.env.catalog).toLowerCase();
  const database = (ref.database ?? p.env.database).toLowerCase();
  const id = `${catalog}.${database}.${ref.table}`;
  const bytes = p.bytesOfTable.get(id);
  // Each reference is its own table scan (a self-join reads the table twice, and bills it twice).
  if (bytes !== undefined) {
    p.scanned.bytes += bytes;
    return;
  }
  p.details.tables.push(catalog === GLUE_CATALOG ? `${database}.${ref.table}` : id);
  const before = p.scanned.bytes;
  p.resolved.set(
    id,
    catalog === GLUE_CATALOG
      ? await planGlueTable(p, ref, database, planView)
      : planFederated(p, ref, catalog, database),
  );
  p.bytesOfTable.set(id, p.scanned.bytes - before);
}

async function translateWithin(p: Planning, sql: string) {
  const dialect = await loadDialect();
  const analysis = withSqlErrors(() => dialect.analyzeQuery(sql));
  Object.assign(p.columnsUsed, analysis.columns);
  const { parseStatement } = await loadQueryParser();
  // The translator accepted the query, so the parser does too; pruning uses its AST.
  p.ast = parseStatement(sql);
  for (const ref of analysis.tables) await resolveRef(p, ref);
  return withSqlErrors(() =>
    dialect.translateQuery(sql, (ref) => {
      const id = `${(ref.catalog ?? p.env.catalog).toLowerCase()}.${(ref.database ?? p.env.database).toLowerCase()}.${ref.table}`;
      const resolved = p.resolved.get(id);
      if (!resolved)
        throw new AthenaQueryError(
          'TABLE_NOT_FOUND',
          `line ${ref.line}:${ref.column}: Table '${id}' does not exist`,
        );
      return resolved;
    }),
  );
}

export async function planQuery(
  ctx: OperationContext,
  sql: string,
  env: PlanEnv,
): Promise<QueryPlan> {
  const p: Planning = {
    ctx,
    env,
    columnsUsed: {},
    ast: undefined,
    tables: [],
    resolved: new Map(),
    bytesOfTable: new Map(),
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
      sandboxKey: env.sandboxKey,
      nowMs: ctx.now,
    },
    outputColumns: translated.outputColumns,
    bytesScanned: p.scanned.bytes,
    details: p.details,
  };
}
