import type {
  DestinationFlowConfig,
  SourceFlowConfig,
  Task,
  TriggerConfig,
} from '@aws-sdk/client-appflow';
import type { World } from '../world';

export interface StoredConnectorProfile {
  connectorProfileName: string;
  connectorProfileArn: string;
  connectorType: string;
  connectionMode: string;
  instanceUrl?: string;
  createdAt: number;
  /** Set by UpdateConnectorProfile (absent in older saves). */
  lastUpdatedAt?: number;
}

export type FlowStatus = 'Active' | 'Draft' | 'Suspended' | 'Errored';
// ExecutionRecord.executionStatus (API_ExecutionRecord).
export type ExecutionStatus = 'InProgress' | 'Successful' | 'Error' | 'CancelStarted' | 'Canceled';

export interface StoredExecution {
  executionId: string;
  executionStatus: ExecutionStatus;
  startedAt: number;
  lastUpdatedAt: number;
  dataPullStartTime?: number;
  dataPullEndTime?: number;
  recordsProcessed: number;
  bytesProcessed: number;
  bytesWritten: number;
  errorMessage?: string;
  /** The StartFlow clientToken that started this run, if any. */
  clientToken?: string;
  /** Keys of the objects this run wrote. */
  outputKeys: string[];
}

export interface StoredFlow {
  flowName: string;
  flowArn: string;
  description?: string;
  /** The customer managed KMS key the flow encrypts with (LakeLab stores it only). */
  kmsArn?: string;
  flowStatus: FlowStatus;
  triggerConfig: TriggerConfig;
  sourceFlowConfig: SourceFlowConfig;
  destinationFlowConfigList: DestinationFlowConfig[];
  tasks: Task[];
  createdAt: number;
  lastUpdatedAt: number;
  createdBy: string;
  /** Who last changed the flow (absent in labs saved before UpdateFlow recorded it). */
  lastUpdatedBy?: string;
  /** The flow's tags (absent in older saves). */
  tags?: Record<string, string>;
  /** The creator's IAM identity: LakeLab writes the flow's output to S3 as this principal. */
  writerArn: string;
  executions: StoredExecution[];
}

/** The appflow service's part of the world: plain data, times in simulated epoch milliseconds. */
export interface AppFlowState {
  version: 1;
  connectorProfiles: Record<string, StoredConnectorProfile>;
  flows: Record<string, StoredFlow>;
}

export function initialAppFlowState(): AppFlowState {
  return { version: 1, connectorProfiles: {}, flows: {} };
}

/** The service's state, created on first use (labs saved before the service existed lack it). */
export function appFlowState(world: World): AppFlowState {
  const state = (world.appflow ??= initialAppFlowState());
  state.connectorProfiles ??= {};
  state.flows ??= {};
  return state;
}

export interface AppFlowActivity {
  flowName: string;
  flowStatus: FlowStatus;
  sourceObject?: string;
  destination?: string;
  runs: number;
  lastStatus?: ExecutionStatus;
  lastRunAt?: number;
  recordsProcessed: number;
}

/** AppFlow flows with their last run and records moved, for the lake canvas (reads only). */
export function appFlowActivity(world: World): AppFlowActivity[] {
  return Object.values(world.appflow?.flows ?? {}).map((flow) => {
    const last = flow.executions.at(-1);
    const s3 = flow.destinationFlowConfigList[0]?.destinationConnectorProperties?.S3;
    const activity: AppFlowActivity = {
      flowName: flow.flowName,
      flowStatus: flow.flowStatus,
      runs: flow.executions.length,
      recordsProcessed: flow.executions.reduce((sum, e) => sum + e.recordsProcessed, 0),
    };
    const object = flow.sourceFlowConfig.sourceConnectorProperties?.Salesforce?.object;
    if (object) activity.sourceObject = object;
    if (s3?.bucketName) activity.destination = `s3://${s3.bucketName}/${s3.bucketPrefix ?? ''}`;
    if (last) {
      activity.lastStatus = last.executionStatus;
      activity.lastRunAt = last.startedAt;
    }
    return activity;
  });
}
