import type {
  CreateAgentRequest,
  CreateLocationNfsRequest,
  CreateLocationS3Request,
  DeleteAgentRequest,
  DeleteLocationRequest,
  DescribeAgentRequest,
  DescribeLocationNfsRequest,
  DescribeLocationS3Request,
  ListAgentsRequest,
  ListLocationsRequest,
  TagListEntry,
} from '@aws-sdk/client-datasync';
import { isAwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { dataSyncArn, hexId, invalidRequest, page, required, roleTrusts } from './common';
import { locationMatches } from './listFilters';
import { mergeTags } from './tags';
import { dataSyncState, type StoredAgent, type StoredLocation } from './state';

/** Tags given at creation, kept on the resource (absent when none). */
export const tagsOf = (tags: TagListEntry[] | undefined) =>
  tags?.length ? { Tags: mergeTags([], tags) } : {};

export function agentOf(ctx: OperationContext, arn: string | undefined): StoredAgent {
  const agent = dataSyncState(ctx.world).agents[required(arn, 'agentArn')];
  if (!agent) throw invalidRequest(`Agent ${arn} not found.`);
  return agent;
}

export function locationOf(ctx: OperationContext, arn: string | undefined): StoredLocation {
  const location = dataSyncState(ctx.world).locations[required(arn, 'locationArn')];
  if (!location) throw invalidRequest(`Location ${arn} is not found.`);
  return location;
}

export const CreateAgent: OperationDef<CreateAgentRequest> = {
  run(input, ctx) {
    const key = required(input.ActivationKey, 'activationKey');
    // API_CreateAgent ActivationKey: five groups of five capitals or digits.
    if (!/^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/.test(key))
      throw invalidRequest(
        `Invalid activation key ${key}: it looks like AAAAA-BBBBB-CCCCC-DDDDD-EEEEE (get it from the agent on port 80).`,
      );
    // The agent is a VM on the corporate network; activating it registers it ONLINE.
    const AgentArn = dataSyncArn(ctx, `agent/${hexId(ctx, 'agent')}`);
    dataSyncState(ctx.world).agents[AgentArn] = {
      AgentArn,
      Name: input.AgentName ?? AgentArn.split('/').pop()!,
      Status: 'ONLINE',
      CreationTime: ctx.now,
      ...tagsOf(input.Tags),
    };
    return { AgentArn };
  },
};

// DataSync DeleteAgent: removes the agent resource from the account; its VM stays (API_DeleteAgent).
export const DeleteAgent: OperationDef<DeleteAgentRequest> = {
  run(input, ctx) {
    const agent = agentOf(ctx, input.AgentArn);
    Reflect.deleteProperty(dataSyncState(ctx.world).agents, agent.AgentArn);
    return {};
  },
};

export const DescribeAgent: OperationDef<DescribeAgentRequest> = {
  run(input, ctx) {
    const agent = agentOf(ctx, input.AgentArn);
    const { Tags: _tags, ...described } = agent;
    return { ...described, CreationTime: new Date(agent.CreationTime), EndpointType: 'PUBLIC' };
  },
};

export const ListAgents: OperationDef<ListAgentsRequest> = {
  run(input, ctx) {
    const { page: Agents, NextToken } = page(
      Object.values(dataSyncState(ctx.world).agents).map(({ AgentArn, Name, Status }) => ({
        AgentArn,
        Name,
        Status,
      })),
      input,
    );
    return { Agents, NextToken };
  },
};

/** NFS subdirectories are absolute export paths; DataSync shows them with a trailing slash. */
const nfsDirectory = (path: string) => `/${path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const s3Prefix = (path: string | undefined) => {
  const clean = (path ?? '').replace(/^\/+|\/+$/g, '');
  return clean === '' ? '' : `${clean}/`;
};

export const CreateLocationNfs: OperationDef<CreateLocationNfsRequest> = {
  run(input, ctx) {
    const host = required(input.ServerHostname, 'serverHostname');
    const Subdirectory = nfsDirectory(required(input.Subdirectory, 'subdirectory'));
    const agentArns = required(input.OnPremConfig?.AgentArns, 'onPremConfig.agentArns');
    if (agentArns.length === 0)
      throw invalidRequest('OnPremConfig.AgentArns must name at least one agent.');
    for (const arn of agentArns) agentOf(ctx, arn);
    const LocationArn = dataSyncArn(ctx, `location/${hexId(ctx, 'loc')}`);
    dataSyncState(ctx.world).locations[LocationArn] = {
      LocationArn,
      LocationUri: `nfs://${host}${Subdirectory}`,
      kind: 'NFS',
      CreationTime: ctx.now,
      Subdirectory,
      ServerHostname: host,
      AgentArns: agentArns,
      ...tagsOf(input.Tags),
    };
    return { LocationArn };
  },
};

/**
 * CreateLocationS3 runs a location access test: the bucket access role must be able to list the
 * bucket (the test's error names s3:ListObjectsV2; hashicorp/terraform-provider-aws#21974).
 */
async function accessTest(ctx: OperationContext, bucket: string, prefix: string, role: string) {
  try {
    await ctx.call(
      's3',
      'ListObjectsV2',
      { Bucket: bucket, Prefix: prefix, MaxKeys: 1 },
      { principal: role },
    );
  } catch (error) {
    if (!isAwsError(error)) throw error;
    throw invalidRequest(
      `DataSync location access test failed: could not perform s3:ListObjectsV2 on bucket ${bucket}. Access denied. Ensure bucket access role ${role} has s3:ListBucket permission.`,
    );
  }
}

// API_CreateLocationS3 S3StorageClass valid values (default STANDARD).
const S3_STORAGE_CLASSES: readonly string[] = [
  'STANDARD',
  'STANDARD_IA',
  'ONEZONE_IA',
  'INTELLIGENT_TIERING',
  'GLACIER',
  'DEEP_ARCHIVE',
  'OUTPOSTS',
  'GLACIER_INSTANT_RETRIEVAL',
];

export const CreateLocationS3: OperationDef<CreateLocationS3Request> = {
  // DataSync will act as the bucket access role, so the caller needs iam:PassRole on it.
  authorize: (input) => [
    { action: 'datasync:CreateLocationS3', resource: '*' },
    ...(input.S3Config?.BucketAccessRoleArn
      ? [{ action: 'iam:PassRole', resource: input.S3Config.BucketAccessRoleArn }]
      : []),
  ],
  async run(input, ctx) {
    const bucketArn = required(input.S3BucketArn, 's3BucketArn');
    const bucket = /^arn:aws[\w-]*:s3:::([^/]+)$/.exec(bucketArn)?.[1];
    if (!bucket)
      throw invalidRequest(
        `S3BucketArn ${bucketArn} is not a bucket ARN (arn:aws:s3:::bucket-name).`,
      );
    if (!ctx.world.s3.buckets[bucket])
      throw invalidRequest(`The S3 bucket ${bucket} does not exist.`);
    const role = required(input.S3Config?.BucketAccessRoleArn, 's3Config.bucketAccessRoleArn');
    // DataSync reaches the bucket by assuming this role, so the role must trust datasync.amazonaws.com.
    const trust = roleTrusts(ctx.world, role, 'datasync.amazonaws.com');
    if (trust !== 'ok')
      throw invalidRequest(
        trust === 'missing'
          ? `The IAM role ${role} does not exist.`
          : `DataSync is unable to assume role ${role}: its trust policy must allow datasync.amazonaws.com to call sts:AssumeRole.`,
      );
    const storageClass = input.S3StorageClass ?? 'STANDARD';
    if (!S3_STORAGE_CLASSES.includes(storageClass))
      throw invalidRequest(
        `Invalid S3StorageClass ${storageClass}: use one of ${S3_STORAGE_CLASSES.join(', ')}.`,
      );
    const Subdirectory = s3Prefix(input.Subdirectory);
    await accessTest(ctx, bucket, Subdirectory, role);
    const LocationArn = dataSyncArn(ctx, `location/${hexId(ctx, 'loc')}`);
    dataSyncState(ctx.world).locations[LocationArn] = {
      LocationArn,
      LocationUri: `s3://${bucket}/${Subdirectory}`,
      kind: 'S3',
      CreationTime: ctx.now,
      Subdirectory,
      S3BucketArn: bucketArn,
      bucket,
      BucketAccessRoleArn: role,
      S3StorageClass: storageClass,
      ...tagsOf(input.Tags),
    };
    return { LocationArn };
  },
};

function describedLocation(location: StoredLocation) {
  return {
    LocationArn: location.LocationArn,
    LocationUri: location.LocationUri,
    CreationTime: new Date(location.CreationTime),
  };
}

export const DescribeLocationNfs: OperationDef<DescribeLocationNfsRequest> = {
  run(input, ctx) {
    const location = locationOf(ctx, input.LocationArn);
    if (location.kind !== 'NFS')
      throw invalidRequest(`Location ${location.LocationArn} is not an NFS location.`);
    return {
      ...describedLocation(location),
      OnPremConfig: { AgentArns: location.AgentArns },
      MountOptions: { Version: 'AUTOMATIC' },
    };
  },
};

export const DescribeLocationS3: OperationDef<DescribeLocationS3Request> = {
  run(input, ctx) {
    const location = locationOf(ctx, input.LocationArn);
    if (location.kind !== 'S3')
      throw invalidRequest(`Location ${location.LocationArn} is not an S3 location.`);
    return {
      ...describedLocation(location),
      S3StorageClass: location.S3StorageClass,
      S3Config: { BucketAccessRoleArn: location.BucketAccessRoleArn },
    };
  },
};

export const ListLocations: OperationDef<ListLocationsRequest> = {
  run(input, ctx) {
    const { page: Locations, NextToken } = page(
      Object.values(dataSyncState(ctx.world).locations)
        .filter((l) => locationMatches(l, input.Filters))
        .map(({ LocationArn, LocationUri }) => ({
          LocationArn,
          LocationUri,
        })),
      input,
    );
    return { Locations, NextToken };
  },
};

export const DeleteLocation: OperationDef<DeleteLocationRequest> = {
  run(input, ctx) {
    const location = locationOf(ctx, input.LocationArn);
    const state = dataSyncState(ctx.world);
    Reflect.deleteProperty(state.locations, location.LocationArn);
    return {};
  },
};
