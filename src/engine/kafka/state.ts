import type { World } from '../world';

export type ClusterType = 'PROVISIONED' | 'SERVERLESS';
/** MSK: the states a cluster passes through (msk-cluster-states.html); LakeLab uses the first four. */
export type ClusterState = 'CREATING' | 'ACTIVE' | 'UPDATING' | 'DELETING' | 'FAILED';
export type ClientBroker = 'TLS' | 'TLS_PLAINTEXT' | 'PLAINTEXT';

/** Which ways clients may authenticate (ClientAuthentication, reduced to flags). */
export interface StoredClientAuthentication {
  iam: boolean;
  scram: boolean;
  tls: boolean;
  unauthenticated: boolean;
}

export interface StoredProvisioned {
  InstanceType: string;
  ClientSubnets: string[];
  SecurityGroups: string[];
  /** GiB of EBS storage per broker. */
  VolumeSize: number;
  KafkaVersion: string;
  NumberOfBrokerNodes: number;
  EnhancedMonitoring: string;
  ClientBroker: ClientBroker;
  InCluster: boolean;
  /** ConnectivityInfo.PublicAccess.Type is SERVICE_PROVIDED_EIPS. */
  publicAccess: boolean;
}

export interface StoredServerless {
  VpcConfigs: { SubnetIds: string[]; SecurityGroupIds: string[] }[];
}

/** One Kafka record as a partition's log keeps it; the value is base64 so the world stays JSON. */
export interface StoredKafkaRecord {
  offset: number;
  /** CreateTime in simulated epoch milliseconds. */
  timestamp: number;
  key?: string;
  value: string;
  /** Key plus value bytes. */
  size: number;
}

export interface StoredPartition {
  records: StoredKafkaRecord[];
  /** The offset the next record gets (Kafka's log end offset). */
  nextOffset: number;
  /** The size of the records kept (storage is billed on it; kept so no tick has to add it up). */
  bytes: number;
}

export interface StoredTopic {
  name: string;
  createdAt: number;
  /** retention.ms: records older than this leave the log. */
  retentionMs: number;
  partitions: StoredPartition[];
}

/** Flow counters the lake canvas shows (not an AWS shape). */
export interface KafkaClusterCounters {
  incomingRecords: number;
  incomingBytes: number;
  outgoingRecords: number;
  outgoingBytes: number;
  lastWriteAt?: number;
}

export interface StoredCluster {
  ClusterArn: string;
  ClusterName: string;
  ClusterType: ClusterType;
  State: ClusterState;
  CreationTime: number;
  /** Changes with every update (ClusterInfo.CurrentVersion); DeleteCluster may name it. */
  CurrentVersion: string;
  Tags: Record<string, string>;
  auth: StoredClientAuthentication;
  provisioned?: StoredProvisioned;
  serverless?: StoredServerless;
  /** The host part shared by the bootstrap broker names. */
  dnsLabel: string;
  /** Kafka topics live in the cluster: the MSK API has no topic operations (see topics.ts). */
  topics: Record<string, StoredTopic>;
  counters: KafkaClusterCounters;
}

/** A cluster operation (UpdateBrokerCount), as DescribeClusterOperation reports it. */
export interface StoredClusterOperation {
  OperationArn: string;
  ClusterArn: string;
  OperationType: 'INCREASE_BROKER_COUNT' | 'DECREASE_BROKER_COUNT';
  OperationState: 'PENDING' | 'UPDATE_COMPLETE';
  CreationTime: number;
  EndTime?: number;
  /** Broker counts before and after. */
  source: number;
  target: number;
  /** The CurrentVersion the cluster gets when the operation completes. */
  nextVersion: string;
}

/** The kafka (Amazon MSK) service's part of the world, clusters by ARN. */
export interface KafkaState {
  version: 1;
  clusters: Record<string, StoredCluster>;
  /** Cluster operations by ARN (absent in labs saved before UpdateBrokerCount was simulated). */
  operations?: Record<string, StoredClusterOperation>;
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function kafkaState(world: World): KafkaState {
  const state = (world.kafka ??= { version: 1, clusters: {} });
  state.clusters ??= {};
  return state;
}

/** The cluster with this ARN, if any (reads the world without creating the state). */
export function clusterByArn(world: World, arn: string | undefined): StoredCluster | undefined {
  return arn ? world.kafka?.clusters[arn] : undefined;
}
