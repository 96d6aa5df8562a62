import type { World } from '../world';

/** One data record as a shard keeps it; the payload is base64 so the world stays plain JSON. */
export interface StoredKinesisRecord {
  SequenceNumber: string;
  /** Simulated epoch milliseconds. */
  ApproximateArrivalTimestamp: number;
  Data: string;
  PartitionKey: string;
  /** Payload bytes plus partition-key bytes: what counts against the shard's write limit. */
  size: number;
}

export interface StoredShard {
  ShardId: string;
  StartingHashKey: string;
  EndingHashKey: string;
  StartingSequenceNumber: string;
  /** Set once a reshard closes the shard: it takes no more records (optional: older labs lack it). */
  EndingSequenceNumber?: string;
  /** The shard this one was split from or merged out of, after a reshard. */
  ParentShardId?: string;
  AdjacentParentShardId?: string;
  records: StoredKinesisRecord[];
  /** The simulated second (epoch ms / 1000, floored) the write counters below belong to. */
  writeSecond: number;
  writeBytes: number;
  writeRecords: number;
  readSecond: number;
  reads: number;
}

/** Flow counters the lake canvas shows (not an AWS shape). */
export interface KinesisStreamCounters {
  incomingRecords: number;
  incomingBytes: number;
  throttledRecords: number;
  outgoingRecords: number;
  outgoingBytes: number;
  lastPutAt?: number;
}

/** An enhanced fan-out consumer; its status is CREATING for a short while after registration, then ACTIVE. */
export interface StoredConsumer {
  ConsumerName: string;
  ConsumerARN: string;
  /** Simulated epoch milliseconds. */
  ConsumerCreationTimestamp: number;
}

export type KinesisStreamStatus = 'CREATING' | 'ACTIVE' | 'DELETING' | 'UPDATING';
export type KinesisStreamMode = 'PROVISIONED' | 'ON_DEMAND';

export interface StoredStream {
  StreamName: string;
  StreamARN: string;
  StreamStatus: KinesisStreamStatus;
  StreamMode: KinesisStreamMode;
  RetentionPeriodHours: number;
  /** Simulated epoch milliseconds. */
  StreamCreationTimestamp: number;
  shards: StoredShard[];
  /** The last sequence counter handed out in this stream (sequence numbers increase across shards). */
  sequence: number;
  counters: KinesisStreamCounters;
  /** UpdateShardCount in progress: the shard count the stream becomes when it is ACTIVE again. */
  targetShardCount?: number;
  /** Simulated epoch ms of each UpdateShardCount in the last 24 hours (AWS allows ten). */
  scalings?: number[];
  /** Simulated epoch ms of each capacity-mode switch in the last 24 hours (AWS allows two). */
  modeSwitches?: number[];
  /** Shard-level metrics turned on by EnableEnhancedMonitoring (optional: absent when none). */
  shardLevelMetrics?: string[];
  /** Enhanced fan-out consumers (optional: older labs lack it). */
  consumers?: StoredConsumer[];
  /** Tags by key (optional: labs saved before tagging lack it; absent when the stream has none). */
  tags?: Record<string, string>;
}

/** The kinesis service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface KinesisState {
  version: 1;
  streams: Record<string, StoredStream>;
}

export function initialKinesisState(): KinesisState {
  return { version: 1, streams: {} };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function kinesisState(world: World): KinesisState {
  const state = (world.kinesis ??= initialKinesisState());
  state.streams ??= {};
  return state;
}
