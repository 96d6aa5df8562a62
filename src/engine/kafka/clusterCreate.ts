import type {
  BrokerNodeGroupInfo,
  ClientAuthentication,
  CreateClusterRequest,
  CreateClusterResponse,
  CreateClusterV2Request,
  CreateClusterV2Response,
  EncryptionInfo,
  ProvisionedRequest,
  ServerlessRequest,
} from '@aws-sdk/client-kafka';
import type { OperationContext, OperationDef } from '../core/operations';
import { BROKER_HOUR_USD } from './costs';
import { checkTag, MAX_TAGS } from './tags';
import {
  badRequest,
  CLUSTER_ACTIVE_EVENT,
  clusterArnFor,
  conflict,
  CREATE_DURATION_MS,
  newClusterVersion,
} from './model';
import {
  kafkaState,
  type ClientBroker,
  type StoredClientAuthentication,
  type StoredCluster,
  type StoredProvisioned,
  type StoredServerless,
} from './state';

// MSK: a cluster name is 1–64 letters, digits and hyphens, starting with a letter or digit (API reference, ClusterName).
const NAME_PATTERN = /^[0-9A-Za-z][0-9A-Za-z-]{0,63}$/;
/** The standard broker sizes MSK offers (all priced in costs.ts). */
export const INSTANCE_TYPES = Object.keys(BROKER_HOUR_USD);
// MSK: EBS storage per broker is 1–16384 GiB; the console's default is 1000 GiB (API reference, EBSStorageInfo).
const DEFAULT_VOLUME_GIB = 1000;
const MAX_VOLUME_GIB = 16_384;

function authOf(input: ClientAuthentication | undefined): StoredClientAuthentication {
  const auth = {
    iam: input?.Sasl?.Iam?.Enabled === true,
    scram: input?.Sasl?.Scram?.Enabled === true,
    tls: input?.Tls?.Enabled === true || (input?.Tls?.CertificateAuthorityArnList?.length ?? 0) > 0,
    unauthenticated: input?.Unauthenticated?.Enabled === true,
  };
  // MSK: with no ClientAuthentication at all, the cluster allows unauthenticated access.
  if (!auth.iam && !auth.scram && !auth.tls)
    auth.unauthenticated = input?.Unauthenticated?.Enabled ?? true;
  return auth;
}

function subnetsOf(subnets: string[] | undefined, field: string): string[] {
  // MSK: brokers (and serverless endpoints) spread over at least two subnets in different Availability Zones.
  if (!subnets || subnets.length < 2 || subnets.length > 3)
    throw badRequest(`${field} must list 2 or 3 subnets, each in a different Availability Zone.`);
  return [...subnets];
}

function brokersOf(info: BrokerNodeGroupInfo | undefined, brokers: number | undefined) {
  if (!info) throw badRequest('BrokerNodeGroupInfo is a required parameter.');
  const subnets = subnetsOf(info.ClientSubnets, 'BrokerNodeGroupInfo.ClientSubnets');
  if (!info.InstanceType || !INSTANCE_TYPES.includes(info.InstanceType))
    throw badRequest(
      `BrokerNodeGroupInfo.InstanceType must be an MSK standard broker size (kafka.t3.small, kafka.m5.large … kafka.m5.24xlarge, kafka.m7g.large … kafka.m7g.16xlarge); got ${String(info.InstanceType)}.`,
    );
  // MSK: the number of broker nodes must be a multiple of the number of subnets (one broker per AZ and round).
  if (!Number.isInteger(brokers) || brokers! < 1 || brokers! % subnets.length !== 0)
    throw badRequest(
      `NumberOfBrokerNodes must be a positive multiple of the number of client subnets (${subnets.length}).`,
    );
  const size = info.StorageInfo?.EbsStorageInfo?.VolumeSize ?? DEFAULT_VOLUME_GIB;
  if (!Number.isInteger(size) || size < 1 || size > MAX_VOLUME_GIB)
    throw badRequest(`VolumeSize must be an integer from 1 to ${MAX_VOLUME_GIB} GiB.`);
  // MSK: public access cannot be turned on when a cluster is created, only by UpdateConnectivity later.
  if (
    info.ConnectivityInfo?.PublicAccess?.Type &&
    info.ConnectivityInfo.PublicAccess.Type !== 'DISABLED'
  )
    throw badRequest(
      'Public access can only be turned on for an existing cluster (UpdateConnectivity).',
    );
  return { subnets, instanceType: info.InstanceType, size, brokers: brokers! };
}

function provisionedOf(input: ProvisionedRequest): StoredProvisioned {
  const { subnets, instanceType, size, brokers } = brokersOf(
    input.BrokerNodeGroupInfo,
    input.NumberOfBrokerNodes,
  );
  if (!input.KafkaVersion) throw badRequest('KafkaVersion is a required parameter.');
  return {
    InstanceType: instanceType,
    ClientSubnets: subnets,
    SecurityGroups: input.BrokerNodeGroupInfo?.SecurityGroups ?? [],
    VolumeSize: size,
    KafkaVersion: input.KafkaVersion,
    NumberOfBrokerNodes: brokers,
    EnhancedMonitoring: input.EnhancedMonitoring ?? 'DEFAULT',
    ...transitOf(input.EncryptionInfo),
    publicAccess: false,
  };
}

// MSK: encryption in transit between clients and brokers defaults to TLS, and within the cluster to true.
function transitOf(info: EncryptionInfo | undefined): {
  ClientBroker: ClientBroker;
  InCluster: boolean;
} {
  return {
    ClientBroker: info?.EncryptionInTransit?.ClientBroker ?? 'TLS',
    InCluster: info?.EncryptionInTransit?.InCluster ?? true,
  };
}

function serverlessOf(input: ServerlessRequest): {
  serverless: StoredServerless;
  auth: StoredClientAuthentication;
} {
  if (!input.VpcConfigs?.length) throw badRequest('Serverless.VpcConfigs is a required parameter.');
  const vpcConfigs = input.VpcConfigs.map((vpc, i) => ({
    SubnetIds: subnetsOf(vpc.SubnetIds, `Serverless.VpcConfigs[${i}].SubnetIds`),
    SecurityGroupIds: vpc.SecurityGroupIds ?? [],
  }));
  // MSK Serverless: IAM access control is required for every cluster (serverless.html).
  if (input.ClientAuthentication?.Sasl?.Iam?.Enabled !== true)
    throw badRequest(
      'MSK Serverless clusters require IAM access control: set ClientAuthentication.Sasl.Iam.Enabled to true.',
    );
  return {
    serverless: { VpcConfigs: vpcConfigs },
    auth: { iam: true, scram: false, tls: false, unauthenticated: false },
  };
}

type ClusterBody = Pick<StoredCluster, 'ClusterType' | 'auth' | 'provisioned' | 'serverless'>;

/** Records a new cluster in CREATING and schedules it to become ACTIVE. */
function addCluster(
  ctx: OperationContext,
  name: string | undefined,
  tags: Record<string, string> | undefined,
  body: ClusterBody,
): StoredCluster {
  if (!name || !NAME_PATTERN.test(name))
    throw badRequest(
      'ClusterName must be 1-64 letters, digits and hyphens, starting with a letter or digit.',
    );
  for (const [key, value] of Object.entries(tags ?? {})) checkTag(key, value);
  if (Object.keys(tags ?? {}).length > MAX_TAGS)
    throw badRequest(`A cluster can have at most ${MAX_TAGS} tags.`);
  const clusters = kafkaState(ctx.world).clusters;
  // MSK: cluster names are unique in an account and Region.
  if (Object.values(clusters).some((c) => c.ClusterName === name))
    throw conflict(`A cluster named ${name} already exists. Choose another name and try again.`);
  const arn = clusterArnFor(ctx, name);
  const cluster: StoredCluster = {
    ClusterArn: arn,
    ClusterName: name,
    State: 'CREATING',
    CreationTime: ctx.now,
    CurrentVersion: newClusterVersion(ctx),
    Tags: { ...tags },
    dnsLabel: ctx.rng.alphanumeric(6).toLowerCase(),
    topics: {},
    counters: { incomingRecords: 0, incomingBytes: 0, outgoingRecords: 0, outgoingBytes: 0 },
    ...body,
  };
  clusters[arn] = cluster;
  ctx.clock.schedule(ctx.now + CREATE_DURATION_MS[body.ClusterType], CLUSTER_ACTIVE_EVENT, {
    arn,
    created: ctx.now,
  });
  return cluster;
}

function bodyOfV2(input: CreateClusterV2Request): ClusterBody {
  // MSK: a CreateClusterV2 request describes exactly one of Provisioned or Serverless.
  if (!!input.Provisioned === !!input.Serverless)
    throw badRequest('Specify exactly one of Provisioned or Serverless.');
  if (input.Provisioned)
    return {
      ClusterType: 'PROVISIONED',
      provisioned: provisionedOf(input.Provisioned),
      auth: authOf(input.Provisioned.ClientAuthentication),
    };
  const { serverless, auth } = serverlessOf(input.Serverless!);
  return { ClusterType: 'SERVERLESS', serverless, auth };
}

export const CreateClusterV2: OperationDef<CreateClusterV2Request, CreateClusterV2Response> = {
  run(input, ctx) {
    const cluster = addCluster(ctx, input.ClusterName, input.Tags, bodyOfV2(input));
    return {
      ClusterArn: cluster.ClusterArn,
      ClusterName: cluster.ClusterName,
      State: cluster.State,
      ClusterType: cluster.ClusterType,
    };
  },
};

/** The original (v1) API: provisioned clusters only. */
export const CreateCluster: OperationDef<CreateClusterRequest, CreateClusterResponse> = {
  run(input, ctx) {
    const provisioned = provisionedOf(input as ProvisionedRequest);
    const cluster = addCluster(ctx, input.ClusterName, input.Tags, {
      ClusterType: 'PROVISIONED',
      provisioned,
      auth: authOf(input.ClientAuthentication),
    });
    return {
      ClusterArn: cluster.ClusterArn,
      ClusterName: cluster.ClusterName,
      State: cluster.State,
    };
  },
};
