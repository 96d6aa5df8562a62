import type {
  CreateDataCatalogInput,
  DeleteDataCatalogInput,
  GetDataCatalogInput,
  GetDataCatalogOutput,
  ListDataCatalogsInput,
  ListDataCatalogsOutput,
} from '@aws-sdk/client-athena';
import type { OperationContext, OperationDef, RequiredAccess } from '../core/operations';
import { dataCatalogArn, invalidRequest } from './access';
import { connectorFor } from './federated/connectors';
import { paginate } from './paginate';
import { athenaState, type StoredDataCatalog } from './state';

const TYPES = new Set(['LAMBDA', 'GLUE', 'HIVE', 'FEDERATED']);
const NAME = /^[\w@-]{1,127}$/;

const onCatalog =
  (action: string) =>
  (input: { Name?: string | undefined }, ctx: OperationContext): RequiredAccess[] => [
    { action, resource: dataCatalogArn(ctx, input.Name ?? '') },
  ];

/** Catalog names are case-insensitive in queries; `awsdatacatalog` is the Glue catalog. */
export function dataCatalogOf(
  ctx: OperationContext,
  name: string | undefined,
): StoredDataCatalog | undefined {
  const wanted = (name ?? 'AwsDataCatalog').toLowerCase();
  return Object.values(athenaState(ctx.world).dataCatalogs).find(
    (c) => c.Name.toLowerCase() === wanted,
  );
}

export const CreateDataCatalog: OperationDef<CreateDataCatalogInput, object> = {
  authorize: onCatalog('athena:CreateDataCatalog'),
  run(input, ctx) {
    const name = input.Name ?? '';
    // Name: 1–127 letters, digits, "_", "@" or "-" (API_CreateDataCatalog).
    if (!NAME.test(name))
      throw invalidRequest(
        `Catalog name "${name}" is invalid: use 1 to 127 letters, digits, "_", "@" or "-".`,
      );
    if (!input.Type || !TYPES.has(input.Type))
      throw invalidRequest(`Type must be LAMBDA, GLUE, HIVE or FEDERATED; got "${input.Type}".`);
    if (dataCatalogOf(ctx, name)) throw invalidRequest(`Catalog ${name} already exists.`);
    const parameters = input.Parameters ?? {};
    if (input.Type === 'LAMBDA') {
      const fn = parameters.function ?? parameters['metadata-function'];
      if (!fn)
        throw invalidRequest(
          'A LAMBDA catalog needs Parameters "function=<Lambda ARN>" (or metadata-function and record-function).',
        );
      connectorFor(fn); // throws when LakeLab has no simulated connector of that name
    }
    athenaState(ctx.world).dataCatalogs[name] = {
      Name: name,
      Type: input.Type,
      ...(input.Description !== undefined ? { Description: input.Description } : {}),
      Parameters: parameters,
    };
    return {};
  },
};

export const GetDataCatalog: OperationDef<GetDataCatalogInput, GetDataCatalogOutput> = {
  authorize: onCatalog('athena:GetDataCatalog'),
  run(input, ctx) {
    const catalog = dataCatalogOf(ctx, input.Name);
    if (!catalog) throw invalidRequest(`Catalog ${input.Name ?? ''} was not found.`);
    return {
      DataCatalog: {
        Name: catalog.Name,
        Type: catalog.Type,
        ...(catalog.Description !== undefined ? { Description: catalog.Description } : {}),
        Parameters: catalog.Parameters,
      },
    };
  },
};

export const ListDataCatalogs: OperationDef<ListDataCatalogsInput, ListDataCatalogsOutput> = {
  run(input, ctx) {
    const catalogs = Object.values(athenaState(ctx.world).dataCatalogs);
    const page = paginate(catalogs, input.NextToken, input.MaxResults ?? 50, 50);
    return {
      DataCatalogsSummary: page.items.map((c) => ({ CatalogName: c.Name, Type: c.Type })),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  },
};

export const DeleteDataCatalog: OperationDef<DeleteDataCatalogInput, object> = {
  authorize: onCatalog('athena:DeleteDataCatalog'),
  run(input, ctx) {
    const catalog = dataCatalogOf(ctx, input.Name);
    if (!catalog) throw invalidRequest(`Catalog ${input.Name ?? ''} was not found.`);
    if (catalog.Type === 'GLUE' && catalog.Name === 'AwsDataCatalog')
      throw invalidRequest('The AwsDataCatalog catalog cannot be deleted.');
    Reflect.deleteProperty(athenaState(ctx.world).dataCatalogs, catalog.Name);
    return {};
  },
};
