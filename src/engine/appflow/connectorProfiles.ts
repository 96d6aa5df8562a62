import type {
  CreateConnectorProfileRequest,
  DeleteConnectorProfileRequest,
  DescribeConnectorProfilesRequest,
} from '@aws-sdk/client-appflow';
import { serviceArn } from '../core/ids';
import type { OperationDef } from '../core/operations';
import { conflict, notFound, validation } from './common';
import { appFlowState } from './state';

export const CreateConnectorProfile: OperationDef<CreateConnectorProfileRequest> = {
  run(input, ctx) {
    const name = input.connectorProfileName ?? '';
    if (!/^[\w/!@#+=.-]+$/.test(name))
      throw validation('connectorProfileName is required: letters, digits and _/!@#+=.- only.');
    // LakeLab's simulated CRM speaks the Salesforce connector only.
    if (input.connectorType !== 'Salesforce')
      throw validation(
        'LakeLab simulates the Salesforce connector only (connectorType Salesforce).',
      );
    const state = appFlowState(ctx.world);
    if (state.connectorProfiles[name]) throw conflict(`Connector profile ${name} already exists.`);
    const connectorProfileArn = serviceArn(
      'appflow',
      ctx.principal.accountId,
      `connectorprofile/${name}`,
      ctx.region,
    );
    const instanceUrl =
      input.connectorProfileConfig?.connectorProfileProperties?.Salesforce?.instanceUrl;
    state.connectorProfiles[name] = {
      connectorProfileName: name,
      connectorProfileArn,
      connectorType: 'Salesforce',
      connectionMode: input.connectionMode ?? 'Public',
      ...(instanceUrl ? { instanceUrl } : {}),
      createdAt: ctx.now,
    };
    return { connectorProfileArn };
  },
};

export const DescribeConnectorProfiles: OperationDef<DescribeConnectorProfilesRequest> = {
  run(input, ctx) {
    const profiles = Object.values(appFlowState(ctx.world).connectorProfiles).filter(
      (p) =>
        (!input.connectorProfileNames?.length ||
          input.connectorProfileNames.includes(p.connectorProfileName)) &&
        (!input.connectorType || input.connectorType === p.connectorType),
    );
    return {
      connectorProfileDetails: profiles.map((p) => ({
        connectorProfileArn: p.connectorProfileArn,
        connectorProfileName: p.connectorProfileName,
        connectorType: p.connectorType,
        connectionMode: p.connectionMode,
        connectorProfileProperties: {
          Salesforce: { instanceUrl: p.instanceUrl ?? 'https://lakelab-crm.my.salesforce.com' },
        },
        createdAt: new Date(p.createdAt),
        lastUpdatedAt: new Date(p.createdAt),
      })),
    };
  },
};

export const DeleteConnectorProfile: OperationDef<DeleteConnectorProfileRequest> = {
  run(input, ctx) {
    const state = appFlowState(ctx.world);
    const name = input.connectorProfileName ?? '';
    if (!state.connectorProfiles[name]) throw notFound(`Connector profile ${name} does not exist.`);
    const user = Object.values(state.flows).find(
      (f) => f.sourceFlowConfig.connectorProfileName === name,
    );
    if (user && !input.forceDelete)
      throw conflict(
        `Connector profile ${name} is used by flow ${user.flowName}; delete the flow or set forceDelete.`,
      );
    Reflect.deleteProperty(state.connectorProfiles, name);
    return {};
  },
};
