import type {
  FilterRule,
  Options,
  TagListEntry,
  TaskExecutionStatus,
} from '@aws-sdk/client-datasync';
import type { World } from '../world';

export interface StoredAgent {
  AgentArn: string;
  Name: string;
  Status: 'ONLINE' | 'OFFLINE';
  CreationTime: number;
  Tags?: TagListEntry[];
}

export interface StoredLocation {
  LocationArn: string;
  LocationUri: string;
  kind: 'NFS' | 'S3';
  CreationTime: number;
  /** Normalised: starts and ends with `/` for NFS; no leading `/`, ends with `/` (or empty) for S3. */
  Subdirectory: string;
  ServerHostname?: string;
  AgentArns?: string[];
  S3BucketArn?: string;
  bucket?: string;
  BucketAccessRoleArn?: string;
  S3StorageClass?: string;
  Tags?: TagListEntry[];
}

export interface StoredTask {
  TaskArn: string;
  Name?: string;
  SourceLocationArn: string;
  DestinationLocationArn: string;
  Options: Options;
  Includes: FilterRule[];
  Excludes: FilterRule[];
  Schedule?: { ScheduleExpression: string; Status: 'ENABLED' | 'DISABLED' };
  Status: 'AVAILABLE' | 'QUEUED' | 'RUNNING';
  CreationTime: number;
  CurrentTaskExecutionArn?: string;
  executionArns: string[];
  Tags?: TagListEntry[];
}

/** A planned copy of one source file (decided in PREPARING). */
export interface PlannedFile {
  name: string;
  size: number;
  mtime: number;
}

export interface PhaseResult {
  PrepareDuration: number;
  PrepareStatus: 'PENDING' | 'SUCCESS' | 'ERROR';
  TransferDuration: number;
  TransferStatus: 'PENDING' | 'SUCCESS' | 'ERROR';
  VerifyDuration: number;
  VerifyStatus: 'PENDING' | 'SUCCESS' | 'ERROR';
  TotalDuration: number;
  ErrorCode?: string;
  ErrorDetail?: string;
}

export interface StoredExecution {
  TaskExecutionArn: string;
  TaskArn: string;
  Status: TaskExecutionStatus;
  Options: Options;
  Includes: FilterRule[];
  Excludes: FilterRule[];
  StartTime: number;
  /** When the execution left the queue and began LAUNCHING (absent in older saves). */
  LaunchTime?: number;
  Tags?: TagListEntry[];
  /** When the current status began. */
  phaseStartedAt: number;
  EndTime?: number;
  EstimatedFilesToTransfer: number;
  EstimatedBytesToTransfer: number;
  EstimatedFilesToDelete: number;
  FilesTransferred: number;
  BytesTransferred: number;
  BytesWritten: number;
  FilesDeleted: number;
  FilesSkipped: number;
  FilesVerified: number;
  Result: PhaseResult;
  toCopy: PlannedFile[];
  toDelete: string[];
  /** Every file the source held when prepared (POINT_IN_TIME_CONSISTENT verifies them all). */
  sourceFileCount: number;
}

/** The datasync service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface DataSyncState {
  version: 1;
  agents: Record<string, StoredAgent>;
  locations: Record<string, StoredLocation>;
  tasks: Record<string, StoredTask>;
  executions: Record<string, StoredExecution>;
}

export function initialDataSyncState(): DataSyncState {
  return { version: 1, agents: {}, locations: {}, tasks: {}, executions: {} };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function dataSyncState(world: World): DataSyncState {
  const state = (world.datasync ??= initialDataSyncState());
  state.agents ??= {};
  state.locations ??= {};
  state.tasks ??= {};
  state.executions ??= {};
  return state;
}

/** One line per task for the lake canvas: its last execution's status and counters. */
export interface DataSyncTaskActivity {
  TaskArn: string;
  Name?: string;
  source: string;
  destination: string;
  lastStatus?: TaskExecutionStatus;
  lastStartTime?: number;
  executions: number;
  FilesTransferred: number;
  BytesTransferred: number;
}

/** DataSync's tasks with their last run, for the lake canvas (reads only). */
export function dataSyncActivity(world: World): DataSyncTaskActivity[] {
  const state = world.datasync;
  if (!state?.tasks) return [];
  return Object.values(state.tasks).map((task) => {
    const last = state.executions[task.executionArns.at(-1) ?? ''];
    const all = task.executionArns
      .map((arn) => state.executions[arn])
      .filter((e) => e !== undefined);
    const activity: DataSyncTaskActivity = {
      TaskArn: task.TaskArn,
      source: state.locations[task.SourceLocationArn]?.LocationUri ?? task.SourceLocationArn,
      destination:
        state.locations[task.DestinationLocationArn]?.LocationUri ?? task.DestinationLocationArn,
      executions: all.length,
      FilesTransferred: all.reduce((sum, e) => sum + e.FilesTransferred, 0),
      BytesTransferred: all.reduce((sum, e) => sum + e.BytesTransferred, 0),
    };
    if (task.Name !== undefined) activity.Name = task.Name;
    if (last) {
      activity.lastStatus = last.Status;
      activity.lastStartTime = last.StartTime;
    }
    return activity;
  });
}
