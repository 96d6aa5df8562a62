import type { OperationContext } from '../../core/operations';
import { isAwsError } from '../../core/errors';
import { tableOf } from '../../glue/catalogReads';
import type { GluePartition, GlueTable } from '../../glue/state';
import type { SqlColumn, SqlRunRequest, SqlTableInput } from '../../sql/runner';
import type { TableRef } from '../../sql/dialect';
import type { Query } from '../../sql/dialect/ast';
import { dataCatalogOf } from '../dataCatalogs';
import { connectorFor } from '../federated/connectors';
import { AthenaQueryError } from '../queryError';
import type { ExecutionDetails } from '../state';
import { bytesReadFrom } from './bytesScanned';
import { readLocation, type ReadFile } from './files';
import { loadDialect, loadQueryParser, loadStatements } from './loadModules';
import { partitionPredicates } from './pruning';
import { sandboxFor } from './lakeFormation';
import { tableFormatOf } from './tableFormat';
import { withSqlErrors } from './sqlError';

export interface PlanEnv {
  catalog: string;
  database: string;
  queryId: string;
  sandboxKey: string;
}

export interface QueryPlan {
  request: SqlRunRequest;
  outputColumns: { name: string; type: string }[];
  bytesScanned: number;
  details: ExecutionDetails;
}

type Resolved =
  | { sqliteName: string; columns: { name: string; type: string }[] }
  | { subquery: string; columns: { name: string; type: string }[] };

interface Planning {
  ctx: OperationContext;
  env: PlanEnv;
  columnsUsed: Record<string, string[] | '*'>;
  /** The parsed query being planned (a view's own query while planning the view), for pruning. */
  ast: Query | undefined;
  tables: SqlTableInput[];
  resolved: Map<string, Resolved>;
  /** Bytes one scan of each resolved table reads. */
  bytesOfTable: Map<string, number>;
  details: ExecutionDetails;
  scanned: { bytes: number };
  depth: number;
}

const GLUE_CATALOG = 'awsdatacatalog';
const sqliteNameOf = (...parts: string[]) => parts.join('__').replace(/[^\w]/g, '_');

async function glueTable(
  p: Planning,
  database: string,
  table: string,
  ref: TableRef,
): Promise<GlueTable> {
  try {
    const out = await p.ctx.call<{ Table: GlueTable }>('glue', 'GetTable', {
      DatabaseName: database,
      Name: table,
    });
    return out.Table;
  } catch (error) {
    if (!isAwsError(error)) throw error;
    const where = `line ${ref.line}:${ref.column}`;
    if (error.name === 'EntityNotFoundException') {
      const dbExists = await p.ctx.call('glue', 'GetDatabase', { Name: database }).then(
        () => true,
        () => false,
      );
      throw dbExists
        ? new AthenaQueryError(
            'TABLE_NOT_FOUND',
            `${where}: Table '${GLUE_CATALOG}.${database}.${table}' does not exist`,
          )
        : new AthenaQueryError('SCHEMA_NOT_FOUND', `${where}: Schema '${database}' does not exist`);
    }
    throw new AthenaQueryError(
      'PERMISSION_DENIED',
      `${where}: Insufficient permissions to execute the query. ${error.message}`,
    );
  }
}

async function partitionsOf(p: Planning, table: GlueTable): Promise<GluePartition[]> {
  const all: GluePartition[] = [];
  let token: string | undefined;
  do {
    const page = await p.ctx.call<{ Partitions?: GluePartition[]; NextToken?: string }>(
      'glue',
      'GetPartitions',
      {
        DatabaseName: table.DatabaseName,
        TableName: table.Name,
        ...(token ? { NextToken: token } : {}),
      },
    );
    all.push(...(page.Partitions ?? []));
    token = page.NextToken;
  } while (token);
  return all;
}

function columnsRead(
  p: Planning,
  key: string,
  table: string,
  dataColumns: string[],
): string[] | 'all' {
  const used = p.columnsUsed[key] ?? p.columnsUsed[table];
  if (used === undefined || used === '*') return 'all';
  const wanted = new Set(used.map((c) => c.toLowerCase()));
  return dataColumns.filter((c) => wanted.has(c));
}

async function planGlueTable(p: Planning, ref: TableRef, database: string): Promise<Resolved> {
  const table = await glueTable(p, database, ref.table, ref);
  const key = `${table.DatabaseName}.${table.Name}`;
  if (table.TableType === 'VIRTUAL_VIEW') return planView(p, table, ref);
  const format = tableFormatOf(table);
  if ('unsupported' in format)
    throw new AthenaQueryError(
      'NOT_SUPPORTED',
      `LakeLab reads CSV, JSON and Parquet tables; ${key} uses ${format.unsupported}.`,
    );
  const sandbox = sandboxFor(p.ctx, table, `line ${ref.line}:${ref.column}`);
  const permitted = (c: SqlColumn) => !sandbox.columns || sandbox.columns.has(c.name);
  // GetTable shows a principal only its permitted columns; text files are read by position, so
  // the positions come from the full definition (the sandbox still gets only permitted columns).
  const full = tableOf(p.ctx.world, table.DatabaseName, table.Name) ?? table;
  const allData: SqlColumn[] = (full.StorageDescriptor?.Columns ?? []).map((c, fieldIndex) => ({
    name: (c.Name ?? '').toLowerCase(),
    type: c.Type ?? 'string',
    fieldIndex,
  }));
  const keys: SqlColumn[] = full.PartitionKeys.map((c) => ({
    name: (c.Name ?? '').toLowerCase(),
    type: c.Type ?? 'string',
  }));
  // Only permitted columns reach the sandbox; fieldIndex keeps each one's position in text files.
  const filterOnly = (c: SqlColumn) =>
    !permitted(c) && sandbox.filterColumns.has(c.name) ? [{ ...c, filterOnly: true }] : [];
  const dataColumns = allData.flatMap((c) => (permitted(c) ? [c] : filterOnly(c)));
  const keysShown = keys.flatMap((c) => (permitted(c) ? [c] : filterOnly(c)));
  const visible = (c: SqlColumn) => !c.filterOnly;
  const sources: { location: string; values: Record<string, string> }[] = [];
  if (keys.length === 0)
    sources.push({ location: table.StorageDescriptor?.Location ?? '', values: {} });
  else {
    const predicate = partitionPredicates(
      p.ast,
      [{ database: table.DatabaseName, table: table.Name, partitionKeys: keys.map((k) => k.name) }],
      p.env.database,
    ).get(key);
    const partitions = await partitionsOf(p, table);
    for (const partition of partitions) {
      const values = Object.fromEntries(keys.map((k, i) => [k.name, partition.Values[i] ?? '']));
      if (predicate && !predicate(values)) {
        p.details.partitionsPruned += 1;
        continue;
      }
      p.details.partitionsRead += 1;
      sources.push({ location: partition.StorageDescriptor?.Location ?? '', values });
    }
  }
  const read = columnsRead(
    p,
    key,
    table.Name,
    dataColumns.map((c) => c.name),
  );
  p.details.columnsRead[key] = read;
  const files: SqlTableInput['files'] = [];
  for (const source of sources) {
    if (!source.location)
      throw new AthenaQueryError('HIVE_METASTORE_ERROR', `Table ${key} has no location.`);
    for (const file of await readLocation(
      p.ctx,
      source.location,
      p.env.database,
      sandbox.vendedCredentials,
    )) {
      p.scanned.bytes += bytesOf(format.format, file, read);
      files.push({ ...file, partitionValues: source.values });
    }
  }
  p.details.filesRead += files.length;
  const sqliteName = sqliteNameOf(table.DatabaseName, table.Name);
  p.tables.push({
    sqliteName,
    format: format.format,
    ...(format.text ? { text: format.text } : {}),
    columns: [...dataColumns, ...keysShown],
    partitionKeys: keysShown.map((k) => k.name),
    ...(sandbox.rowFilter ? { rowFilter: sandbox.rowFilter } : {}),
    files: files.map(({ bucket, key: k, etag, bytes, partitionValues }) => ({
      bucket,
      key: k,
      etag,
      bytes,
      partitionValues,
    })),
  });
  return { sqliteName, columns: [...dataColumns, ...keysShown].filter(visible) };
}

function bytesOf(
  format: 'csv' | 'json' | 'parquet',
  file: ReadFile,
  columns: string[] | 'all',
): number {
  try {
    return bytesReadFrom(format, file.bytes, columns);
  } catch {
    throw new AthenaQueryError(
      'HIVE_BAD_DATA',
      `Error reading file s3://${file.bucket}/${file.key}: it is not a valid ${format === 'parquet' ? 'Parquet' : format.toUpperCase()} file.`,
    );
  }
}

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
      ? await planGlueTable(p, ref, database)
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
