import type {
  CreateConnectorProfileRequest,
  DeleteConnectorProfileRequest,
  DescribeConnectorProfilesRequest,
  UpdateConnectorProfileRequest,
} from '@aws-sdk/client-appflow';
import { serviceArn } from '../core/ids';
import type { OperationDef } from '../core/operations';
import { conflict, notFound, pageOf, required, validation } from './common';
import { appFlowState } from './state';

export const CreateConnectorProfile: OperationDef<CreateConnectorProfileRequest> = {
  run(input, ctx) {
    const name = required(input.connectorProfileName, 'connectorProfileName');
    // connectorProfileName [\w/!@#+=.-]+, at most 256; connectionMode Public | Private, required (API_CreateConnectorProfile).
    if (!/^[\w/!@#+=.-]{1,256}$/.test(name))
      throw validation('connectorProfileName: at most 256 letters, digits and _/!@#+=.- only.');
    const mode = required(input.connectionMode, 'connectionMode');
    if (mode !== 'Public' && mode !== 'Private')
      throw validation(`connectionMode must be Public or Private, not ${mode}.`);
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
      connectionMode: mode,
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
    // Paged: maxResults 1–100, default 20, nextToken (API_DescribeConnectorProfiles).
    const { items, nextToken } = pageOf(profiles, input.maxResults, input.nextToken);
    const connectorProfileDetails = items.map((p) => ({
      connectorProfileArn: p.connectorProfileArn,
      connectorProfileName: p.connectorProfileName,
      connectorType: p.connectorType,
      connectionMode: p.connectionMode,
      connectorProfileProperties: {
        Salesforce: { instanceUrl: p.instanceUrl ?? 'https://lakelab-crm.my.salesforce.com' },
      },
      createdAt: new Date(p.createdAt),
      lastUpdatedAt: new Date(p.createdAt),
    }));
    return nextToken ? { connectorProfileDetails, nextToken } : { connectorProfileDetails };
  },
};

export const DeleteConnectorProfile: OperationDef<DeleteConnectorProfileRequest> = {
  run(input, ctx) {
    const state = appFlowState(ctx.world);
    const name = required(input.connectorProfileName, 'connectorProfileName');
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

/** Changes a profile's connection mode and settings; all three members are required (API_UpdateConnectorProfile). */
export const UpdateConnectorProfile: OperationDef<UpdateConnectorProfileRequest> = {
  run(input, ctx) {
    const name = required(input.connectorProfileName, 'connectorProfileName');
    const mode = required(input.connectionMode, 'connectionMode');
    const config = required(input.connectorProfileConfig, 'connectorProfileConfig');
    if (mode !== 'Public' && mode !== 'Private')
      throw validation(`connectionMode must be Public or Private, not ${mode}.`);
    const profile = appFlowState(ctx.world).connectorProfiles[name];
    if (!profile) throw notFound(`Connector profile ${name} does not exist.`);
    const instanceUrl = config.connectorProfileProperties?.Salesforce?.instanceUrl;
    profile.connectionMode = mode;
    if (instanceUrl) profile.instanceUrl = instanceUrl;
    profile.lastUpdatedAt = ctx.now;
    return { connectorProfileArn: profile.connectorProfileArn };
  },
};
