import type { Resource } from '@aws-sdk/client-lakeformation';
import { entityNotFound, invalidInput } from '../core/errors';
import type { World } from '../world';
import { isUnderRegisteredLocation } from './locations';
import { tableKey, type GrantResource, type LakeFormationState } from './state';
import { columnsOfTable } from './tableAccess';

const KINDS = [
  'Catalog',
  'Database',
  'Table',
  'TableWithColumns',
  'DataLocation',
  'DataCellsFilter',
  'LFTag',
  'LFTagPolicy',
] as const;

function databaseMustExist(world: World, name: string | undefined): string {
  const db = (name ?? '').toLowerCase();
  if (!db) throw invalidInput('A database name is required.');
  if (!Object.hasOwn(world.glue.databases, db))
    throw entityNotFound(`Database ${name ?? ''} not found.`);
  return db;
}

function tableMustExist(world: World, database: string, name: string | undefined) {
  const table = (name ?? '').toLowerCase();
  const entry = world.glue.tables?.[database]?.[table];
  const current = entry?.versions[entry.versions.length - 1];
  if (!current) throw entityNotFound(`Table ${name ?? ''} not found.`);
  return current;
}

function checkTagValues(
  state: LakeFormationState,
  key: string | undefined,
  values: string[] | undefined,
) {
  const tag = key === undefined ? undefined : state.lfTags[key];
  if (!tag || key === undefined) throw entityNotFound(`Tag key ${key ?? ''} not found.`);
  if (!values || values.length === 0) throw invalidInput(`TagValues of ${key} must not be empty.`);
  const unknown = values.filter((v) => v !== '*' && !tag.TagValues.includes(v));
  if (unknown.length > 0)
    throw invalidInput(
      `Tag values ${unknown.join(', ')} are not allowed values of the LF-Tag ${key}.`,
    );
  return { key, values: [...new Set(values)] };
}

function parseTable(world: World, table: NonNullable<Resource['Table']>): GrantResource {
  const database = databaseMustExist(world, table.DatabaseName);
  if ((table.Name === undefined) === (table.TableWildcard === undefined))
    throw invalidInput('Table needs exactly one of Name or TableWildcard.');
  if (table.TableWildcard) return { kind: 'Table', database, table: null };
  return { kind: 'Table', database, table: tableMustExist(world, database, table.Name).Name };
}

function parseTableWithColumns(
  world: World,
  twc: NonNullable<Resource['TableWithColumns']>,
): GrantResource {
  const database = databaseMustExist(world, twc.DatabaseName);
  const table = tableMustExist(world, database, twc.Name);
  if ((twc.ColumnNames === undefined) === (twc.ColumnWildcard === undefined))
    throw invalidInput('TableWithColumns needs exactly one of ColumnNames or ColumnWildcard.');
  const known = new Set(columnsOfTable(table).map((c) => c.lower));
  const named = twc.ColumnNames ?? twc.ColumnWildcard?.ExcludedColumnNames ?? [];
  const missing = named.filter((c) => !known.has(c.toLowerCase()));
  if (missing.length > 0)
    throw invalidInput(
      `Columns ${missing.join(', ')} are not columns of ${database}.${table.Name}.`,
    );
  if (twc.ColumnNames?.length === 0)
    throw invalidInput('ColumnNames must name at least one column.');
  const lower = (list: string[]) => [...new Set(list.map((c) => c.toLowerCase()))];
  return {
    kind: 'TableWithColumns',
    database,
    table: table.Name,
    ...(twc.ColumnNames ? { columnNames: lower(twc.ColumnNames) } : {}),
    ...(twc.ColumnWildcard?.ExcludedColumnNames?.length
      ? { excludedColumnNames: lower(twc.ColumnWildcard.ExcludedColumnNames) }
      : {}),
  };
}

function parseDataLocation(state: LakeFormationState, arn: string): GrantResource {
  if (!/^arn:aws:s3:::[^/]+/.test(arn))
    throw invalidInput(`${arn} is not an S3 bucket or prefix ARN.`);
  // LF: location permissions are granted on registered locations (and inherited by their prefixes).
  if (!isUnderRegisteredLocation(state, arn))
    throw invalidInput(`Location ${arn} is not registered with Lake Formation.`);
  return { kind: 'DataLocation', arn: arn.replace(/\/+$/, '') };
}

function parseDataCellsFilter(
  world: World,
  state: LakeFormationState,
  dcf: NonNullable<Resource['DataCellsFilter']>,
): GrantResource {
  const database = databaseMustExist(world, dcf.DatabaseName);
  const table = tableMustExist(world, database, dcf.TableName).Name;
  const name = dcf.Name ?? '';
  if (!state.filters[`${tableKey(database, table)}/${name}`])
    throw entityNotFound(`Data cells filter ${name} not found.`);
  return { kind: 'DataCellsFilter', database, table, name };
}

function parseTagPolicy(
  state: LakeFormationState,
  policy: NonNullable<Resource['LFTagPolicy']>,
): GrantResource {
  if (policy.ResourceType !== 'DATABASE' && policy.ResourceType !== 'TABLE')
    throw invalidInput('LFTagPolicy.ResourceType must be DATABASE or TABLE.');
  if (!policy.Expression || policy.Expression.length === 0)
    throw invalidInput(
      'LFTagPolicy.Expression must hold at least one LF-Tag condition (saved expressions are not simulated).',
    );
  const expression = policy.Expression.map((c) => checkTagValues(state, c.TagKey, c.TagValues));
  if (new Set(expression.map((c) => c.key)).size !== expression.length)
    throw invalidInput('An LF-Tag expression names each key once (values of one key are OR-ed).');
  return { kind: 'LFTagPolicy', resourceType: policy.ResourceType, expression };
}

/** Reads and checks a Resource of a request: exactly one kind, and the thing it names must exist. */
export function parseResource(
  world: World,
  state: LakeFormationState,
  resource: Resource | undefined,
): GrantResource {
  const kinds = KINDS.filter((k) => resource?.[k] !== undefined);
  if (kinds.length !== 1 || !resource)
    throw invalidInput(
      'Resource must name exactly one of Catalog, Database, Table, TableWithColumns, DataLocation, DataCellsFilter, LFTag or LFTagPolicy.',
    );
  const { Database, Table, TableWithColumns, DataLocation, DataCellsFilter, LFTag, LFTagPolicy } =
    resource;
  if (resource.Catalog) return { kind: 'Catalog' };
  if (Database) return { kind: 'Database', database: databaseMustExist(world, Database.Name) };
  if (Table) return parseTable(world, Table);
  if (TableWithColumns) return parseTableWithColumns(world, TableWithColumns);
  if (DataLocation) return parseDataLocation(state, DataLocation.ResourceArn ?? '');
  if (DataCellsFilter) return parseDataCellsFilter(world, state, DataCellsFilter);
  if (LFTag) return { kind: 'LFTag', ...checkTagValues(state, LFTag.TagKey, LFTag.TagValues) };
  return parseTagPolicy(state, LFTagPolicy!);
}

/** The API's Resource shape for a stored resource. */
export function resourceOutput(resource: GrantResource, catalogId: string): Resource {
  switch (resource.kind) {
    case 'Catalog':
      return { Catalog: {} };
    case 'Database':
      return { Database: { CatalogId: catalogId, Name: resource.database } };
    case 'Table':
      return {
        Table: {
          CatalogId: catalogId,
          DatabaseName: resource.database,
          ...(resource.table === null ? { TableWildcard: {} } : { Name: resource.table }),
        },
      };
    case 'TableWithColumns':
      return {
        TableWithColumns: {
          CatalogId: catalogId,
          DatabaseName: resource.database,
          Name: resource.table,
          ...(resource.columnNames
            ? { ColumnNames: resource.columnNames }
            : {
                ColumnWildcard: resource.excludedColumnNames
                  ? { ExcludedColumnNames: resource.excludedColumnNames }
                  : {},
              }),
        },
      };
    case 'DataLocation':
      return { DataLocation: { CatalogId: catalogId, ResourceArn: resource.arn } };
    case 'DataCellsFilter':
      return {
        DataCellsFilter: {
          TableCatalogId: catalogId,
          DatabaseName: resource.database,
          TableName: resource.table,
          Name: resource.name,
        },
      };
    case 'LFTag':
      return { LFTag: { CatalogId: catalogId, TagKey: resource.key, TagValues: resource.values } };
    case 'LFTagPolicy':
      return {
        LFTagPolicy: {
          CatalogId: catalogId,
          ResourceType: resource.resourceType,
          Expression: resource.expression.map((c) => ({ TagKey: c.key, TagValues: c.values })),
        },
      };
  }
}
