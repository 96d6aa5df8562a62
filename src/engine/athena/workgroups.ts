import type {
  CreateWorkGroupInput,
  DeleteWorkGroupInput,
  GetWorkGroupInput,
  GetWorkGroupOutput,
  ListWorkGroupsInput,
  ListWorkGroupsOutput,
  UpdateWorkGroupInput,
  WorkGroupConfiguration,
} from '@aws-sdk/client-athena';
import type { OperationContext, OperationDef } from '../core/operations';
import { invalidRequest, onWorkGroup, parseS3Uri, workGroupArn } from './access';
import { paginate } from './paginate';
import { athenaState, ENGINE_VERSION, type StoredWorkGroup } from './state';

const NAME = /^[a-zA-Z0-9._-]{1,128}$/;
/** BytesScannedCutoffPerQuery: minimum 10 MB (API_WorkGroupConfiguration). */
export const MIN_CUTOFF_BYTES = 10_000_000;

export function workGroupOf(ctx: OperationContext, name: string | undefined): StoredWorkGroup {
  const wanted = name ?? 'primary';
  const group = athenaState(ctx.world).workGroups[wanted];
  if (!group) throw invalidRequest(`WorkGroup ${wanted} is not found.`);
  return group;
}

function checkCutoff(bytes: number | undefined): void {
  if (bytes !== undefined && (!Number.isInteger(bytes) || bytes < MIN_CUTOFF_BYTES))
    throw invalidRequest(
      `BytesScannedCutoffPerQuery must be at least ${MIN_CUTOFF_BYTES} bytes (10 MB); got ${bytes}.`,
    );
}

function checkOutputLocation(location: string | undefined): void {
  if (location !== undefined) parseS3Uri(location, 'The output location');
}

export function configurationOf(group: StoredWorkGroup): WorkGroupConfiguration {
  return {
    ...(group.OutputLocation
      ? { ResultConfiguration: { OutputLocation: group.OutputLocation } }
      : { ResultConfiguration: {} }),
    EnforceWorkGroupConfiguration: group.EnforceWorkGroupConfiguration,
    PublishCloudWatchMetricsEnabled: group.PublishCloudWatchMetricsEnabled,
    RequesterPaysEnabled: group.RequesterPaysEnabled,
    ...(group.BytesScannedCutoffPerQuery !== undefined
      ? { BytesScannedCutoffPerQuery: group.BytesScannedCutoffPerQuery }
      : {}),
    EngineVersion: ENGINE_VERSION,
  };
}

export const CreateWorkGroup: OperationDef<CreateWorkGroupInput, object> = {
  authorize: (input, ctx) => [
    { action: 'athena:CreateWorkGroup', resource: workGroupArn(ctx, input.Name ?? '') },
  ],
  run(input, ctx) {
    const name = input.Name ?? '';
    if (!NAME.test(name))
      throw invalidRequest(
        `Workgroup name "${name}" is invalid: use 1 to 128 letters, digits, ".", "_" or "-".`,
      );
    const state = athenaState(ctx.world);
    if (state.workGroups[name]) throw invalidRequest('WorkGroup is already created');
    const config = input.Configuration ?? {};
    checkCutoff(config.BytesScannedCutoffPerQuery);
    checkOutputLocation(config.ResultConfiguration?.OutputLocation);
    state.workGroups[name] = {
      Name: name,
      State: 'ENABLED',
      ...(input.Description !== undefined ? { Description: input.Description } : {}),
      CreationTime: ctx.now,
      ...(config.ResultConfiguration?.OutputLocation
        ? { OutputLocation: config.ResultConfiguration.OutputLocation }
        : {}),
      // The API documents no default; false (the query's own result location is honoured) surprises students least.
      EnforceWorkGroupConfiguration: config.EnforceWorkGroupConfiguration ?? false,
      PublishCloudWatchMetricsEnabled: config.PublishCloudWatchMetricsEnabled ?? true,
      RequesterPaysEnabled: config.RequesterPaysEnabled ?? false,
      ...(config.BytesScannedCutoffPerQuery !== undefined
        ? { BytesScannedCutoffPerQuery: config.BytesScannedCutoffPerQuery }
        : {}),
      Tags: Object.fromEntries((input.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
    };
    return {};
  },
};

export const GetWorkGroup: OperationDef<GetWorkGroupInput, GetWorkGroupOutput> = {
  authorize: onWorkGroup('athena:GetWorkGroup'),
  run(input, ctx) {
    const group = workGroupOf(ctx, input.WorkGroup);
    return {
      WorkGroup: {
        Name: group.Name,
        State: group.State,
        Configuration: configurationOf(group),
        ...(group.Description !== undefined ? { Description: group.Description } : {}),
        CreationTime: new Date(group.CreationTime),
      },
    };
  },
};

export const ListWorkGroups: OperationDef<ListWorkGroupsInput, ListWorkGroupsOutput> = {
  run(input, ctx) {
    const groups = Object.values(athenaState(ctx.world).workGroups).sort((a, b) =>
      a.Name.localeCompare(b.Name),
    );
    const page = paginate(groups, input.NextToken, input.MaxResults ?? 50, 50);
    return {
      WorkGroups: page.items.map((g) => ({
        Name: g.Name,
        State: g.State,
        ...(g.Description !== undefined ? { Description: g.Description } : {}),
        CreationTime: new Date(g.CreationTime),
        EngineVersion: ENGINE_VERSION,
      })),
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  },
};

export const UpdateWorkGroup: OperationDef<UpdateWorkGroupInput, object> = {
  authorize: onWorkGroup('athena:UpdateWorkGroup'),
  run(input, ctx) {
    const group = workGroupOf(ctx, input.WorkGroup);
    const updates = input.ConfigurationUpdates ?? {};
    checkCutoff(updates.BytesScannedCutoffPerQuery);
    const result = updates.ResultConfigurationUpdates;
    checkOutputLocation(result?.OutputLocation);
    if (input.Description !== undefined) group.Description = input.Description;
    if (input.State) group.State = input.State;
    if (result?.RemoveOutputLocation) delete group.OutputLocation;
    else if (result?.OutputLocation) group.OutputLocation = result.OutputLocation;
    if (updates.RemoveBytesScannedCutoffPerQuery) delete group.BytesScannedCutoffPerQuery;
    else if (updates.BytesScannedCutoffPerQuery !== undefined)
      group.BytesScannedCutoffPerQuery = updates.BytesScannedCutoffPerQuery;
    if (updates.EnforceWorkGroupConfiguration !== undefined)
      group.EnforceWorkGroupConfiguration = updates.EnforceWorkGroupConfiguration;
    if (updates.PublishCloudWatchMetricsEnabled !== undefined)
      group.PublishCloudWatchMetricsEnabled = updates.PublishCloudWatchMetricsEnabled;
    if (updates.RequesterPaysEnabled !== undefined)
      group.RequesterPaysEnabled = updates.RequesterPaysEnabled;
    return {};
  },
};

export const DeleteWorkGroup: OperationDef<DeleteWorkGroupInput, object> = {
  authorize: onWorkGroup('athena:DeleteWorkGroup'),
  run(input, ctx) {
    const group = workGroupOf(ctx, input.WorkGroup);
    // The primary workgroup cannot be deleted (workgroups-create-update-delete.html).
    if (group.Name === 'primary') throw invalidRequest('The primary workgroup cannot be deleted.');
    const state = athenaState(ctx.world);
    const queries = Object.values(state.namedQueries).filter((q) => q.WorkGroup === group.Name);
    if (queries.length > 0 && !input.RecursiveDeleteOption)
      throw invalidRequest(
        `WorkGroup ${group.Name} is not empty: it has ${queries.length} saved queries. Delete them first or set RecursiveDeleteOption.`,
      );
    for (const q of queries) Reflect.deleteProperty(state.namedQueries, q.NamedQueryId);
    Reflect.deleteProperty(state.workGroups, group.Name);
    return {};
  },
};
