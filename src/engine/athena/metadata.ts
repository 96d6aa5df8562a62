import type {
  Column as AthenaColumn,
  GetDatabaseInput,
  GetDatabaseOutput,
  GetTableMetadataInput,
  GetTableMetadataOutput,
  ListDatabasesInput,
  ListDatabasesOutput,
  ListTableMetadataInput,
  ListTableMetadataOutput,
  TableMetadata,
} from '@aws-sdk/client-athena';
import type { Column } from '@aws-sdk/client-glue';
import { AwsError, isAwsError } from '../core/errors';
import type { OperationContext, OperationDef, RequiredAccess } from '../core/operations';
import type { GlueDatabase, GlueTable } from '../glue/state';
import { dataCatalogArn } from './access';
import { dataCatalogOf } from './dataCatalogs';
import { connectorFor } from './federated/connectors';
import type { FederatedDatabase } from './federated/sources';
import { paginate } from './paginate';

// Athena's own catalog API (ListDatabases, ListTableMetadata…): the Glue catalog read as the
// caller (so IAM and Lake Formation decide what shows), or a federated catalog's connector.

/** Athena answers MetadataException for a catalog, database or table it cannot find. */
const metadataError = (message: string) => new AwsError('MetadataException', message);

const onCatalog =
  (action: string) =>
  (input: { CatalogName?: string | undefined }, ctx: OperationContext): RequiredAccess[] => [
    { action, resource: dataCatalogArn(ctx, input.CatalogName ?? 'AwsDataCatalog') },
  ];

type Source = { kind: 'glue' } | { kind: 'federated'; databases: FederatedDatabase[] };

function sourceOf(ctx: OperationContext, catalogName: string | undefined): Source {
  const catalog = dataCatalogOf(ctx, catalogName);
  if (!catalog) throw metadataError(`Catalog ${catalogName ?? ''} was not found.`);
  if (catalog.Type === 'GLUE') return { kind: 'glue' };
  const fn = catalog.Parameters.function ?? catalog.Parameters['metadata-function'] ?? '';
  return { kind: 'federated', databases: connectorFor(fn).databases(ctx.world) };
}

const columnsOf = (columns: Column[] | undefined): AthenaColumn[] =>
  (columns ?? []).map((c) => ({
    Name: c.Name ?? '',
    Type: c.Type ?? 'string',
    ...(c.Comment ? { Comment: c.Comment } : {}),
  }));

function glueTableMetadata(table: GlueTable): TableMetadata {
  return {
    Name: table.Name,
    CreateTime: new Date(table.CreateTime),
    ...(table.LastAccessTime ? { LastAccessTime: new Date(table.LastAccessTime) } : {}),
    TableType: table.TableType ?? 'EXTERNAL_TABLE',
    Columns: columnsOf(table.StorageDescriptor?.Columns),
    PartitionKeys: columnsOf(table.PartitionKeys),
    Parameters: {
      ...(table.Parameters ?? {}),
      ...(table.StorageDescriptor?.Location ? { location: table.StorageDescriptor.Location } : {}),
      ...(table.StorageDescriptor?.InputFormat
        ? { inputformat: table.StorageDescriptor.InputFormat }
        : {}),
      ...(table.StorageDescriptor?.SerdeInfo?.SerializationLibrary
        ? { 'serde.serialization.lib': table.StorageDescriptor.SerdeInfo.SerializationLibrary }
        : {}),
    },
  };
}

async function glueCall<O>(ctx: OperationContext, operation: string, input: unknown): Promise<O> {
  try {
    return await ctx.call<O>('glue', operation, input);
  } catch (error) {
    if (isAwsError(error) && error.name === 'EntityNotFoundException')
      throw metadataError(error.message);
    throw error;
  }
}

async function allGlue<T>(
  ctx: OperationContext,
  operation: string,
  input: object,
  key: string,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  do {
    const page = await glueCall<Record<string, unknown>>(ctx, operation, {
      ...input,
      ...(token ? { NextToken: token } : {}),
    });
    all.push(...((page[key] as T[] | undefined) ?? []));
    token = page.NextToken as string | undefined;
  } while (token);
  return all;
}

export const ListDatabases: OperationDef<ListDatabasesInput, ListDatabasesOutput> = {
  readOnly: true,
  authorize: onCatalog('athena:ListDatabases'),
  async run(input, ctx) {
    const source = sourceOf(ctx, input.CatalogName);
    const list =
      source.kind === 'glue'
        ? (await allGlue<GlueDatabase>(ctx, 'GetDatabases', {}, 'DatabaseList')).map((d) => ({
            Name: d.Name,
            ...(d.Description ? { Description: d.Description } : {}),
            Parameters: d.Parameters ?? {},
          }))
        : source.databases.map((d) => ({ Name: d.name, Parameters: {} }));
    const page = paginate(list, input.NextToken, input.MaxResults ?? 50, 50);
    return { DatabaseList: page.items, ...(page.nextToken ? { NextToken: page.nextToken } : {}) };
  },
};

export const GetDatabase: OperationDef<GetDatabaseInput, GetDatabaseOutput> = {
  readOnly: true,
  authorize: onCatalog('athena:GetDatabase'),
  async run(input, ctx) {
    const source = sourceOf(ctx, input.CatalogName);
    const name = (input.DatabaseName ?? '').toLowerCase();
    if (source.kind === 'glue') {
      const { Database: d } = await glueCall<{ Database: GlueDatabase }>(ctx, 'GetDatabase', {
        Name: name,
      });
      return {
        Database: {
          Name: d.Name,
          ...(d.Description ? { Description: d.Description } : {}),
          Parameters: d.Parameters ?? {},
        },
      };
    }
    const found = source.databases.find((d) => d.name === name);
    if (!found)
      throw metadataError(`Database ${name} was not found in catalog ${input.CatalogName ?? ''}.`);
    return { Database: { Name: found.name, Parameters: {} } };
  },
};

/** ListTableMetadata's Expression: a regex on table names (`*` and `|` as in SHOW TABLES). */
function nameFilter(expression: string | undefined): (name: string) => boolean {
  if (!expression) return () => true;
  const alternatives = expression.split('|').map((p) =>
    p
      .trim()
      .replace(/[.+?^${}()[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*'),
  );
  const regex = new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
  return (name) => regex.test(name);
}

async function tablesOf(
  ctx: OperationContext,
  source: Source,
  database: string,
): Promise<TableMetadata[]> {
  if (source.kind === 'glue')
    return (
      await allGlue<GlueTable>(ctx, 'GetTables', { DatabaseName: database }, 'TableList')
    ).map(glueTableMetadata);
  const db = source.databases.find((d) => d.name === database);
  if (!db) throw metadataError(`Database ${database} was not found.`);
  return db.tables.map((t) => ({
    Name: t.name,
    TableType: 'EXTERNAL_TABLE',
    Columns: t.columns.map((c) => ({ Name: c.name, Type: c.type })),
    PartitionKeys: [],
    Parameters: {},
  }));
}

export const ListTableMetadata: OperationDef<ListTableMetadataInput, ListTableMetadataOutput> = {
  readOnly: true,
  authorize: onCatalog('athena:ListTableMetadata'),
  async run(input, ctx) {
    const source = sourceOf(ctx, input.CatalogName);
    const keep = nameFilter(input.Expression);
    const tables = (await tablesOf(ctx, source, (input.DatabaseName ?? '').toLowerCase())).filter(
      (t) => keep(t.Name ?? ''),
    );
    const page = paginate(tables, input.NextToken, input.MaxResults ?? 50, 50);
    return {
      TableMetadataList: page.items,
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  },
};

export const GetTableMetadata: OperationDef<GetTableMetadataInput, GetTableMetadataOutput> = {
  readOnly: true,
  authorize: onCatalog('athena:GetTableMetadata'),
  async run(input, ctx) {
    const source = sourceOf(ctx, input.CatalogName);
    const database = (input.DatabaseName ?? '').toLowerCase();
    const name = (input.TableName ?? '').toLowerCase();
    if (source.kind === 'glue') {
      const { Table } = await glueCall<{ Table: GlueTable }>(ctx, 'GetTable', {
        DatabaseName: database,
        Name: name,
      });
      return { TableMetadata: glueTableMetadata(Table) };
    }
    const table = (await tablesOf(ctx, source, database)).find((t) => t.Name === name);
    if (!table) throw metadataError(`Table ${name} was not found in database ${database}.`);
    return { TableMetadata: table };
  },
};
