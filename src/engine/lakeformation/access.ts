import type { GlueTable } from '../glue/state';
import type { World } from '../world';
import { buildGrantIndex, type GrantIndex, type Reason } from './accessIndex';
import { tableKey } from './state';
import { databaseAccessWith, type DatabaseAccess } from './databaseAccess';
export type { DatabaseAccess } from './databaseAccess';
import { collectTableGrants, columnsOfTable, type SelectSource } from './tableAccess';
import { TABLE_PERMISSIONS } from './vocabulary';

export type { Reason } from './accessIndex';
export { effectiveLfTags, type EffectiveTag } from './tagModel';

/** 'iam' when IAMAllowedPrincipals holds ALL on the table (or all tables of its database): IAM alone decides. */
export type AccessMode = 'iam' | 'lakeformation';

export interface ColumnAccess {
  column: string;
  allowed: boolean;
  reason: string;
}

/** One source of rows and columns, kept when cell filters with different column sets combine. */
export interface CellFilter {
  /** PartiQL row filter; undefined = all rows. */
  rowFilter?: string;
  columns: string[];
  reason: string;
}

export interface TableAccess {
  database: string;
  table: string;
  mode: AccessMode;
  /** Some column of some row may be read. */
  select: boolean;
  /** Effective table permissions, sorted, incl. DESCRIBE implied by any other permission. */
  permissions: string[];
  /** Effective permissions the principal may grant on the whole table. */
  grantable: string[];
  columns: ColumnAccess[];
  /**
   * PartiQL row filter (the data filters' expressions OR-ed); undefined = all rows.
   * Combination rule: rows are the UNION of every SELECT source (LF: user + group row
   * filters union; an all-rows grant wins). Columns: with an all-rows source, the union of
   * the all-rows sources' columns (predicate filters add nothing); with predicate filters
   * only, the INTERSECTION of their column sets — per-row column sets are unconfirmed in
   * the docs, so LakeLab never shows a cell some filter does not allow for that row.
   */
  rowFilter?: string;
  /** Present when predicate filters with different column sets were combined (see rowFilter). */
  cellFilters?: CellFilter[];
  /** Metadata shows every column (a table-level permission); false = only the allowed columns. */
  fullMetadata: boolean;
  reasons: Reason[];
}

function iamModeAccess(table: GlueTable): TableAccess {
  const label = `${table.DatabaseName}.${table.Name}`;
  const reason = `IAMAllowedPrincipals holds Super on ${label}: IAM policies alone decide.`;
  return {
    database: table.DatabaseName,
    table: table.Name,
    mode: 'iam',
    select: true,
    permissions: ['ALL', ...TABLE_PERMISSIONS].sort(),
    grantable: [],
    columns: columnsOfTable(table).map((c) => ({ column: c.name, allowed: true, reason })),
    fullMetadata: true,
    reasons: [{ kind: 'iam-allowed-principals', text: reason }],
  };
}

function union(sets: Set<string>[]): Set<string> {
  const result = new Set<string>();
  for (const set of sets) for (const v of set) result.add(v);
  return result;
}

function intersection(sets: Set<string>[]): Set<string> {
  const [first, ...rest] = sets;
  return new Set([...(first ?? [])].filter((v) => rest.every((s) => s.has(v))));
}

function combineSources(sources: SelectSource[]) {
  const allRows = sources.filter((s) => s.rowFilter === undefined);
  if (allRows.length > 0) return { allowed: union(allRows.map((s) => s.columns)) };
  if (sources.length === 0) return { allowed: new Set<string>() };
  const filters = [...new Set(sources.map((s) => s.rowFilter ?? ''))];
  const rowFilter = filters.length === 1 ? filters[0] : filters.map((f) => `(${f})`).join(' OR ');
  const sameColumns = sources.every(
    (s) =>
      s.columns.size === sources[0]?.columns.size &&
      [...s.columns].every((c) => sources[0]?.columns.has(c)),
  );
  return {
    allowed: intersection(sources.map((s) => s.columns)),
    rowFilter,
    differing: !sameColumns,
  };
}

function lakeFormationModeAccess(ix: GrantIndex, table: GlueTable): TableAccess {
  const columns = columnsOfTable(table);
  const label = `${table.DatabaseName}.${table.Name}`;
  const grants = collectTableGrants(ix, table, columns);
  const { allowed, rowFilter, differing } = combineSources(grants.sources);
  const permissions = grants.permissions;
  if (allowed.size > 0) permissions.add('SELECT');
  else permissions.delete('SELECT');
  if (permissions.size > 0 || grants.sources.length > 0) permissions.add('DESCRIBE');
  const reasons = [...grants.reasons];
  if (reasons.length === 0)
    reasons.push({
      kind: 'no-grant',
      text: `${ix.label} has no Lake Formation permission on ${label}, and IAMAllowedPrincipals does not hold Super on it: access is denied.`,
    });
  const columnAccess = columns.map((c) => {
    const source = grants.sources.find((s) => s.columns.has(c.lower));
    if (allowed.has(c.lower))
      return { column: c.name, allowed: true, reason: source?.reason.text ?? '' };
    const reason = source
      ? `Column ${c.name} is not allowed by every row filter that applies: hidden (LakeLab's conservative rule when cell filters differ).`
      : `No grant gives ${ix.label} SELECT on column ${c.name} of ${label}.`;
    return { column: c.name, allowed: false, reason };
  });
  return {
    database: table.DatabaseName,
    table: table.Name,
    mode: 'lakeformation',
    select: allowed.size > 0,
    permissions: [...permissions].sort(),
    grantable: [...grants.grantable].sort(),
    columns: columnAccess,
    ...(rowFilter !== undefined ? { rowFilter } : {}),
    ...(differing
      ? {
          cellFilters: grants.sources.map((s) => ({
            ...(s.rowFilter !== undefined ? { rowFilter: s.rowFilter } : {}),
            columns: columns.filter((c) => s.columns.has(c.lower)).map((c) => c.name),
            reason: s.reason.text,
          })),
        }
      : {}),
    fullMetadata: grants.fullMetadata,
    reasons,
  };
}

function missingTable(database: string, table: string): TableAccess {
  return {
    database: database.toLowerCase(),
    table: table.toLowerCase(),
    mode: 'lakeformation',
    select: false,
    permissions: [],
    grantable: [],
    columns: [],
    fullMetadata: false,
    reasons: [{ kind: 'no-grant', text: `Table ${database}.${table} does not exist.` }],
  };
}

/** The access checker for one principal: grants indexed once, then any number of tables. */
export interface AccessChecker {
  table(database: string, table: string): TableAccess;
  tableOf(table: GlueTable): TableAccess;
  /** Lake Formation's own view even of an IAM-mode table: what grants give (grant authority, ListPermissions). */
  grantsOn(database: string, table: string): TableAccess;
  database(database: string): DatabaseAccess;
}

function currentTable(world: World, database: string, table: string): GlueTable | undefined {
  const versions = world.glue.tables?.[database.toLowerCase()]?.[table.toLowerCase()]?.versions;
  return versions?.[versions.length - 1];
}

/** Builds an AccessChecker: use it when checking many tables for one principal. */
export function createAccessChecker(world: World, principalArn: string): AccessChecker {
  const ix = buildGrantIndex(world, principalArn);
  // No Lake Formation state yet: every resource is still under IAM-only control.
  const isIamMode = (table: GlueTable) =>
    !ix.state?.knownTables[tableKey(table.DatabaseName, table.Name)] ||
    ix.iamModeTables.has(`${table.DatabaseName}/${table.Name}`) ||
    ix.iamModeTables.has(`${table.DatabaseName}/*`);
  const tableOf = (table: GlueTable) =>
    isIamMode(table) ? iamModeAccess(table) : lakeFormationModeAccess(ix, table);
  return {
    tableOf,
    table(database, table) {
      const found = currentTable(world, database, table);
      return found ? tableOf(found) : missingTable(database, table);
    },
    grantsOn(database, table) {
      const found = currentTable(world, database, table);
      return found ? lakeFormationModeAccess(ix, found) : missingTable(database, table);
    },
    database: (database) => databaseAccessWith(ix, database, tableOf),
  };
}

/** What one principal may do with one table: mode, permissions, columns, rows and why. */
export function tableAccess(
  world: World,
  principalArn: string,
  database: string,
  table: string,
): TableAccess {
  return createAccessChecker(world, principalArn).table(database, table);
}

/** What one principal may do with one database. */
export function databaseAccess(world: World, principalArn: string, database: string) {
  return createAccessChecker(world, principalArn).database(database);
}

/** The principal's access to every table of the catalog, sorted by database then table. */
export function accessMatrix(world: World, principalArn: string): TableAccess[] {
  const checker = createAccessChecker(world, principalArn);
  const result: TableAccess[] = [];
  for (const db of Object.keys(world.glue.tables ?? {}).sort())
    for (const name of Object.keys(world.glue.tables?.[db] ?? {}).sort()) {
      const current = currentTable(world, db, name);
      if (current) result.push(checker.tableOf(current));
    }
  return result;
}

export { rowFilterMatches, rowFilterToSqlite } from './rowFilterSql';
export { recordDecision } from './decisions';
