import type { World } from '../world';

/** A permission list as the API carries it: principal plus permission names. */
export interface StoredPrincipalPermissions {
  Principal: { DataLakePrincipalIdentifier: string };
  Permissions: string[];
}

/** What a grant is on, normalised: database and table names lower-cased as Glue stores them. */
export type GrantResource =
  | { kind: 'Catalog' }
  | { kind: 'Database'; database: string }
  /** `table` null = TableWildcard (every table of the database). */
  | { kind: 'Table'; database: string; table: string | null }
  /** Neither list = ColumnWildcard without exclusions (all columns). */
  | {
      kind: 'TableWithColumns';
      database: string;
      table: string;
      columnNames?: string[];
      excludedColumnNames?: string[];
    }
  | { kind: 'DataLocation'; arn: string }
  | { kind: 'DataCellsFilter'; database: string; table: string; name: string }
  | { kind: 'LFTag'; key: string; values: string[] }
  | {
      kind: 'LFTagPolicy';
      resourceType: 'DATABASE' | 'TABLE';
      expression: Array<{ key: string; values: string[] }>;
    };

/** One principal's permissions on one resource (what ListPermissions returns as one entry). */
export interface StoredGrant {
  principal: string;
  resource: GrantResource;
  permissions: string[];
  grantable: string[];
  lastUpdated: number;
  lastUpdatedBy: string;
}

export interface RegisteredLocation {
  ResourceArn: string;
  RoleArn: string;
  LastModified: number;
  UseServiceLinkedRole: boolean;
  HybridAccessEnabled: boolean;
  WithFederation: boolean;
}

export interface StoredLfTag {
  TagKey: string;
  TagValues: string[];
  /** The principal ARN that created it: creators may alter, drop and grant it. */
  creator: string;
}

export interface StoredDataCellsFilter {
  TableCatalogId: string;
  DatabaseName: string;
  TableName: string;
  Name: string;
  /** Undefined = AllRowsWildcard. */
  FilterExpression?: string;
  ColumnNames?: string[];
  /** Set (possibly empty) when the filter uses ColumnWildcard. */
  ExcludedColumnNames?: string[];
  VersionId: string;
}

/** Tag key → value, for one database, table or column. */
export type TagValues = Record<string, string>;

/** The Lake Formation part of the world: plain data, times in simulated epoch milliseconds. */
export interface LakeFormationState {
  version: 1;
  settings: {
    DataLakeAdmins: string[];
    ReadOnlyAdmins: string[];
    CreateDatabaseDefaultPermissions: StoredPrincipalPermissions[];
    CreateTableDefaultPermissions: StoredPrincipalPermissions[];
    Parameters: Record<string, string>;
    TrustedResourceOwners: string[];
  };
  /** Grants by `grantKey(principal, resource)`. */
  grants: Record<string, StoredGrant>;
  /** Registered S3 locations by ARN. */
  locations: Record<string, RegisteredLocation>;
  /** LF-Tags by key. */
  lfTags: Record<string, StoredLfTag>;
  /** Assigned tags: databases by name; tables and columns by `db/table`. */
  tagsOnDatabases: Record<string, TagValues>;
  tagsOnTables: Record<string, TagValues>;
  tagsOnColumns: Record<string, Record<string, TagValues>>;
  /** Data cells filters by `db/table/name`. */
  filters: Record<string, StoredDataCellsFilter>;
  /** Who created each database (Glue databases do not record it). */
  databaseCreators: Record<string, string>;
  /**
   * Databases (by name) and tables (`db/table`) Lake Formation has recorded. A catalog
   * resource it never recorded (written before Lake Formation was used) counts as an
   * existing resource: IAMAllowedPrincipals holds Super on it.
   */
  knownDatabases: Record<string, true>;
  knownTables: Record<string, true>;
}

export const IAM_ALLOWED_PRINCIPALS = 'IAM_ALLOWED_PRINCIPALS';

/** A fresh account's "Use only IAM access control" default: ALL to IAM_ALLOWED_PRINCIPALS. */
export const iamOnlyDefault = (): StoredPrincipalPermissions[] => [
  { Principal: { DataLakePrincipalIdentifier: IAM_ALLOWED_PRINCIPALS }, Permissions: ['ALL'] },
];

/** Identifies a grant: one principal, one resource (column lists sorted). */
export function grantKey(principal: string, resource: GrantResource): string {
  return `${principal}|${resourceKey(resource)}`;
}

export function resourceKey(resource: GrantResource): string {
  const sorted = (list?: string[]) => (list ? [...list].sort() : null);
  // A canonical array per kind: the key never depends on property order.
  switch (resource.kind) {
    case 'Catalog':
      return '["Catalog"]';
    case 'Database':
      return JSON.stringify(['Database', resource.database]);
    case 'Table':
      return JSON.stringify(['Table', resource.database, resource.table]);
    case 'TableWithColumns':
      return JSON.stringify([
        'TableWithColumns',
        resource.database,
        resource.table,
        sorted(resource.columnNames),
        sorted(resource.excludedColumnNames),
      ]);
    case 'DataLocation':
      return JSON.stringify(['DataLocation', resource.arn]);
    case 'DataCellsFilter':
      return JSON.stringify(['DataCellsFilter', resource.database, resource.table, resource.name]);
    case 'LFTag':
      return JSON.stringify(['LFTag', resource.key, sorted(resource.values)]);
    case 'LFTagPolicy':
      return JSON.stringify([
        'LFTagPolicy',
        resource.resourceType,
        [...resource.expression]
          .map((c) => [c.key, sorted(c.values)])
          .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
      ]);
  }
}

export const tableKey = (database: string, table: string) =>
  `${database.toLowerCase()}/${table.toLowerCase()}`;

function superToIamAllowed(resource: GrantResource, now: number): StoredGrant {
  return {
    principal: IAM_ALLOWED_PRINCIPALS,
    resource,
    permissions: ['ALL'],
    grantable: [],
    lastUpdated: now,
    lastUpdatedBy: 'lakeformation.amazonaws.com',
  };
}

/**
 * A fresh account's Lake Formation: nobody is an admin; IAMAllowedPrincipals may create
 * databases and holds Super on every database and table that already exists.
 */
export function initialLakeFormationState(world?: World): LakeFormationState {
  const now = world?.clock.now ?? 0;
  const state: LakeFormationState = {
    version: 1,
    settings: {
      DataLakeAdmins: [],
      ReadOnlyAdmins: [],
      CreateDatabaseDefaultPermissions: iamOnlyDefault(),
      CreateTableDefaultPermissions: iamOnlyDefault(),
      Parameters: { CROSS_ACCOUNT_VERSION: '4' },
      TrustedResourceOwners: [],
    },
    grants: {},
    locations: {},
    lfTags: {},
    tagsOnDatabases: {},
    tagsOnTables: {},
    tagsOnColumns: {},
    filters: {},
    databaseCreators: {},
    knownDatabases: {},
    knownTables: {},
  };
  const add = (grant: StoredGrant) => {
    state.grants[grantKey(grant.principal, grant.resource)] = grant;
  };
  // LF "backward compatibility": Super to IAMAllowedPrincipals on existing resources; CREATE_DATABASE on the catalog.
  add({ ...superToIamAllowed({ kind: 'Catalog' }, now), permissions: ['CREATE_DATABASE'] });
  for (const db of Object.keys(world?.glue.databases ?? {})) {
    add(superToIamAllowed({ kind: 'Database', database: db }, now));
    state.knownDatabases[db] = true;
    for (const table of Object.keys(world?.glue.tables?.[db] ?? {})) {
      add(superToIamAllowed({ kind: 'Table', database: db, table }, now));
      state.knownTables[tableKey(db, table)] = true;
    }
  }
  return state;
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function lakeFormationState(world: World): LakeFormationState {
  return (world.lakeformation ??= initialLakeFormationState(world));
}
