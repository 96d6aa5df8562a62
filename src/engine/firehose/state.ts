import type { World } from '../world';
import { upgradeLegacyBuffer } from './buffer';
import type { StoredMskSource } from './mskSource';

export type FirehoseCompression = 'UNCOMPRESSED' | 'GZIP' | 'Snappy' | 'HADOOP_SNAPPY' | 'ZIP';
export type ErrorOutputType = 'processing-failed' | 'format-conversion-failed';

/** The S3 destination as configured, with defaults filled in (kept close to ExtendedS3DestinationDescription). */
export interface StoredS3Destination {
  DestinationId: string;
  RoleARN: string;
  BucketARN: string;
  Prefix?: string;
  ErrorOutputPrefix?: string;
  SizeInMBs: number;
  IntervalInSeconds: number;
  CompressionFormat: FirehoseCompression;
  /** Present when JSON → Parquet conversion is enabled. */
  conversion?: {
    RoleARN: string;
    DatabaseName: string;
    TableName: string;
    CatalogId?: string;
    VersionId?: string;
    /** SchemaConfiguration.Region as given (absent: the stream's Region). */
    Region?: string;
    /** The InputFormatConfiguration and OutputFormatConfiguration as given, for Describe. */
    InputFormatConfiguration?: Record<string, unknown>;
    OutputFormatConfiguration?: Record<string, unknown>;
  };
  /** Present when dynamic partitioning is enabled: key → jq path (`.a.b`). */
  partitionKeys?: Record<string, string>;
  /** The MetadataExtraction query as given, for Describe. */
  extractionQuery?: string;
  appendDelimiter?: boolean;
  /** EncryptionConfiguration.KMSEncryptionConfig's key: objects are written with SSE-KMS (absent: NoEncryption). */
  kmsKeyArn?: string;
  /** CloudWatchLoggingOptions as given (absent: not enabled). */
  logging?: { Enabled: boolean; LogGroupName?: string; LogStreamName?: string };
}

/**
 * Records waiting for delivery. Their bytes are kept back to back in chunks (one per accepted
 * request, never changed once written), with each record's size and arrival alongside.
 */
export interface DeliveryBuffer {
  chunks: Uint8Array[];
  /** How many records each chunk holds. */
  counts: number[];
  /** Each record's size in bytes, in order across the chunks. */
  sizes: number[];
  /** Each record's arrival, in the same order. */
  arrivals: number[];
  /** Buffered bytes, counting a delimiter per record when one is appended. */
  bytes: number;
  /** The arrival of the oldest record: the `!{timestamp:…}` instant and the interval's start. */
  oldest: number;
  /** Evaluated partition keys for dynamic partitioning (empty otherwise). */
  keys: Record<string, string>;
}

export interface DeliveryError {
  at: number;
  code: string;
  message: string;
}

/** Flow counters the lake canvas shows (not an AWS shape). */
export interface DeliveryCounters {
  incomingRecords: number;
  incomingBytes: number;
  deliveredRecords: number;
  deliveredBytes: number;
  deliveredObjects: number;
  failedRecords: number;
  lastDeliveryAt?: number;
  lastObjectKey?: string;
}

/** Server-side encryption of the stream's buffered data (DeliveryStreamEncryptionConfiguration). */
export interface StoredStreamEncryption {
  Status: 'ENABLING' | 'ENABLED' | 'DISABLING' | 'DISABLED';
  KeyType: 'AWS_OWNED_CMK' | 'CUSTOMER_MANAGED_CMK';
  KeyARN?: string;
  /** When the status last changed: the settling event carries it, so a stale one is ignored. */
  changedAt: number;
  /** Start/Stop calls within the last 24 hours (25 allowed). */
  calls: number[];
}

export interface StoredDeliveryStream {
  DeliveryStreamName: string;
  DeliveryStreamARN: string;
  DeliveryStreamStatus: 'CREATING' | 'ACTIVE';
  DeliveryStreamType: 'DirectPut' | 'KinesisStreamAsSource' | 'MSKAsSource';
  /** Starts at 1; each UpdateDestination adds 1 (basic-deliver.html). */
  VersionId: number;
  CreateTimestamp: number;
  LastUpdateTimestamp?: number;
  source?: {
    KinesisStreamARN: string;
    RoleARN: string;
    DeliveryStartTimestamp: number;
    /** Per shard, the sequence number of the last record read ('' before the first). */
    checkpoints: Record<string, string>;
  };
  /** Present when the source is an Amazon MSK topic (mskSource.ts). */
  mskSource?: StoredMskSource;
  destination: StoredS3Destination;
  /** Buffers by partition (the empty string when dynamic partitioning is off). */
  buffers: Record<string, DeliveryBuffer>;
  counters: DeliveryCounters;
  /** The most recent delivery failures, newest last (CloudWatch Logs in AWS). */
  errors: DeliveryError[];
  /** DirectPutSourceConfiguration.ThroughputHintInMBs as given (informational only; absent when not given). */
  throughputHintInMBs?: number;
  /** Server-side encryption (absent: DISABLED; older saves lack it). */
  sse?: StoredStreamEncryption;
  /** Tags in the order first set (absent when the stream has none; older saves lack it). */
  tags?: { Key: string | undefined; Value?: string | undefined }[];
  /** Drawn once on the first put; RecordIds are scattered from it and a counter (recordIds.ts). */
  recordIdSalt?: number;
}

/** The firehose service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface FirehoseState {
  version: 1;
  streams: Record<string, StoredDeliveryStream>;
}

export function initialFirehoseState(): FirehoseState {
  return { version: 1, streams: {} };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function firehoseState(world: World): FirehoseState {
  const state = (world.firehose ??= initialFirehoseState());
  state.streams ??= {};
  for (const stream of Object.values(state.streams))
    for (const buffer of Object.values(stream.buffers)) upgradeLegacyBuffer(buffer);
  return state;
}
