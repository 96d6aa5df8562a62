import type { GlueTable } from '../glue/state';
import type { World } from '../world';
import { buildGrantIndex, isIamModeDatabase, type GrantIndex, type Reason } from './accessIndex';
import { collectTableGrants, columnsOfTable, type SelectSource } from './tableAccess';
import { effectiveTagsIn, matchesExpression, tagValuesOf } from './tagModel';
import { lfPrincipalArn } from './principals';
import { DATABASE_PERMISSIONS, expandAll, expressionText, TABLE_PERMISSIONS } from './vocabulary';

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
  database(database: string): { mode: AccessMode; permissions: string[]; reasons: Reason[] };
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
    !ix.state ||
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
    database: (database) => databaseAccessWith(ix, database, tableOf),
  };
}

function databaseAccessWith(
  ix: GrantIndex,
  database: string,
  tableOf: (t: GlueTable) => TableAccess,
) {
  const db = database.toLowerCase();
  if (isIamModeDatabase(ix.state, db))
    return {
      mode: 'iam' as const,
      permissions: ['ALL', ...DATABASE_PERMISSIONS].sort(),
      reasons: [
        {
          kind: 'iam-allowed-principals' as const,
          text: `IAMAllowedPrincipals holds Super on database ${db}: IAM policies alone decide.`,
        },
      ],
    };
  const permissions = new Set<string>();
  const reasons: Reason[] = [];
  if (ix.isAdmin) {
    permissions.add('DESCRIBE');
    reasons.push({
      kind: 'admin',
      text: `${ix.label} is a data lake administrator: implicit DESCRIBE on database ${db}.`,
    });
  }
  const creator = ix.state?.databaseCreators[db];
  if (creator !== undefined && lfPrincipalArn(ix.world, creator) === ix.principal) {
    for (const p of ['ALL', ...DATABASE_PERMISSIONS]) permissions.add(p);
    reasons.push({
      kind: 'creator',
      text: `${ix.label} created database ${db}: creators hold every permission on it.`,
    });
  }
  for (const grant of ix.onDatabase.get(db) ?? []) {
    for (const p of expandAll(grant.permissions, 'database')) permissions.add(p);
    reasons.push({
      kind: 'named-grant',
      text: `Granted ${grant.permissions.join(', ')} on database ${db} to ${ix.label}.`,
    });
  }
  if (ix.state) {
    const tags = tagValuesOf(effectiveTagsIn(ix.state, db));
    for (const grant of ix.databasePolicies) {
      if (
        grant.resource.kind !== 'LFTagPolicy' ||
        !matchesExpression(tags, grant.resource.expression)
      )
        continue;
      for (const p of expandAll(grant.permissions, 'database')) permissions.add(p);
      reasons.push({
        kind: 'tag-policy',
        text: `Granted ${grant.permissions.join(', ')} on databases tagged ${expressionText(grant.resource.expression)} to ${ix.label}; ${db} carries those tags.`,
      });
    }
  }
  if (!permissions.has('DESCRIBE')) {
    // LakeLab rule (LF documents it for table creators): a permission on a table lets its holder see the database.
    const visible = Object.values(ix.world.glue.tables?.[db] ?? {}).find((entry) => {
      const current = entry.versions[entry.versions.length - 1];
      return current !== undefined && tableOf(current).permissions.length > 0;
    });
    const name = visible?.versions[0]?.Name;
    if (name !== undefined)
      reasons.push({
        kind: 'named-grant',
        text: `${ix.label} holds permissions on table ${db}.${name}, so it may see database ${db}.`,
      });
    if (name !== undefined || permissions.size > 0) permissions.add('DESCRIBE');
  }
  if (reasons.length === 0)
    reasons.push({
      kind: 'no-grant',
      text: `${ix.label} has no Lake Formation permission on database ${db} or its tables.`,
    });
  return { mode: 'lakeformation' as const, permissions: [...permissions].sort(), reasons };
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
