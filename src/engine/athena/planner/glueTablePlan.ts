import { isAwsError } from '../../core/errors';
import { tableOf } from '../../glue/catalogReads';
import type { GluePartition, GlueTable } from '../../glue/state';
import type { TableRef } from '../../sql/dialect';
import type { SqlColumn, SqlTableInput } from '../../sql/runner';
import { AthenaQueryError } from '../queryError';
import { bytesReadFrom } from './bytesScanned';
import { readLocation, type ReadFile } from './files';
import { sandboxFor, type TableSandbox } from './lakeFormation';
import {
  freeSqliteName,
  GLUE_CATALOG,
  sqliteNameOf,
  type Planning,
  type Resolved,
} from './planning';
import type { ColumnFilter } from './pruning';
import { tableFormatOf, type TableFormat } from './tableFormat';

type Format = TableFormat['format'];

/** Plans a view reference: its query expanded, with the filter the enclosing query puts on it. */
export type PlanView = (
  p: Planning,
  view: GlueTable,
  ref: TableRef,
  filter: ColumnFilter,
) => Promise<Resolved>;

/** The table as the caller may see it (glue:GetTable as the caller: IAM and Lake Formation decide). */
async function glueTable(p: Planning, database: string, ref: TableRef): Promise<GlueTable> {
  try {
    const out = await p.ctx.call<{ Table: GlueTable }>('glue', 'GetTable', {
      DatabaseName: database,
      Name: ref.table,
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
            `${where}: Table '${GLUE_CATALOG}.${database}.${ref.table}' does not exist`,
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

const columnOf = (c: { Name?: string; Type?: string }, fieldIndex?: number): SqlColumn => ({
  name: (c.Name ?? '').toLowerCase(),
  type: c.Type ?? 'string',
  ...(fieldIndex !== undefined ? { fieldIndex } : {}),
});

/**
 * The sandbox's columns: only those the principal may read, plus columns a row filter tests
 * (read for the filter, then dropped). GetTable shows a principal only its permitted columns,
 * but text files are read by position, so positions come from the full definition.
 */
function sandboxColumns(p: Planning, table: GlueTable, sandbox: TableSandbox) {
  const full = tableOf(p.ctx.world, table.DatabaseName, table.Name) ?? table;
  const permitted = (c: SqlColumn) => !sandbox.columns || sandbox.columns.has(c.name);
  const shown = (c: SqlColumn): SqlColumn[] =>
    permitted(c) ? [c] : sandbox.filterColumns.has(c.name) ? [{ ...c, filterOnly: true }] : [];
  const keys = full.PartitionKeys.map((c) => columnOf(c));
  return {
    keys,
    data: (full.StorageDescriptor?.Columns ?? []).map(columnOf).flatMap(shown),
    keysShown: keys.flatMap(shown),
  };
}

interface Source {
  location: string;
  values: Record<string, string>;
}

interface Sources {
  sources: Source[];
  pruned: number;
}

/** The table's location, or the partitions the filter keeps (the others are pruned). */
async function sourcesOf(
  p: Planning,
  table: GlueTable,
  keys: SqlColumn[],
  filter: ColumnFilter,
): Promise<Sources> {
  if (keys.length === 0)
    return {
      sources: [{ location: table.StorageDescriptor?.Location ?? '', values: {} }],
      pruned: 0,
    };
  const predicate = filter(new Set(keys.map((k) => k.name)));
  const sources: Source[] = [];
  let pruned = 0;
  for (const partition of await partitionsOf(p, table)) {
    const values = Object.fromEntries(keys.map((k, i) => [k.name, partition.Values[i] ?? '']));
    if (predicate && !predicate(values)) pruned += 1;
    else sources.push({ location: partition.StorageDescriptor?.Location ?? '', values });
  }
  return { sources, pruned };
}

function bytesOf(format: Format, file: ReadFile, columns: string[] | 'all'): number {
  try {
    return bytesReadFrom(format, file.bytes, columns);
  } catch {
    throw new AthenaQueryError(
      'HIVE_BAD_DATA',
      `Error reading file s3://${file.bucket}/${file.key}: it is not a valid ${format === 'parquet' ? 'Parquet' : format.toUpperCase()} file.`,
    );
  }
}

/** The columns whose bytes a Parquet scan counts ('all' for `*` or when unknown). */
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

/** Lists and reads every file under the sources, counting the bytes Athena would scan. */
async function readFiles(
  p: Planning,
  table: string,
  sources: Source[],
  format: Format,
  read: string[] | 'all',
  sandbox: TableSandbox,
): Promise<SqlTableInput['files']> {
  const files: SqlTableInput['files'] = [];
  for (const source of sources) {
    if (!source.location)
      throw new AthenaQueryError('HIVE_METASTORE_ERROR', `Table ${table} has no location.`);
    for (const file of await readLocation(
      p.ctx,
      source.location,
      p.env.database,
      sandbox.vendedCredentials,
    )) {
      p.scanned.bytes += bytesOf(format, file, read);
      const { bucket, key, etag, bytes } = file;
      files.push({ bucket, key, etag, bytes, partitionValues: source.values });
    }
  }
  p.details.filesRead += files.length;
  return files;
}

/** Plans one reference to a Glue table: its sandboxed columns, the partitions kept, the files and bytes read. */
export async function planGlueTable(
  p: Planning,
  ref: TableRef,
  database: string,
  filter: ColumnFilter,
  planView: PlanView,
): Promise<Resolved> {
  const table = await glueTable(p, database, ref);
  if (table.TableType === 'VIRTUAL_VIEW') return planView(p, table, ref, filter);
  const key = `${table.DatabaseName}.${table.Name}`;
  const format = tableFormatOf(table);
  if ('unsupported' in format)
    throw new AthenaQueryError(
      'NOT_SUPPORTED',
      `LakeLab reads CSV, JSON and Parquet tables; ${key} uses ${format.unsupported}.`,
    );
  const sandbox = sandboxFor(p.ctx, table, `line ${ref.line}:${ref.column}`);
  const { keys, data, keysShown } = sandboxColumns(p, table, sandbox);
  const read = columnsRead(
    p,
    key,
    table.Name,
    data.map((c) => c.name),
  );
  p.details.columnsRead[key] = read;
  // DDL and EXPLAIN check the query against the catalog: no partition is listed, no object read.
  const { sources, pruned } = p.metadataOnly
    ? { sources: [], pruned: 0 }
    : await sourcesOf(p, table, keys, filter);
  const scanKey = `${key}|${p.metadataOnly ? 'schema' : sources.map((s) => s.location).join('|')}`;
  const seen = p.scans.get(scanKey);
  // Each reference is its own table scan (a self-join reads the table twice, and bills it twice).
  if (seen) {
    p.scanned.bytes += seen.bytes;
    return seen.resolved;
  }
  if (keys.length > 0) p.details.partitionsRead += sources.length;
  p.details.partitionsPruned += pruned;
  const before = p.scanned.bytes;
  const files = await readFiles(p, key, sources, format.format, read, sandbox);
  const sqliteName = freeSqliteName(p, sqliteNameOf(table.DatabaseName, table.Name));
  const columns = [...data, ...keysShown];
  p.tables.push({
    sqliteName,
    format: format.format,
    ...(format.text ? { text: format.text } : {}),
    columns,
    partitionKeys: keysShown.map((k) => k.name),
    ...(sandbox.rowFilter ? { rowFilter: sandbox.rowFilter } : {}),
    files,
  });
  const resolved = { sqliteName, columns: columns.filter((c) => !c.filterOnly) };
  p.scans.set(scanKey, { resolved, bytes: p.scanned.bytes - before });
  return resolved;
}
