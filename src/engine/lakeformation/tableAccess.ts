import type { GlueTable } from '../glue/state';
import { grantOptionText, type GrantIndex, type Reason } from './accessIndex';
import { lfPrincipalArn, principalLabel } from './principals';
import { tableKey, type StoredGrant } from './state';
import { effectiveTagsIn, matchesExpression, tagValuesOf } from './tagModel';
import { expandAll, expressionText, resourceLabel, TABLE_PERMISSIONS } from './vocabulary';

/** One way the principal may SELECT: these columns of these rows (undefined = all rows). */
export interface SelectSource {
  columns: Set<string>;
  rowFilter?: string;
  reason: Reason;
}

/** What the grants on one table give, before the column/row combination. */
export interface TableGrants {
  permissions: Set<string>;
  grantable: Set<string>;
  sources: SelectSource[];
  reasons: Reason[];
  /** Some table-level permission (not only column or filter SELECT): metadata shows every column. */
  fullMetadata: boolean;
}

export interface TableColumn {
  name: string;
  lower: string;
  isPartitionKey: boolean;
}

export function columnsOfTable(table: GlueTable): TableColumn[] {
  const columns = (table.StorageDescriptor?.Columns ?? []).map((c) => ({
    name: c.Name ?? '',
    isPartitionKey: false,
  }));
  const keys = table.PartitionKeys.map((c) => ({ name: c.Name ?? '', isPartitionKey: true }));
  return [...columns, ...keys].map((c) => ({ ...c, lower: c.name.toLowerCase() }));
}

const sentence = (permissions: readonly string[]) => [...permissions].sort().join(', ');

function namedTableGrant(
  out: TableGrants,
  grant: StoredGrant,
  columns: TableColumn[],
  label: string,
  who: string,
): void {
  const permissions = expandAll(grant.permissions, 'table');
  for (const p of permissions) out.permissions.add(p);
  for (const p of expandAll(grant.grantable, 'table')) out.grantable.add(p);
  out.fullMetadata = true;
  const where =
    grant.resource.kind === 'Table' && grant.resource.table === null
      ? `every table of ${label.split('.')[0] ?? ''} (so ${label})`
      : label;
  const reason: Reason = {
    kind: grant.principal === 'IAM_ALLOWED_PRINCIPALS' ? 'iam-allowed-principals' : 'named-grant',
    text: `Granted ${sentence(grant.permissions)} on ${where} to ${who}${grantOptionText(grant)}.`,
  };
  out.reasons.push(reason);
  if (permissions.includes('SELECT'))
    out.sources.push({ columns: new Set(columns.map((c) => c.lower)), reason });
}

/** LF: a column include list or exclude list; partition keys can't be filtered out by a column grant. */
function columnGrantColumns(grant: StoredGrant, columns: TableColumn[]): Set<string> {
  const r = grant.resource;
  if (r.kind !== 'TableWithColumns') return new Set();
  const include = r.columnNames?.map((c) => c.toLowerCase());
  const exclude = new Set(r.excludedColumnNames?.map((c) => c.toLowerCase()) ?? []);
  return new Set(
    columns
      .filter((c) =>
        include
          ? include.includes(c.lower) || c.isPartitionKey
          : c.isPartitionKey || !exclude.has(c.lower),
      )
      .map((c) => c.lower),
  );
}

function columnGrant(out: TableGrants, grant: StoredGrant, columns: TableColumn[], who: string) {
  if (!grant.permissions.includes('SELECT')) return;
  const granted = columnGrantColumns(grant, columns);
  const reason: Reason = {
    kind: grant.principal === 'IAM_ALLOWED_PRINCIPALS' ? 'iam-allowed-principals' : 'named-grant',
    text: `Granted SELECT on ${resourceLabel(grant.resource)} to ${who}${grantOptionText(grant)}.`,
  };
  out.reasons.push(reason);
  out.sources.push({ columns: granted, reason });
  if (granted.size === columns.length) {
    out.permissions.add('SELECT');
    out.fullMetadata = true;
    if (grant.grantable.includes('SELECT')) out.grantable.add('SELECT');
  }
}

function filterGrant(
  out: TableGrants,
  ix: GrantIndex,
  grant: StoredGrant,
  columns: TableColumn[],
  who: string,
) {
  const r = grant.resource;
  if (r.kind !== 'DataCellsFilter' || !grant.permissions.includes('SELECT')) return;
  const filter = ix.state?.filters[`${tableKey(r.database, r.table)}/${r.name}`];
  if (!filter) return;
  const include = filter.ColumnNames?.map((c) => c.toLowerCase());
  const exclude = new Set(filter.ExcludedColumnNames?.map((c) => c.toLowerCase()) ?? []);
  const granted = new Set(
    columns
      .filter((c) => (include ? include.includes(c.lower) : !exclude.has(c.lower)))
      .map((c) => c.lower),
  );
  const rows =
    filter.FilterExpression === undefined ? 'all rows' : `rows where ${filter.FilterExpression}`;
  const reason: Reason = {
    kind: 'data-filter',
    text: `Granted SELECT through data filter ${r.name} (${rows}; ${include ? `columns ${filter.ColumnNames?.join(', ')}` : exclude.size ? `all columns except ${filter.ExcludedColumnNames?.join(', ')}` : 'all columns'}) to ${who}.`,
  };
  out.reasons.push(reason);
  out.sources.push({
    columns: granted,
    ...(filter.FilterExpression !== undefined ? { rowFilter: filter.FilterExpression } : {}),
    reason,
  });
}

function tagPolicyGrant(
  out: TableGrants,
  ix: GrantIndex,
  grant: StoredGrant,
  table: GlueTable,
  columns: TableColumn[],
  who: string,
) {
  const r = grant.resource;
  const state = ix.state;
  if (r.kind !== 'LFTagPolicy' || !state) return;
  const tableTags = tagValuesOf(effectiveTagsIn(state, table.DatabaseName, table.Name));
  const permissions = expandAll(grant.permissions, 'table');
  const tableMatches = matchesExpression(tableTags, r.expression);
  if (tableMatches) {
    for (const p of permissions) if (p !== 'SELECT') out.permissions.add(p);
    for (const p of expandAll(grant.grantable, 'table')) if (p !== 'SELECT') out.grantable.add(p);
    out.fullMetadata = true;
  }
  const onColumns = state.tagsOnColumns[tableKey(table.DatabaseName, table.Name)];
  // LF-TBAC: columns inherit the table's tags and may override them; SELECT follows each column's tags.
  const matching = permissions.includes('SELECT')
    ? columns.filter((c) => {
        const own = onColumns?.[c.lower];
        return matchesExpression(own ? { ...tableTags, ...own } : tableTags, r.expression);
      })
    : [];
  if (!tableMatches && matching.length === 0) return;
  const reason: Reason = {
    kind: 'tag-policy',
    text: `Granted ${sentence(grant.permissions)} on tables tagged ${expressionText(r.expression)} to ${who}${grantOptionText(grant)}${tableMatches ? `; ${table.DatabaseName}.${table.Name} carries those tags` : `; only some columns of ${table.DatabaseName}.${table.Name} carry them`}.`,
  };
  out.reasons.push(reason);
  if (matching.length === 0) return;
  out.sources.push({ columns: new Set(matching.map((c) => c.lower)), reason });
  if (
    tableMatches &&
    matching.length === columns.length &&
    grant.grantable.some((p) => p === 'SELECT' || p === 'ALL')
  )
    out.grantable.add('SELECT');
}

/** "role/analyst", or "role/analyst through account 1111…" when the grant names a group it belongs to. */
function granteeText(ix: GrantIndex, grant: StoredGrant): string {
  return grant.principal === ix.principal
    ? ix.label
    : `${ix.label} through ${principalLabel(grant.principal)}`;
}

/** Everything the principal's grants (and implicit permissions) give on one Lake-Formation-mode table. */
export function collectTableGrants(
  ix: GrantIndex,
  table: GlueTable,
  columns: TableColumn[],
): TableGrants {
  const out: TableGrants = {
    permissions: new Set(),
    grantable: new Set(),
    sources: [],
    reasons: [],
    fullMetadata: false,
  };
  const label = `${table.DatabaseName}.${table.Name}`;
  if (ix.isAdmin) {
    out.permissions.add('DESCRIBE');
    out.fullMetadata = true;
    // LF implicit permissions: admins see every catalog resource and may grant anything, but get no data access.
    out.reasons.push({
      kind: 'admin',
      text: `${ix.label} is a data lake administrator: implicit DESCRIBE on ${label} (no SELECT unless granted).`,
    });
  }
  if (lfPrincipalArn(ix.world, table.CreatedBy) === ix.principal) {
    // LF implicit permissions: a table's creator holds every permission on it, grantable.
    for (const p of ['ALL', ...TABLE_PERMISSIONS]) {
      out.permissions.add(p);
      out.grantable.add(p);
    }
    out.fullMetadata = true;
    const reason: Reason = {
      kind: 'creator',
      text: `${ix.label} created ${label}: creators hold every permission on their tables.`,
    };
    out.reasons.push(reason);
    out.sources.push({ columns: new Set(columns.map((c) => c.lower)), reason });
  }
  const key = tableKey(table.DatabaseName, table.Name);
  for (const grant of [
    ...(ix.onTable.get(key) ?? []),
    ...(ix.onAllTables.get(table.DatabaseName) ?? []),
  ]) {
    const who = granteeText(ix, grant);
    if (grant.resource.kind === 'Table') namedTableGrant(out, grant, columns, label, who);
    else if (grant.resource.kind === 'TableWithColumns') columnGrant(out, grant, columns, who);
    else filterGrant(out, ix, grant, columns, who);
  }
  for (const grant of ix.tablePolicies)
    tagPolicyGrant(out, ix, grant, table, columns, granteeText(ix, grant));
  return out;
}
