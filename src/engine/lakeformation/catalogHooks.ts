import type { PrincipalPermissions } from '@aws-sdk/client-glue';
import type { GlueTable } from '../glue/state';
import type { World } from '../world';
import { isRegisteredTableLocation } from './locations';
import { lfPrincipalArn } from './principals';
import {
  grantKey,
  iamOnlyDefault,
  lakeFormationState,
  tableKey,
  type GrantResource,
  type StoredPrincipalPermissions,
} from './state';

// The hooks Glue calls when databases and tables come and go, so Lake Formation's
// settings drive new resources and grants never outlive what they name.

/** The CreateTableDefaultPermissions a new Glue database gets from the data lake settings. */
export function defaultPermissionsForNewDatabase(world: World): PrincipalPermissions[] {
  return structuredClone(
    world.lakeformation?.settings.CreateTableDefaultPermissions ?? iamOnlyDefault(),
  ) as PrincipalPermissions[];
}

/** The grants a new table of this database gets: the database's CreateTableDefaultPermissions. */
export function defaultPermissionsForNewTable(
  world: World,
  database: string,
): StoredPrincipalPermissions[] {
  const db = world.glue.databases[database.toLowerCase()];
  return (db?.CreateTableDefaultPermissions ?? iamOnlyDefault()).map((p) => ({
    Principal: { DataLakePrincipalIdentifier: p.Principal?.DataLakePrincipalIdentifier ?? '' },
    Permissions: [...(p.Permissions ?? [])],
  }));
}

function applyDefaults(
  world: World,
  resource: GrantResource,
  defaults: StoredPrincipalPermissions[],
) {
  const state = lakeFormationState(world);
  for (const entry of defaults) {
    const principal = entry.Principal.DataLakePrincipalIdentifier;
    state.grants[grantKey(principal, resource)] = {
      principal,
      resource,
      permissions: [...entry.Permissions],
      grantable: [],
      lastUpdated: world.clock.now,
      lastUpdatedBy: 'lakeformation.amazonaws.com',
    };
  }
}

/**
 * Glue created a database: record its creator (implicit permissions) and the data lake
 * settings' CreateDatabaseDefaultPermissions as grants on it (ListPermissions shows them).
 */
export function recordNewDatabase(world: World, database: string, creatorArn: string): void {
  const state = lakeFormationState(world);
  const db = database.toLowerCase();
  // A name Lake Formation still knows (deleted outside Glue's operations) starts clean.
  if (state.knownDatabases[db]) forgetGrants(world, (r) => 'database' in r && r.database === db);
  state.databaseCreators[db] = lfPrincipalArn(world, creatorArn);
  state.knownDatabases[db] = true;
  applyDefaults(
    world,
    { kind: 'Database', database: db },
    state.settings.CreateDatabaseDefaultPermissions,
  );
}

/** Glue created a table: apply its database's default permissions and mark a registered location. */
export function recordNewTable(world: World, table: GlueTable): void {
  const state = lakeFormationState(world);
  const resource: GrantResource = {
    kind: 'Table',
    database: table.DatabaseName,
    table: table.Name,
  };
  // Only a table Lake Formation still knows can have grants to clear: creating many tables stays linear.
  if (state.knownTables[tableKey(table.DatabaseName, table.Name)])
    forgetTableData(world, table.DatabaseName, table.Name);
  applyDefaults(world, resource, defaultPermissionsForNewTable(world, table.DatabaseName));
  state.knownTables[tableKey(table.DatabaseName, table.Name)] = true;
  table.IsRegisteredWithLakeFormation = isRegisteredTableLocation(
    world,
    table.StorageDescriptor?.Location,
  );
}

function forgetGrants(world: World, matches: (resource: GrantResource) => boolean): void {
  const state = world.lakeformation;
  if (!state) return;
  for (const [key, grant] of Object.entries(state.grants))
    if (matches(grant.resource)) Reflect.deleteProperty(state.grants, key);
}

function forgetTableData(world: World, database: string, table: string): void {
  const state = world.lakeformation;
  if (!state) return;
  const db = database.toLowerCase();
  const name = table.toLowerCase();
  forgetGrants(world, (r) => 'table' in r && r.database === db && r.table === name);
  const key = tableKey(db, name);
  Reflect.deleteProperty(state.knownTables, key);
  Reflect.deleteProperty(state.tagsOnTables, key);
  Reflect.deleteProperty(state.tagsOnColumns, key);
  for (const filterKey of Object.keys(state.filters))
    if (filterKey.startsWith(`${key}/`)) Reflect.deleteProperty(state.filters, filterKey);
}

/** Glue deleted a table: its grants, tags and data filters go with it. */
export function forgetTable(world: World, database: string, table: string): void {
  forgetTableData(world, database, table);
}

/** Glue deleted a database (and its tables): their grants, tags and filters go with them. */
export function forgetDatabase(world: World, database: string): void {
  const state = world.lakeformation;
  if (!state) return;
  const db = database.toLowerCase();
  forgetGrants(world, (r) => 'database' in r && r.database === db);
  Reflect.deleteProperty(state.tagsOnDatabases, db);
  Reflect.deleteProperty(state.databaseCreators, db);
  Reflect.deleteProperty(state.knownDatabases, db);
  for (const record of [state.tagsOnTables, state.tagsOnColumns, state.filters, state.knownTables])
    for (const key of Object.keys(record))
      if (key.startsWith(`${db}/`)) Reflect.deleteProperty(record, key);
}
