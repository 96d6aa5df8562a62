import type { DescribeConnectorsRequest, ListConnectorsRequest } from '@aws-sdk/client-appflow';
import type { OperationDef } from '../core/operations';
import { pageOf } from './common';

/** The connectors LakeLab vends: the simulated CRM as Salesforce, and Amazon S3. */
const CONNECTORS = {
  Salesforce: {
    canUseAsSource: true,
    canUseAsDestination: false,
    supportedDestinationConnectors: ['S3'],
    supportedTriggerTypes: ['OnDemand', 'Scheduled', 'Event'],
    connectorModes: ['Public', 'Private'],
  },
  S3: {
    canUseAsSource: true,
    canUseAsDestination: true,
    supportedDestinationConnectors: ['S3'],
    supportedTriggerTypes: ['OnDemand', 'Scheduled'],
    connectorModes: ['Public'],
  },
} as const;

/** The connectors vended by AppFlow, all of them when connectorTypes is omitted (API_DescribeConnectors). */
export const DescribeConnectors: OperationDef<DescribeConnectorsRequest> = {
  readOnly: true,
  run(input) {
    const types = Object.keys(CONNECTORS).filter(
      (type) => !input.connectorTypes?.length || input.connectorTypes.includes(type as 'S3'),
    ) as (keyof typeof CONNECTORS)[];
    const { items, nextToken } = pageOf(types, input.maxResults, input.nextToken);
    const connectorConfigurations = Object.fromEntries(
      items.map((type) => [
        type,
        {
          ...CONNECTORS[type],
          connectorType: type,
          connectorOwner: 'Amazon',
          connectorProvisioningType: 'LAMBDA',
          supportedSchedulingFrequencies: [
            'BYMINUTE',
            'HOURLY',
            'DAILY',
            'WEEKLY',
            'MONTHLY',
            'ONCE',
          ],
          isPrivateLinkEnabled: false,
          isPrivateLinkEndpointUrlRequired: false,
        },
      ]),
    );
    return nextToken ? { connectorConfigurations, nextToken } : { connectorConfigurations };
  },
};

/** Only custom connectors registered in the account, never the ones AWS authored (API_ListConnectors). */
export const ListConnectors: OperationDef<ListConnectorsRequest> = {
  readOnly: true,
  run(input) {
    pageOf([], input.maxResults, input.nextToken);
    return { connectors: [] };
  },
};
