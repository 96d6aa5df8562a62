import type {
  CreateDataCellsFilterRequest,
  DataCellsFilter,
  DeleteDataCellsFilterRequest,
  GetDataCellsFilterRequest,
  ListDataCellsFilterRequest,
  UpdateDataCellsFilterRequest,
} from '@aws-sdk/client-lakeformation';
import { AwsError, entityNotFound, invalidInput } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { createAccessChecker } from './access';
import { checkCatalog, lfOf, lfView, pageOf } from './common';
import { isDataLakeAdmin, lfPrincipalArn } from './principals';
import { rowFilterColumns } from './rowFilter';
import { tableKey, type StoredDataCellsFilter } from './state';
import { columnsOfTable } from './tableAccess';

// LF data-filtering notes: these names can't be used as filter columns.
const RESTRICTED = new Set([
  'ctid',
  'oid',
  'xmin',
  'cmin',
  'xmax',
  'cmax',
  'tableoid',
  'insertxid',
  'deletexid',
  'importoid',
  'redcatuniqueid',
]);

function tableOf(ctx: OperationContext, database: string | undefined, table: string | undefined) {
  const db = (database ?? '').toLowerCase();
  if (!Object.hasOwn(ctx.world.glue.databases, db))
    throw entityNotFound(`Database ${database ?? ''} not found.`);
  const entry = ctx.world.glue.tables?.[db]?.[(table ?? '').toLowerCase()];
  const current = entry?.versions[entry.versions.length - 1];
  if (!current) throw entityNotFound(`Table ${table ?? ''} not found.`);
  return current;
}

// LF: creating or changing a data filter needs SELECT with grant option on the table (admins may always).
function checkMayFilter(ctx: OperationContext, database: string, table: string): void {
  const principal = lfPrincipalArn(ctx.world, ctx.principal.arn);
  if (isDataLakeAdmin(ctx.world, principal)) return;
  if (
    createAccessChecker(ctx.world, principal).grantsOn(database, table).grantable.includes('SELECT')
  )
    return;
  throw new AwsError(
    'AccessDeniedException',
    `Insufficient Lake Formation permission(s) on ${database}.${table}: data filters need SELECT with grant option on the table.`,
    { statusCode: 403 },
  );
}

function filterFrom(
  ctx: OperationContext,
  data: DataCellsFilter | undefined,
  versionId: string,
): StoredDataCellsFilter {
  if (!data) throw invalidInput('TableData is required.');
  const TableCatalogId = checkCatalog(ctx, data.TableCatalogId);
  const table = tableOf(ctx, data.DatabaseName, data.TableName);
  const name = data.Name ?? '';
  if (name.length < 1 || name.length > 255)
    throw invalidInput('Name must be 1–255 characters long.');
  const known = new Map(columnsOfTable(table).map((c) => [c.lower, c.name]));
  const check = (list: string[], what: string) => {
    const unknown = list.filter(
      (c) => !known.has(c.toLowerCase()) || RESTRICTED.has(c.toLowerCase()),
    );
    if (unknown.length > 0)
      throw invalidInput(
        `${what} ${unknown.join(', ')} are not columns of ${table.DatabaseName}.${table.Name} (or are reserved).`,
      );
  };
  if ((data.ColumnNames === undefined) === (data.ColumnWildcard === undefined))
    throw invalidInput('A data filter needs exactly one of ColumnNames or ColumnWildcard.');
  if (data.ColumnNames?.length === 0)
    throw invalidInput('ColumnNames must name at least one column.');
  check(data.ColumnNames ?? data.ColumnWildcard?.ExcludedColumnNames ?? [], 'Columns');
  const row = data.RowFilter;
  if (!row || (row.FilterExpression === undefined) === (row.AllRowsWildcard === undefined))
    throw invalidInput('RowFilter needs exactly one of FilterExpression or AllRowsWildcard.');
  if (row.FilterExpression !== undefined)
    check(rowFilterColumns(row.FilterExpression), 'The row filter reads columns');
  return {
    TableCatalogId,
    DatabaseName: table.DatabaseName,
    TableName: table.Name,
    Name: name,
    ...(row.FilterExpression !== undefined ? { FilterExpression: row.FilterExpression } : {}),
    ...(data.ColumnNames ? { ColumnNames: data.ColumnNames.map((c) => c.toLowerCase()) } : {}),
    ...(data.ColumnWildcard
      ? {
          ExcludedColumnNames: (data.ColumnWildcard.ExcludedColumnNames ?? []).map((c) =>
            c.toLowerCase(),
          ),
        }
      : {}),
    VersionId: versionId,
  };
}

const keyOf = (f: { DatabaseName: string; TableName: string; Name: string }) =>
  `${tableKey(f.DatabaseName, f.TableName)}/${f.Name}`;

function output(f: StoredDataCellsFilter): DataCellsFilter {
  return {
    TableCatalogId: f.TableCatalogId,
    DatabaseName: f.DatabaseName,
    TableName: f.TableName,
    Name: f.Name,
    RowFilter:
      f.FilterExpression !== undefined
        ? { FilterExpression: f.FilterExpression }
        : { AllRowsWildcard: {} },
    ...(f.ColumnNames
      ? { ColumnNames: [...f.ColumnNames] }
      : { ColumnWildcard: { ExcludedColumnNames: [...(f.ExcludedColumnNames ?? [])] } }),
    VersionId: f.VersionId,
  };
}

function existing(
  ctx: OperationContext,
  input: {
    DatabaseName?: string | undefined;
    TableName?: string | undefined;
    Name?: string | undefined;
  },
) {
  const key = `${tableKey(input.DatabaseName ?? '', input.TableName ?? '')}/${input.Name ?? ''}`;
  const filter = lfOf(ctx).filters[key];
  if (!filter)
    throw entityNotFound(
      `Data cells filter ${input.Name ?? ''} not found on ${input.DatabaseName ?? ''}.${input.TableName ?? ''}.`,
    );
  return { key, filter };
}

export const CreateDataCellsFilter: OperationDef<CreateDataCellsFilterRequest> = {
  run(input, ctx) {
    const filter = filterFrom(ctx, input.TableData, '0');
    checkMayFilter(ctx, filter.DatabaseName, filter.TableName);
    const state = lfOf(ctx);
    if (state.filters[keyOf(filter)])
      throw new AwsError(
        'AlreadyExistsException',
        `A data cells filter named ${filter.Name} already exists on this table.`,
      );
    state.filters[keyOf(filter)] = filter;
    return {};
  },
};

export const UpdateDataCellsFilter: OperationDef<UpdateDataCellsFilterRequest> = {
  run(input, ctx) {
    const { key, filter: current } = existing(ctx, input.TableData ?? {});
    // A filter's version moves on with every update.
    const filter = filterFrom(ctx, input.TableData, String(Number(current.VersionId) + 1));
    checkMayFilter(ctx, filter.DatabaseName, filter.TableName);
    lfOf(ctx).filters[key] = filter;
    return {};
  },
};

export const DeleteDataCellsFilter: OperationDef<DeleteDataCellsFilterRequest> = {
  run(input, ctx) {
    checkCatalog(ctx, input.TableCatalogId);
    const { key, filter } = existing(ctx, input);
    checkMayFilter(ctx, filter.DatabaseName, filter.TableName);
    const state = lfOf(ctx);
    Reflect.deleteProperty(state.filters, key);
    for (const [k, g] of Object.entries(state.grants))
      if (
        g.resource.kind === 'DataCellsFilter' &&
        keyOf({
          DatabaseName: g.resource.database,
          TableName: g.resource.table,
          Name: g.resource.name,
        }) === key
      )
        Reflect.deleteProperty(state.grants, k);
    return {};
  },
};

export const GetDataCellsFilter: OperationDef<GetDataCellsFilterRequest> = {
  run(input, ctx) {
    checkCatalog(ctx, input.TableCatalogId);
    return { DataCellsFilter: output(existing(ctx, input).filter) };
  },
};

export const ListDataCellsFilter: OperationDef<ListDataCellsFilterRequest> = {
  run(input, ctx) {
    const table = input.Table;
    const filters = Object.values(lfView(ctx).filters).filter(
      (f) =>
        !table ||
        (f.DatabaseName === (table.DatabaseName ?? '').toLowerCase() &&
          (table.TableWildcard !== undefined || f.TableName === (table.Name ?? '').toLowerCase())),
    );
    const { page, NextToken } = pageOf(filters, input);
    return { DataCellsFilters: page.map(output), ...(NextToken ? { NextToken } : {}) };
  },
};
