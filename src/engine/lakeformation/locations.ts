import type {
  DeregisterResourceRequest,
  DescribeResourceRequest,
  FilterCondition,
  ListResourcesRequest,
  RegisterResourceRequest,
  ResourceInfo,
} from '@aws-sdk/client-lakeformation';
import { AwsError, entityNotFound, invalidInput } from '../core/errors';
import type { OperationDef } from '../core/operations';
import type { World } from '../world';
import { isUnderPath, lfOf, lfView, pageOf, s3PathOf } from './common';
import type { LakeFormationState, RegisteredLocation } from './state';

const SERVICE_LINKED_ROLE =
  'aws-service-role/lakeformation.amazonaws.com/AWSServiceRoleForLakeFormationDataAccess';

/** Whether an S3 ARN or URI lies in a registered location (registration covers every prefix below it). */
export function isUnderRegisteredLocation(
  state: LakeFormationState | undefined,
  location: string,
): boolean {
  const path = s3PathOf(location);
  if (!state || path === undefined) return false;
  return Object.keys(state.locations).some((arn) => isUnderPath(path, s3PathOf(arn) ?? '\0'));
}

/** Whether a table's S3 location is registered with Lake Formation (Glue's IsRegisteredWithLakeFormation). */
export function isRegisteredTableLocation(world: World, location: string | undefined): boolean {
  return location !== undefined && isUnderRegisteredLocation(world.lakeformation, location);
}

/** Keeps Glue's IsRegisteredWithLakeFormation in step with the registered locations. */
function syncRegisteredTables(world: World): void {
  for (const tables of Object.values(world.glue.tables ?? {}))
    for (const entry of Object.values(tables)) {
      const current = entry.versions[entry.versions.length - 1];
      if (current)
        current.IsRegisteredWithLakeFormation = isRegisteredTableLocation(
          world,
          current.StorageDescriptor?.Location,
        );
    }
}

function locationArn(arn: string | undefined): string {
  const path = arn === undefined ? undefined : /^arn:aws:s3:::(.+)$/.exec(arn)?.[1];
  // LF: a location is a bucket or a prefix, never one object; it is named by its S3 ARN.
  if (path === undefined || path.replace(/\/+$/, '') === '')
    throw invalidInput(
      `ResourceArn "${arn ?? ''}" is not an S3 bucket or prefix ARN (arn:aws:s3:::bucket/prefix).`,
    );
  return `arn:aws:s3:::${path.replace(/\/+$/, '')}`;
}

function infoOf(location: RegisteredLocation): ResourceInfo {
  return {
    ResourceArn: location.ResourceArn,
    RoleArn: location.RoleArn,
    LastModified: new Date(location.LastModified),
    WithFederation: location.WithFederation,
    HybridAccessEnabled: location.HybridAccessEnabled,
  };
}

export const RegisterResource: OperationDef<RegisterResourceRequest> = {
  authorize: (input) => [
    { action: 'lakeformation:RegisterResource', resource: '*' },
    // Registering with a user-defined role passes that role to Lake Formation.
    ...(input.UseServiceLinkedRole || !input.RoleArn
      ? []
      : [{ action: 'iam:PassRole', resource: input.RoleArn }]),
  ],
  run(input, ctx) {
    const arn = locationArn(input.ResourceArn);
    const state = lfOf(ctx);
    if (state.locations[arn])
      throw new AwsError('AlreadyExistsException', `Resource ${arn} is already registered.`);
    let roleArn: string;
    if (input.UseServiceLinkedRole)
      roleArn = `arn:aws:iam::${ctx.principal.accountId}:role/${SERVICE_LINKED_ROLE}`;
    else {
      if (!input.RoleArn) throw invalidInput('Pass RoleArn, or UseServiceLinkedRole: true.');
      const roleName = /^arn:aws:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(input.RoleArn)?.[1];
      if (!roleName || !ctx.world.iam.accounts[ctx.principal.accountId]?.roles[roleName])
        throw invalidInput(`Role ${input.RoleArn} does not exist.`);
      roleArn = input.RoleArn;
    }
    state.locations[arn] = {
      ResourceArn: arn,
      RoleArn: roleArn,
      LastModified: ctx.now,
      UseServiceLinkedRole: input.UseServiceLinkedRole === true,
      HybridAccessEnabled: input.HybridAccessEnabled === true,
      WithFederation: input.WithFederation === true,
    };
    syncRegisteredTables(ctx.world);
    return {};
  },
};

export const DeregisterResource: OperationDef<DeregisterResourceRequest> = {
  run(input, ctx) {
    const arn = locationArn(input.ResourceArn);
    const state = lfOf(ctx);
    if (!state.locations[arn]) throw entityNotFound(`Resource ${arn} is not registered.`);
    Reflect.deleteProperty(state.locations, arn);
    syncRegisteredTables(ctx.world);
    return {};
  },
};

export const DescribeResource: OperationDef<DescribeResourceRequest> = {
  run(input, ctx) {
    const location = lfView(ctx).locations[locationArn(input.ResourceArn)];
    if (!location) throw entityNotFound(`Resource ${input.ResourceArn ?? ''} is not registered.`);
    return { ResourceInfo: infoOf(location) };
  },
};

function matches(location: RegisteredLocation, condition: FilterCondition): boolean {
  const field = condition.Field === 'ROLE_ARN' ? location.RoleArn : location.ResourceArn;
  const values = condition.StringValueList ?? [];
  const first = values[0] ?? '';
  switch (condition.ComparisonOperator) {
    case 'EQ':
      return field === first;
    case 'NE':
      return field !== first;
    case 'CONTAINS':
      return field.includes(first);
    case 'NOT_CONTAINS':
      return !field.includes(first);
    case 'BEGINS_WITH':
      return field.startsWith(first);
    case 'IN':
      return values.includes(field);
    default:
      throw invalidInput(
        `LakeLab filters resources with EQ, NE, CONTAINS, NOT_CONTAINS, BEGINS_WITH or IN, not ${condition.ComparisonOperator ?? '(none)'}.`,
      );
  }
}

export const ListResources: OperationDef<ListResourcesRequest> = {
  run(input, ctx) {
    const all = Object.values(lfView(ctx).locations)
      .filter((l) => (input.FilterConditionList ?? []).every((c) => matches(l, c)))
      .sort((a, b) => (a.ResourceArn < b.ResourceArn ? -1 : 1));
    const { page, NextToken } = pageOf(all, input);
    return { ResourceInfoList: page.map(infoOf), ...(NextToken ? { NextToken } : {}) };
  },
};
