import type {
  BatchDeleteTableRequest,
  CreateTableRequest,
  DeleteTableRequest,
  GetTableRequest,
  GetTablesRequest,
  UpdateTableRequest,
} from '@aws-sdk/client-glue';
import { AwsError, isAwsError, invalidInput } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { databaseOf } from './databases';
import type { GlueTable } from './state';
import { forgetTable, recordNewTable } from '../lakeformation/catalogHooks';
import { catalogViewFor, type CatalogView } from '../lakeformation/glueAccess';
import {
  byText,
  currentOf,
  pageUpTo1000,
  tableAccess,
  tableEntryOf,
  tableFromInput,
  tableOutput,
  tablesIn,
  tablesOf,
} from './tablesModel';

export const CreateTable: OperationDef<CreateTableRequest> = {
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:CreateTable', i.CatalogId, i.DatabaseName, [
      i.TableInput?.Name ?? i.Name,
    ]),
  run(input, ctx) {
    const db = databaseOf(ctx, input.DatabaseName, input.CatalogId);
    const lakeFormation = catalogViewFor(ctx);
    lakeFormation.checkCreateTable(db.Name);
    // Glue: a new table starts at VersionId "0".
    const table = tableFromInput(ctx, input.TableInput, {
      database: db.Name,
      catalogId: db.CatalogId,
      createTime: ctx.now,
      versionId: '0',
    });
    lakeFormation.checkTableLocation(db.LocationUri, table.StorageDescriptor?.Location);
    const tables = tablesIn(ctx, db.Name);
    if (Object.hasOwn(tables, table.Name))
      throw new AwsError('AlreadyExistsException', 'Table already exists.');
    tables[table.Name] = { versions: [table], partitions: {} };
    recordNewTable(ctx.world, table);
    return {};
  },
};

export const GetTable: OperationDef<GetTableRequest> = {
  readOnly: true,
  authorize: (i, ctx) => tableAccess(ctx, 'glue:GetTable', i.CatalogId, i.DatabaseName, [i.Name]),
  run(input, ctx) {
    const table = currentOf(tableEntryOf(ctx, input.DatabaseName, input.Name, input.CatalogId));
    const lakeFormation = catalogViewFor(ctx);
    lakeFormation.checkTable(table);
    return { Table: lakeFormation.tableOutput(table, tableOutput(table)) };
  },
};

/**
 * GetTables' Expression is "a regular expression pattern" on table names; as in the Hive
 * metastore it matches the whole name, case-insensitively, and a bare `*` means any characters.
 */
export function tableNamePattern(expression: string): RegExp {
  const hiveStyle = expression.replace(/(^|[^.\\\])])\*/g, '$1.*');
  try {
    return new RegExp(`^(?:${hiveStyle})$`, 'i');
  } catch {
    throw invalidInput(`The expression "${expression}" is not a valid regular expression.`);
  }
}

// Glue GetTables: AttributesToGet NAME returns only names; NAME, TABLE_TYPE adds the table types.
function attributesOf(
  table: ReturnType<typeof tableOutput>,
  attributes: GetTablesRequest['AttributesToGet'],
) {
  if (!attributes) return table;
  if (attributes.length === 0 || !attributes.includes('NAME'))
    throw invalidInput('AttributesToGet must include NAME.');
  return {
    Name: table.Name,
    ...(attributes.includes('TABLE_TYPE') && table.TableType !== undefined
      ? { TableType: table.TableType }
      : {}),
  };
}

export const GetTables: OperationDef<GetTablesRequest> = {
  readOnly: true,
  authorize: (i, ctx) => tableAccess(ctx, 'glue:GetTables', i.CatalogId, i.DatabaseName, ['*']),
  run(input, ctx) {
    const db = databaseOf(ctx, input.DatabaseName, input.CatalogId);
    const pattern = input.Expression ? tableNamePattern(input.Expression) : undefined;
    const lakeFormation = catalogViewFor(ctx);
    const matching = Object.values(tablesOf(ctx, db.Name))
      .map(currentOf)
      .filter(
        (table) => (!pattern || pattern.test(table.Name)) && lakeFormation.isTableVisible(table),
      )
      .sort((a, b) => byText(a.Name, b.Name));
    const { page, NextToken } = pageUpTo1000(matching, input);
    return {
      TableList: page.map((table) =>
        attributesOf(lakeFormation.tableOutput(table, tableOutput(table)), input.AttributesToGet),
      ),
      ...(NextToken ? { NextToken } : {}),
    };
  },
};

function checkExpectedVersion(input: UpdateTableRequest, currentVersion: string): void {
  // Glue: UpdateTable with a VersionId updates only if that is still the current version.
  if (input.VersionId !== undefined && input.VersionId !== currentVersion)
    throw new AwsError(
      'ConcurrentModificationException',
      `Table version ${input.VersionId} is not the current version ${currentVersion}.`,
    );
}

export const UpdateTable: OperationDef<UpdateTableRequest> = {
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:UpdateTable', i.CatalogId, i.DatabaseName, [
      i.TableInput?.Name ?? i.Name,
    ]),
  run(input, ctx: OperationContext) {
    const name = input.Name ?? input.TableInput?.Name;
    const entry = tableEntryOf(ctx, input.DatabaseName, name, input.CatalogId);
    const current = currentOf(entry);
    const lakeFormation = catalogViewFor(ctx);
    lakeFormation.checkTableChange(current, 'ALTER');
    checkExpectedVersion(input, current.VersionId);
    if (
      input.TableInput?.Name !== undefined &&
      input.TableInput.Name.toLowerCase() !== current.Name
    )
      throw invalidInput(
        `UpdateTable cannot rename table ${current.Name} to ${input.TableInput.Name}.`,
      );
    // Glue: UpdateTable archives the previous version (VersionId + 1) unless SkipArchive is true.
    const versionId = input.SkipArchive ? current.VersionId : String(Number(current.VersionId) + 1);
    const updated = {
      ...tableFromInput(ctx, input.TableInput, {
        database: current.DatabaseName,
        catalogId: current.CatalogId,
        createTime: current.CreateTime,
        versionId,
      }),
      CreatedBy: current.CreatedBy,
    };
    // Moving a table to a registered location needs location permission on the new one.
    const location = updated.StorageDescriptor?.Location;
    if (location !== current.StorageDescriptor?.Location)
      lakeFormation.checkTableLocation(
        databaseOf(ctx, current.DatabaseName, input.CatalogId).LocationUri,
        location,
      );
    if (input.SkipArchive) entry.versions[entry.versions.length - 1] = updated;
    else entry.versions.push(updated);
    return {};
  },
};

export const DeleteTable: OperationDef<DeleteTableRequest> = {
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:DeleteTable', i.CatalogId, i.DatabaseName, [i.Name]),
  run(input, ctx) {
    const table = currentOf(tableEntryOf(ctx, input.DatabaseName, input.Name, input.CatalogId));
    catalogViewFor(ctx).checkTableChange(table, 'DROP');
    // Glue: deleting a table also deletes its versions and partitions.
    Reflect.deleteProperty(tablesIn(ctx, table.DatabaseName), table.Name);
    forgetTable(ctx.world, table.DatabaseName, table.Name);
    return {};
  },
};

function dropRefusal(
  lakeFormation: CatalogView,
  table: GlueTable,
): { ErrorCode: string; ErrorMessage: string } | undefined {
  try {
    lakeFormation.checkTableChange(table, 'DROP');
    return undefined;
  } catch (error) {
    if (!isAwsError(error)) throw error;
    return { ErrorCode: error.name, ErrorMessage: error.message };
  }
}

export const BatchDeleteTable: OperationDef<BatchDeleteTableRequest> = {
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:BatchDeleteTable', i.CatalogId, i.DatabaseName, i.TablesToDelete ?? []),
  run(input, ctx) {
    const db = databaseOf(ctx, input.DatabaseName, input.CatalogId);
    const names = input.TablesToDelete ?? [];
    // Glue: BatchDeleteTable takes 0–100 table names.
    if (names.length > 100)
      throw invalidInput(
        "1 validation error detected: Value at 'tablesToDelete' failed to satisfy constraint: Member must have length less than or equal to 100",
      );
    const tables = tablesIn(ctx, db.Name);
    const lakeFormation = catalogViewFor(ctx);
    const Errors = [];
    for (const name of names) {
      const key = name.toLowerCase();
      const entry = Object.hasOwn(tables, key) ? tables[key] : undefined;
      // Lake Formation: each table needs DROP; a refused one is reported, the others deleted.
      const refused = entry && dropRefusal(lakeFormation, currentOf(entry));
      if (refused) Errors.push({ TableName: name, ErrorDetail: refused });
      else if (entry) {
        Reflect.deleteProperty(tables, key);
        forgetTable(ctx.world, db.Name, key);
      } else
        Errors.push({
          TableName: name,
          ErrorDetail: {
            ErrorCode: 'EntityNotFoundException',
            ErrorMessage: `Table ${name} not found.`,
          },
        });
    }
    return { Errors };
  },
};
