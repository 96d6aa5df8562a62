import type { Column, StorageDescriptor } from '@aws-sdk/client-glue';
import { AwsError } from '../core/errors';
import type { OperationContext } from '../core/operations';
import type { GlueTable } from '../glue/state';
import { createAccessChecker, type AccessChecker, type TableAccess } from './access';
import { isIamModeDatabase, isIamModeTable } from './accessIndex';
import { isUnderPath, s3PathOf } from './common';
import { isRegisteredTableLocation } from './locations';
import { granteeIdentifiers, isDataLakeAdmin } from './principals';

/** What Glue's read operations ask Lake Formation, for one call's principal. */
export interface CatalogView {
  /** Whether the principal may see the table at all (IAM-mode tables: always). */
  isTableVisible(table: GlueTable): boolean;
  /** Throws AccessDeniedException when Lake Formation hides the table. */
  checkTable(table: GlueTable): void;
  isDatabaseVisible(database: string): boolean;
  checkDatabase(database: string): void;
  /** CREATE_DATABASE on the catalog (IAMAllowedPrincipals holds it in a fresh account). */
  checkCreateDatabase(): void;
  /** CREATE_TABLE on the database, unless IAMAllowedPrincipals holds Super on it. */
  checkCreateTable(database: string): void;
  /**
   * DATA_LOCATION_ACCESS for a table pointing at a registered location (CreateTable, and
   * UpdateTable moving it), unless it lies under its database's registered location.
   */
  checkTableLocation(databaseLocation: string | undefined, location: string | undefined): void;
  /** ALTER or DROP on a Lake Formation-mode table (UpdateTable, DeleteTable). */
  checkTableChange(table: GlueTable, permission: 'ALTER' | 'DROP'): void;
  /** ALTER or DROP on a Lake Formation-mode database (UpdateDatabase, DeleteDatabase). */
  checkDatabaseChange(database: string, permission: 'ALTER' | 'DROP'): void;
  /** A Glue Table output as this principal may see it: only the permitted columns under partial SELECT. */
  tableOutput<
    T extends {
      StorageDescriptor?: StorageDescriptor;
      PartitionKeys?: Column[];
      IsRegisteredWithLakeFormation?: boolean;
    },
  >(
    table: GlueTable,
    output: T,
  ): T;
}

function insufficient(name: string): AwsError {
  // Glue under Lake Formation: "Insufficient Lake Formation permission(s) on <name>" (AccessDeniedException).
  return new AwsError(
    'AccessDeniedException',
    `Insufficient Lake Formation permission(s) on ${name}`,
    { statusCode: 400 },
  );
}

/**
 * Lake Formation's view of the Data Catalog for one Glue call. Tables and databases that
 * IAMAllowedPrincipals holds Super on behave exactly as before (IAM alone decides), at the
 * cost of one lookup; grants are indexed only when a Lake Formation-mode resource is met.
 */
export function catalogViewFor(ctx: OperationContext): CatalogView {
  const state = ctx.world.lakeformation;
  let checker: AccessChecker | undefined;
  const accessOf = (table: GlueTable): TableAccess | undefined => {
    if (isIamModeTable(state, table.DatabaseName, table.Name)) return undefined;
    checker ??= createAccessChecker(ctx.world, ctx.principal.arn);
    return checker.tableOf(table);
  };
  const isTableVisible = (table: GlueTable) => {
    const access = accessOf(table);
    return !access || access.permissions.length > 0;
  };
  const isDatabaseVisible = (database: string) => {
    if (isIamModeDatabase(state, database)) return true;
    checker ??= createAccessChecker(ctx.world, ctx.principal.arn);
    return checker.database(database).permissions.length > 0;
  };
  return {
    isTableVisible,
    checkTable(table) {
      if (!isTableVisible(table)) throw insufficient(table.Name);
    },
    isDatabaseVisible,
    checkDatabase(database) {
      if (!isDatabaseVisible(database))
        throw insufficient(`${database} (Database name: ${database})`);
    },
    checkCreateDatabase() {
      if (!state || isDataLakeAdmin(ctx.world, ctx.principal.arn)) return;
      const ids = granteeIdentifiers(ctx.world, ctx.principal.arn);
      // LF: creating a database needs CREATE_DATABASE on the catalog (admins have it implicitly).
      const granted = Object.values(state.grants).some(
        (g) =>
          g.resource.kind === 'Catalog' &&
          ids.has(g.principal) &&
          (g.permissions.includes('CREATE_DATABASE') || g.permissions.includes('ALL')),
      );
      if (!granted)
        throw new AwsError(
          'AccessDeniedException',
          'Insufficient Lake Formation permission(s): Required Create Database on Catalog',
          { statusCode: 400 },
        );
    },
    checkCreateTable(database) {
      if (isIamModeDatabase(state, database)) return;
      checker ??= createAccessChecker(ctx.world, ctx.principal.arn);
      // LF: creating a table needs CREATE_TABLE on its database (database creators hold it).
      if (!checker.database(database).permissions.includes('CREATE_TABLE'))
        throw insufficient(`${database} (Database name: ${database})`);
    },
    checkTableLocation(databaseLocation, location) {
      // lf-permissions-reference.html (CREATE_TABLE): a table at a registered location needs
      // DATA_LOCATION_ACCESS on it, unless the database's location is registered and holds the
      // table's; an unregistered location needs none. Admins have location permission everywhere.
      if (!state || !location || !isRegisteredTableLocation(ctx.world, location)) return;
      if (isDataLakeAdmin(ctx.world, ctx.principal.arn)) return;
      const path = s3PathOf(location) ?? '';
      const dbPath = databaseLocation ? s3PathOf(databaseLocation) : undefined;
      if (
        dbPath &&
        isUnderPath(path, dbPath) &&
        isRegisteredTableLocation(ctx.world, databaseLocation)
      )
        return;
      const ids = granteeIdentifiers(ctx.world, ctx.principal.arn);
      // DATA_LOCATION_ACCESS is inherited by every prefix below the granted location.
      const granted = Object.values(state.grants).some(
        (g) =>
          g.resource.kind === 'DataLocation' &&
          ids.has(g.principal) &&
          g.permissions.includes('DATA_LOCATION_ACCESS') &&
          isUnderPath(path, s3PathOf(g.resource.arn) ?? '\0'),
      );
      if (!granted)
        throw new AwsError(
          'AccessDeniedException',
          `Insufficient Lake Formation permission(s): Required Data Location Access on ${location}`,
          { statusCode: 400 },
        );
    },
    checkTableChange(table, permission) {
      const access = accessOf(table);
      // LF: changing a table needs ALTER, deleting it DROP (admins hold neither implicitly on others' tables).
      if (access && !access.permissions.includes(permission)) throw insufficient(table.Name);
    },
    checkDatabaseChange(database, permission) {
      if (isIamModeDatabase(state, database)) return;
      checker ??= createAccessChecker(ctx.world, ctx.principal.arn);
      if (!checker.database(database).permissions.includes(permission))
        throw insufficient(`${database} (Database name: ${database})`);
    },
    tableOutput(table, output) {
      const registered = state
        ? isRegisteredTableLocation(ctx.world, table.StorageDescriptor?.Location)
        : output.IsRegisteredWithLakeFormation;
      const withFlag = { ...output, IsRegisteredWithLakeFormation: registered ?? false };
      const access = accessOf(table);
      if (!access || access.fullMetadata) return withFlag;
      // LF: with column-level SELECT, glue:GetTable returns only the permitted columns.
      const allowed = new Set(
        access.columns.filter((c) => c.allowed).map((c) => c.column.toLowerCase()),
      );
      const keep = (columns: Column[] | undefined) =>
        columns?.filter((c) => allowed.has((c.Name ?? '').toLowerCase()));
      return {
        ...withFlag,
        ...(output.StorageDescriptor
          ? {
              StorageDescriptor: {
                ...output.StorageDescriptor,
                Columns: keep(output.StorageDescriptor.Columns) ?? [],
              },
            }
          : {}),
        ...(output.PartitionKeys ? { PartitionKeys: keep(output.PartitionKeys) ?? [] } : {}),
      };
    },
  };
}
