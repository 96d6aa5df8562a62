import type {
  DescribeConnectorEntityRequest,
  ListConnectorEntitiesRequest,
} from '@aws-sdk/client-appflow';
import type { OperationContext, OperationDef } from '../core/operations';
import { CRM_FIELDS, isCrmObject } from '../sources/crm';
import { notFound, required, validation } from './common';
import { appFlowState } from './state';

/** The Salesforce connector's entities come from a connector profile of that type (API_ListConnectorEntities). */
function checkConnector(
  ctx: OperationContext,
  input: { connectorProfileName?: string; connectorType?: string },
): void {
  if (input.connectorType !== undefined && input.connectorType !== 'Salesforce')
    throw validation('LakeLab simulates the Salesforce connector only (connectorType Salesforce).');
  const name = input.connectorProfileName;
  if (name === undefined) {
    if (input.connectorType === undefined)
      throw validation('Give connectorProfileName or connectorType.');
    return;
  }
  if (!appFlowState(ctx.world).connectorProfiles[name])
    throw notFound(`Connector profile ${name} does not exist.`);
}

export const ListConnectorEntities: OperationDef<ListConnectorEntitiesRequest> = {
  readOnly: true,
  run(input, ctx) {
    checkConnector(ctx, input);
    const objects = Object.keys(CRM_FIELDS).map((name) => ({
      name,
      label: name,
      hasNestedEntities: false,
    }));
    return { connectorEntityMap: { Objects: objects } };
  },
};

function fieldType(field: string): string {
  if (field === 'Id' || field.endsWith('Id')) return 'id';
  if (field.endsWith('Date')) return field === 'CloseDate' ? 'date' : 'datetime';
  if (field === 'Amount' || field === 'AnnualRevenue') return 'currency';
  return 'string';
}

/** A Salesforce object's fields, with the type and filter operators of each (API_DescribeConnectorEntity). */
export const DescribeConnectorEntity: OperationDef<DescribeConnectorEntityRequest> = {
  readOnly: true,
  run(input, ctx) {
    const entity = required(input.connectorEntityName, 'connectorEntityName');
    checkConnector(ctx, input);
    if (!isCrmObject(entity)) throw notFound(`The Salesforce object ${entity} does not exist.`);
    const connectorEntityFields = CRM_FIELDS[entity].map((field) => ({
      identifier: field,
      label: field,
      isPrimaryKey: field === 'Id',
      supportedFieldTypeDetails: {
        v1: {
          fieldType: fieldType(field),
          filterOperators: ['EQUAL_TO', 'NOT_EQUAL_TO', 'CONTAINS', 'GREATER_THAN', 'LESS_THAN'],
        },
      },
      sourceProperties: {
        isRetrievable: true,
        isQueryable: true,
        isTimestampFieldForIncrementalQueries: field === 'LastModifiedDate',
      },
    }));
    return { connectorEntityFields };
  },
};
