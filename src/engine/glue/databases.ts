import type {
  CreateDatabaseRequest,
  DatabaseInput,
  DeleteDatabaseRequest,
  GetDatabaseRequest,
  GetDatabasesRequest,
  UpdateDatabaseRequest,
} from '@aws-sdk/client-glue';
import { AwsError, entityNotFound } from '../core/errors';
import { serviceArn } from '../core/ids';
import type { OperationContext, OperationDef, RequiredAccess } from '../core/operations';
import { glueName, pageOf } from './names';
import {
  defaultPermissionsForNewDatabase,
  forgetDatabase,
  recordNewDatabase,
} from '../lakeformation/catalogHooks';
import { catalogViewFor } from '../lakeformation/glueAccess';
import { initialGlueState, type GlueDatabase, type GlueState } from './state';

const catalogArn = (ctx: OperationContext, catalogId?: string) =>
  serviceArn('glue', catalogId ?? ctx.principal.accountId, 'catalog', ctx.region);
const databaseArn = (ctx: OperationContext, name: string, catalogId?: string) =>
  serviceArn(
    'glue',
    catalogId ?? ctx.principal.accountId,
    `database/${name.toLowerCase()}`,
    ctx.region,
  );

// Glue resource-level permissions: database operations need the catalog ARN and the database ARN.
const onDatabase =
  <I extends { CatalogId?: string }>(action: string, nameOf: (input: I) => string | undefined) =>
  (input: I, ctx: OperationContext): RequiredAccess[] => {
    const { CatalogId } = input;
    return [
      { action, resource: catalogArn(ctx, CatalogId) },
      { action, resource: databaseArn(ctx, nameOf(input) ?? '', CatalogId) },
    ];
  };

/** The Glue catalog state; labs saved before Glue existed get an empty one. */
export function glueOf(ctx: OperationContext): GlueState {
  ctx.world.glue ??= initialGlueState();
  return ctx.world.glue;
}

/** The database of the caller's catalog, or EntityNotFoundException. */
export function databaseOf(
  ctx: OperationContext,
  name: string | undefined,
  catalogId?: string,
): GlueDatabase {
  const key = (name ?? '').toLowerCase();
  const db = Object.hasOwn(glueOf(ctx).databases, key) ? glueOf(ctx).databases[key] : undefined;
  if (!db || db.CatalogId !== (catalogId ?? ctx.principal.accountId))
    throw entityNotFound(`Database ${name ?? ''} not found.`);
  return db;
}

/** The Glue `Database` shape. */
export function databaseOutput(db: GlueDatabase) {
  const { CreateTime, ...rest } = db;
  return { ...rest, CreateTime: new Date(CreateTime) };
}

function fromInput(input: DatabaseInput, catalogId: string, createTime: number): GlueDatabase {
  const name = glueName(input.Name, 'databaseInput.name');
  if (input.Description !== undefined && input.Description.length > 2048)
    throw new AwsError(
      'InvalidInputException',
      "1 validation error detected: Value at 'databaseInput.description' failed to satisfy constraint: Member must have length less than or equal to 2048",
    );
  return {
    Name: name,
    CatalogId: catalogId,
    CreateTime: createTime,
    // Lake Formation default: new databases grant IAMAllowedPrincipals ALL on new tables ("Use only IAM access control").
    CreateTableDefaultPermissions: input.CreateTableDefaultPermissions ?? [
      {
        Principal: { DataLakePrincipalIdentifier: 'IAM_ALLOWED_PRINCIPALS' },
        Permissions: ['ALL'],
      },
    ],
    ...(input.Description !== undefined ? { Description: input.Description } : {}),
    ...(input.LocationUri !== undefined ? { LocationUri: input.LocationUri } : {}),
    ...(input.Parameters !== undefined ? { Parameters: input.Parameters } : {}),
    ...(input.TargetDatabase !== undefined ? { TargetDatabase: input.TargetDatabase } : {}),
    ...(input.FederatedDatabase !== undefined
      ? { FederatedDatabase: input.FederatedDatabase }
      : {}),
  };
}

export const CreateDatabase: OperationDef<CreateDatabaseRequest> = {
  authorize: onDatabase('glue:CreateDatabase', (i: CreateDatabaseRequest) => i.DatabaseInput?.Name),
  run(input, ctx) {
    if (!input.DatabaseInput)
      throw new AwsError('InvalidInputException', 'DatabaseInput is required.');
    const catalogId = input.CatalogId ?? ctx.principal.accountId;
    catalogViewFor(ctx).checkCreateDatabase();
    // Lake Formation's CreateTableDefaultPermissions setting fills a database that names none.
    const CreateTableDefaultPermissions =
      input.DatabaseInput.CreateTableDefaultPermissions ??
      defaultPermissionsForNewDatabase(ctx.world);
    const db = fromInput(
      { ...input.DatabaseInput, CreateTableDefaultPermissions },
      catalogId,
      ctx.now,
    );
    if (Object.hasOwn(glueOf(ctx).databases, db.Name))
      throw new AwsError('AlreadyExistsException', 'Database already exists.');
    glueOf(ctx).databases[db.Name] = db;
    recordNewDatabase(ctx.world, db.Name, ctx.principal.arn);
    return {};
  },
};

export const GetDatabase: OperationDef<GetDatabaseRequest> = {
  authorize: onDatabase('glue:GetDatabase', (i: GetDatabaseRequest) => i.Name),
  run(input, ctx) {
    const db = databaseOf(ctx, input.Name, input.CatalogId);
    catalogViewFor(ctx).checkDatabase(db.Name);
    return { Database: databaseOutput(db) };
  },
};

export const GetDatabases: OperationDef<GetDatabasesRequest> = {
  authorize: onDatabase('glue:GetDatabases', () => '*'),
  run(input, ctx) {
    const catalogId = input.CatalogId ?? ctx.principal.accountId;
    const lakeFormation = catalogViewFor(ctx);
    const all = Object.values(glueOf(ctx).databases)
      .filter((db) => db.CatalogId === catalogId && lakeFormation.isDatabaseVisible(db.Name))
      .sort((a, b) => a.Name.localeCompare(b.Name));
    const { page, NextToken } = pageOf(all, input);
    return { DatabaseList: page.map(databaseOutput), ...(NextToken ? { NextToken } : {}) };
  },
};

export const UpdateDatabase: OperationDef<UpdateDatabaseRequest> = {
  authorize: onDatabase('glue:UpdateDatabase', (i: UpdateDatabaseRequest) => i.Name),
  run(input, ctx) {
    const current = databaseOf(ctx, input.Name, input.CatalogId);
    catalogViewFor(ctx).checkDatabaseChange(current.Name, 'ALTER');
    if (!input.DatabaseInput)
      throw new AwsError('InvalidInputException', 'DatabaseInput is required.');
    const updated = fromInput(
      { ...input.DatabaseInput, Name: input.DatabaseInput.Name ?? current.Name },
      current.CatalogId,
      current.CreateTime,
    );
    // Glue keeps the database's name: UpdateDatabase changes its other properties.
    glueOf(ctx).databases[current.Name] = { ...updated, Name: current.Name };
    return {};
  },
};

export const DeleteDatabase: OperationDef<DeleteDatabaseRequest> = {
  authorize: onDatabase('glue:DeleteDatabase', (i: DeleteDatabaseRequest) => i.Name),
  run(input, ctx) {
    const db = databaseOf(ctx, input.Name, input.CatalogId);
    catalogViewFor(ctx).checkDatabaseChange(db.Name, 'DROP');
    Reflect.deleteProperty(glueOf(ctx).databases, db.Name);
    // Glue: deleting a database deletes all its tables (with their versions and partitions).
    Reflect.deleteProperty(glueOf(ctx).tables ?? {}, db.Name);
    forgetDatabase(ctx.world, db.Name);
    return {};
  },
};
