import type {
  BatchDeleteTableVersionRequest,
  DeleteTableVersionRequest,
  GetTableVersionRequest,
  GetTableVersionsRequest,
} from '@aws-sdk/client-glue';
import { entityNotFound, invalidInput } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { catalogViewFor } from '../lakeformation/glueAccess';
import { pageOf } from './names';
import type { GlueTable, GlueTableEntry } from './state';
import { currentOf, tableAccess, tableEntryOf, tableOutput } from './tablesModel';

/** A version as the caller may see it: Lake Formation hides the table or trims its columns. */
function versionOutput(ctx: OperationContext, table: GlueTable) {
  const lakeFormation = catalogViewFor(ctx);
  lakeFormation.checkTable(table);
  return {
    Table: lakeFormation.tableOutput(table, tableOutput(table)),
    VersionId: table.VersionId,
  };
}

function versionProblem(
  entry: GlueTableEntry,
  versionId: string,
): { ErrorCode: string; ErrorMessage: string } | undefined {
  if (!/^\d+$/.test(versionId))
    return {
      ErrorCode: 'InvalidInputException',
      ErrorMessage: `Version id ${versionId} is not a number.`,
    };
  if (!entry.versions.some((v) => v.VersionId === versionId))
    return {
      ErrorCode: 'EntityNotFoundException',
      ErrorMessage: `Table version ${versionId} not found.`,
    };
  // Glue keeps the current version: only archived versions can be deleted.
  if (currentOf(entry).VersionId === versionId)
    return {
      ErrorCode: 'InvalidInputException',
      ErrorMessage: `Version ${versionId} is the current version of table ${currentOf(entry).Name} and cannot be deleted.`,
    };
  return undefined;
}

function deleteVersion(entry: GlueTableEntry, versionId: string): void {
  entry.versions = entry.versions.filter((v) => v.VersionId !== versionId);
}

export const GetTableVersions: OperationDef<GetTableVersionsRequest> = {
  readOnly: true,
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:GetTableVersions', i.CatalogId, i.DatabaseName, [i.TableName]),
  run(input, ctx) {
    const entry = tableEntryOf(ctx, input.DatabaseName, input.TableName, input.CatalogId);
    // Glue lists versions newest first, the current one included.
    const { page, NextToken } = pageOf([...entry.versions].reverse(), input);
    return {
      TableVersions: page.map((v) => versionOutput(ctx, v)),
      ...(NextToken ? { NextToken } : {}),
    };
  },
};

export const GetTableVersion: OperationDef<GetTableVersionRequest> = {
  readOnly: true,
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:GetTableVersion', i.CatalogId, i.DatabaseName, [i.TableName]),
  run(input, ctx) {
    const entry = tableEntryOf(ctx, input.DatabaseName, input.TableName, input.CatalogId);
    // Without a VersionId, GetTableVersion returns the current version.
    const version =
      input.VersionId === undefined
        ? currentOf(entry)
        : entry.versions.find((v) => v.VersionId === input.VersionId);
    if (!version) throw entityNotFound(`Table version ${input.VersionId ?? ''} not found.`);
    return { TableVersion: versionOutput(ctx, version) };
  },
};

export const DeleteTableVersion: OperationDef<DeleteTableVersionRequest> = {
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:DeleteTableVersion', i.CatalogId, i.DatabaseName, [i.TableName]),
  run(input, ctx) {
    const entry = tableEntryOf(ctx, input.DatabaseName, input.TableName, input.CatalogId);
    const versionId = input.VersionId ?? '';
    const problem = versionProblem(entry, versionId);
    if (problem?.ErrorCode === 'EntityNotFoundException')
      throw entityNotFound(problem.ErrorMessage);
    if (problem) throw invalidInput(problem.ErrorMessage);
    deleteVersion(entry, versionId);
    return {};
  },
};

export const BatchDeleteTableVersion: OperationDef<BatchDeleteTableVersionRequest> = {
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:BatchDeleteTableVersion', i.CatalogId, i.DatabaseName, [i.TableName]),
  run(input, ctx) {
    const entry = tableEntryOf(ctx, input.DatabaseName, input.TableName, input.CatalogId);
    const versionIds = input.VersionIds ?? [];
    // Glue: BatchDeleteTableVersion takes 0–100 version ids.
    if (versionIds.length > 100)
      throw invalidInput(
        "1 validation error detected: Value at 'versionIds' failed to satisfy constraint: Member must have length less than or equal to 100",
      );
    const TableName = currentOf(entry).Name;
    const Errors = [];
    for (const VersionId of versionIds) {
      const problem = versionProblem(entry, VersionId);
      if (problem) Errors.push({ TableName, VersionId, ErrorDetail: problem });
      else deleteVersion(entry, VersionId);
    }
    return { Errors };
  },
};
