import type { World } from '../world';

export type DmsEndpointType = 'SOURCE' | 'TARGET';

/** S3 target settings with DMS's defaults filled in (CHAP_Target.S3.html, "Endpoint settings"). */
export interface DmsS3Settings {
  BucketName: string;
  BucketFolder?: string;
  ServiceAccessRoleArn: string;
  DataFormat: 'csv' | 'parquet';
  CompressionType: 'NONE' | 'GZIP';
  CsvDelimiter: string;
  CsvRowDelimiter: string;
  AddColumnName: boolean;
  TimestampColumnName?: string;
  IncludeOpForFullLoad: boolean;
  CdcInsertsOnly: boolean;
  CdcInsertsAndUpdates: boolean;
  /** Seconds. */
  CdcMaxBatchInterval: number;
  /** Kilobytes. */
  CdcMinFileSize: number;
  /** Kilobytes. */
  MaxFileSize: number;
  DatePartitionEnabled: boolean;
  DatePartitionSequence: 'YYYYMMDD' | 'YYYYMMDDHH' | 'YYYYMM' | 'MMYYYYDD' | 'DDMMYYYY';
  DatePartitionDelimiter: 'SLASH' | 'DASH' | 'UNDERSCORE' | 'NONE';
}

export interface StoredEndpoint {
  EndpointIdentifier: string;
  EndpointArn: string;
  EndpointType: DmsEndpointType;
  EngineName: string;
  ServerName?: string;
  Port?: number;
  DatabaseName?: string;
  Username?: string;
  /** Kept only to tell a blank password from a given one; never returned. */
  hasPassword: boolean;
  S3Settings?: DmsS3Settings;
  Status: 'active';
  createdAt: number;
}

export type DmsInstanceStatus = 'creating' | 'available' | 'modifying' | 'rebooting' | 'deleting';

/** ReplicationPendingModifiedValues: changes waiting for the maintenance window. */
export interface StoredPendingValues {
  ReplicationInstanceClass?: string;
  AllocatedStorage?: number;
  MultiAZ?: boolean;
  EngineVersion?: string;
}

export interface StoredReplicationInstance {
  ReplicationInstanceIdentifier: string;
  ReplicationInstanceArn: string;
  ReplicationInstanceClass: string;
  AllocatedStorage: number;
  MultiAZ: boolean;
  EngineVersion: string;
  /** Optional: labs saved before these were kept lack them (the defaults apply). */
  PubliclyAccessible?: boolean;
  AutoMinorVersionUpgrade?: boolean;
  AvailabilityZone?: string;
  SecondaryAvailabilityZone?: string;
  PreferredMaintenanceWindow?: string;
  KmsKeyId?: string;
  PendingModifiedValues?: StoredPendingValues;
  Status: DmsInstanceStatus;
  createdAt: number;
  /** Billed up to here (simulated epoch ms). */
  billedUntil: number;
}

export type DmsTaskStatus =
  | 'creating'
  | 'ready'
  | 'starting'
  | 'running'
  | 'stopping'
  | 'stopped'
  | 'failed'
  | 'deleting'
  | 'modifying';

export type DmsMigrationType = 'full-load' | 'cdc' | 'full-load-and-cdc';

/** TableState values from the API reference (TableStatistics). */
export type DmsTableState =
  'Before load' | 'Full load' | 'Table completed' | 'Table cancelled' | 'Table error';

export interface StoredTableRun {
  SchemaName: string;
  TableName: string;
  /** Where the table lands on the target (after transformation rules). */
  targetSchema: string;
  targetTable: string;
  TableState: DmsTableState;
  Inserts: number;
  Updates: number;
  Deletes: number;
  FullLoadRows: number;
  FullLoadReloaded: boolean;
  FullLoadStartTime?: number;
  FullLoadEndTime?: number;
  LastUpdateTime?: number;
  /** CDC for this table applies changes after this LSN (set when its full load read the table). */
  cdcAfterLsn?: number;
  filesWritten: number;
}

export interface StoredCdcState {
  /** When CDC last wrote files (or started). */
  lastFlushAt: number;
}

export interface StoredReplicationTask {
  ReplicationTaskIdentifier: string;
  ReplicationTaskArn: string;
  SourceEndpointArn: string;
  TargetEndpointArn: string;
  ReplicationInstanceArn: string;
  MigrationType: DmsMigrationType;
  TableMappings: string;
  ReplicationTaskSettings?: string;
  Status: DmsTaskStatus;
  createdAt: number;
  startedAt?: number;
  freshStartAt?: number;
  stoppedAt?: number;
  fullLoadStartAt?: number;
  fullLoadFinishAt?: number;
  StopReason?: string;
  LastFailureMessage?: string;
  /** Has the task ever been started (the first start must be start-replication). */
  hasRun: boolean;
  /** The binlog position CDC has read up to. */
  checkpointLsn?: number;
  tables: StoredTableRun[];
  cdc?: StoredCdcState;
  /** Bumped on every start, stop and failure, so events of an earlier run are ignored. */
  runId: number;
  /** Every object the task wrote: keys under the target bucket. */
  objectsWritten: number;
  bytesWritten: number;
}

export interface StoredConnection {
  EndpointArn: string;
  EndpointIdentifier: string;
  ReplicationInstanceArn: string;
  ReplicationInstanceIdentifier: string;
  Status: 'successful' | 'failed' | 'testing';
  LastFailureMessage?: string;
}

export interface StoredTag {
  Key: string;
  Value: string;
}

/** The dms service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface DmsState {
  version: 1;
  endpoints: Record<string, StoredEndpoint>;
  instances: Record<string, StoredReplicationInstance>;
  tasks: Record<string, StoredReplicationTask>;
  connections: StoredConnection[];
  /** Tags by resource ARN (optional: labs saved before tags were kept lack it). */
  tags?: Record<string, StoredTag[]>;
}

export function initialDmsState(): DmsState {
  return { version: 1, endpoints: {}, instances: {}, tasks: {}, connections: [] };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function dmsState(world: World): DmsState {
  const state = (world.dms ??= initialDmsState());
  // Labs saved while the service was an empty placeholder hold only `{ version: 1 }`.
  state.endpoints ??= {};
  state.instances ??= {};
  state.tasks ??= {};
  state.connections ??= [];
  return state;
}
