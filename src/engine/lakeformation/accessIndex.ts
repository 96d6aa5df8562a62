import type { World } from '../world';
import { granteeIdentifiers, isDataLakeAdmin, lfPrincipalArn, principalLabel } from './principals';
import {
  grantKey,
  IAM_ALLOWED_PRINCIPALS,
  tableKey,
  type GrantResource,
  type LakeFormationState,
  type StoredGrant,
} from './state';

/** Why a principal may (or may not) do something, in one sentence a student reads. */
export interface Reason {
  kind:
    | 'admin'
    | 'iam-allowed-principals'
    | 'named-grant'
    | 'tag-policy'
    | 'data-filter'
    | 'creator'
    | 'no-grant';
  text: string;
}

/**
 * One principal's grants, indexed once per call so that checking every table of a large
 * catalog costs a map lookup per table.
 */
export interface GrantIndex {
  world: World;
  state: LakeFormationState | undefined;
  /** The IAM user or role ARN (an assumed-role session maps to its role). */
  principal: string;
  label: string;
  isAdmin: boolean;
  /** Named table, table-with-columns and data-filter grants by `db/table`. */
  onTable: Map<string, StoredGrant[]>;
  /** TableWildcard grants by database. */
  onAllTables: Map<string, StoredGrant[]>;
  onDatabase: Map<string, StoredGrant[]>;
  onCatalog: StoredGrant[];
  tablePolicies: StoredGrant[];
  databasePolicies: StoredGrant[];
  /** `db/table` and `db/*` (all tables) that IAMAllowedPrincipals holds Super on. */
  iamModeTables: Set<string>;
}

function push<K>(map: Map<K, StoredGrant[]>, key: K, grant: StoredGrant): void {
  const list = map.get(key);
  if (list) list.push(grant);
  else map.set(key, [grant]);
}

/** Indexes the grants that name this principal (directly, by account, or as an IAM principal). */
export function buildGrantIndex(world: World, principalArn: string): GrantIndex {
  const state = world.lakeformation;
  const principal = lfPrincipalArn(world, principalArn);
  const index: GrantIndex = {
    world,
    state,
    principal,
    label: principalLabel(principal),
    isAdmin: isDataLakeAdmin(world, principal),
    onTable: new Map(),
    onAllTables: new Map(),
    onDatabase: new Map(),
    onCatalog: [],
    tablePolicies: [],
    databasePolicies: [],
    iamModeTables: new Set(),
  };
  if (!state) return index;
  const ids = granteeIdentifiers(world, principal);
  for (const grant of Object.values(state.grants)) {
    if (!ids.has(grant.principal)) continue;
    const r = grant.resource;
    if (
      r.kind === 'Table' &&
      grant.principal === IAM_ALLOWED_PRINCIPALS &&
      grant.permissions.includes('ALL')
    )
      index.iamModeTables.add(`${r.database}/${r.table ?? '*'}`);
    if (r.kind === 'Table' && r.table === null) push(index.onAllTables, r.database, grant);
    else if (r.kind === 'Table' || r.kind === 'TableWithColumns' || r.kind === 'DataCellsFilter')
      push(index.onTable, tableKey(r.database, r.table ?? ''), grant);
    else if (r.kind === 'Database') push(index.onDatabase, r.database, grant);
    else if (r.kind === 'Catalog') index.onCatalog.push(grant);
    else if (r.kind === 'LFTagPolicy')
      (r.resourceType === 'TABLE' ? index.tablePolicies : index.databasePolicies).push(grant);
  }
  return index;
}

/** Whether IAMAllowedPrincipals holds Super (ALL) on a resource: then IAM alone decides. */
export function iamAllowedHoldsAll(
  state: LakeFormationState | undefined,
  resource: GrantResource,
): boolean {
  if (!state) return true;
  return (
    state.grants[grantKey(IAM_ALLOWED_PRINCIPALS, resource)]?.permissions.includes('ALL') ?? false
  );
}

/** LF: a table stays under IAM-only control while IAMAllowedPrincipals holds Super on it (or on all tables of its database). */
export function isIamModeTable(
  state: LakeFormationState | undefined,
  database: string,
  table: string,
): boolean {
  const db = database.toLowerCase();
  if (!state?.knownTables[tableKey(db, table)]) return true;
  return (
    iamAllowedHoldsAll(state, { kind: 'Table', database: db, table: table.toLowerCase() }) ||
    iamAllowedHoldsAll(state, { kind: 'Table', database: db, table: null })
  );
}

export function isIamModeDatabase(state: LakeFormationState | undefined, database: string) {
  if (!state?.knownDatabases[database.toLowerCase()]) return true;
  return iamAllowedHoldsAll(state, { kind: 'Database', database: database.toLowerCase() });
}

/** "(with grant option)" when every listed permission is grantable. */
export function grantOptionText(grant: StoredGrant): string {
  return grant.grantable.length > 0 ? ' (with grant option)' : '';
}
