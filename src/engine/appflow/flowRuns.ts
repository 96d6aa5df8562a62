import type {
  DescribeFlowExecutionRecordsRequest,
  StartFlowRequest,
  StopFlowRequest,
} from '@aws-sdk/client-appflow';
import { AwsError, isAwsError } from '../core/errors';
import type { EngineHooks, OperationContext, OperationDef } from '../core/operations';
import { scheduleFor } from '../datasync/schedule';
import { lastModifiedOf, readCrmObject, type CrmRecord } from '../sources/crm';
import { notFound, pageOf, uuidFrom } from './common';
import { RUN_EVENT, type RunEventData, SCHEDULE_EVENT, type ScheduleEventData } from './flowEvents';
import { outputFiles } from './flowOutput';
import { flowOf } from './flows';
import { applyTasks } from './flowTasks';
import { readS3Source } from './s3Source';
import { appFlowState, type StoredExecution, type StoredFlow } from './state';

/** A simulated run takes a minute: connect, pull, transform, write. */
export const RUN_MS = 60_000;
// Amazon AppFlow: $0.001 per flow run (AppFlow pricing page; from memory, not in the reference sheets).
export const FLOW_RUN_USD = 0.001;
const CLIENT_TOKEN_MS = 8 * 3_600_000;

/** Starts a run now; the clock finishes it RUN_MS later. */
export function startRun(
  ctx: OperationContext,
  flow: StoredFlow,
  clientToken?: string,
): StoredExecution {
  const execution: StoredExecution = {
    ...(clientToken !== undefined ? { clientToken } : {}),
    executionId: uuidFrom(ctx.nextId('appflow:execution'), ctx.world.seed),
    executionStatus: 'InProgress',
    startedAt: ctx.now,
    lastUpdatedAt: ctx.now,
    recordsProcessed: 0,
    bytesProcessed: 0,
    bytesWritten: 0,
    outputKeys: [],
  };
  flow.executions.push(execution);
  ctx.clock.schedule(ctx.now + RUN_MS, RUN_EVENT, {
    flowName: flow.flowName,
    executionId: execution.executionId,
  } satisfies RunEventData);
  return execution;
}

const epochMs = (value: unknown): number | undefined =>
  value instanceof Date ? value.getTime() : typeof value === 'number' ? value * 1000 : undefined;

/** Incremental pulls read records changed after the last successful run (flow-triggers.html, Incremental transfer). */
function pullWindowStart(flow: StoredFlow): number | undefined {
  const scheduled = flow.triggerConfig.triggerProperties?.Scheduled;
  if (flow.triggerConfig.triggerType !== 'Scheduled' || scheduled?.dataPullMode !== 'Incremental')
    return undefined;
  const lastSuccess = flow.executions.filter((e) => e.executionStatus === 'Successful').at(-1);
  return lastSuccess?.dataPullEndTime ?? epochMs(scheduled.firstExecutionFrom);
}

function pull(ctx: OperationContext, flow: StoredFlow, execution: StoredExecution): CrmRecord[] {
  const since = pullWindowStart(flow);
  if (since !== undefined) execution.dataPullStartTime = since;
  execution.dataPullEndTime = ctx.now;
  const s3Source = flow.sourceFlowConfig.sourceConnectorProperties?.S3;
  if (flow.sourceFlowConfig.connectorType === 'S3' && s3Source)
    return readS3Source(ctx.world, s3Source, since, ctx.now);
  const profile = flow.sourceFlowConfig.connectorProfileName ?? '';
  // A profile deleted with forceDelete leaves its flows unable to connect (API_DeleteConnectorProfile forceDelete).
  if (!appFlowState(ctx.world).connectorProfiles[profile])
    throw notFound(`Connector profile ${profile} does not exist.`);
  const object = flow.sourceFlowConfig.sourceConnectorProperties?.Salesforce?.object ?? '';
  const field =
    flow.sourceFlowConfig.incrementalPullConfig?.datetimeTypeFieldName ?? 'LastModifiedDate';
  const records = readCrmObject(ctx.world, object);
  if (since === undefined) return records;
  return records.filter((r) => {
    const at =
      field === 'LastModifiedDate'
        ? lastModifiedOf(r)
        : Date.parse(String(r[field]).replace('+0000', 'Z'));
    return at > since && at <= ctx.now;
  });
}

/** Writes the run's output to S3 as the flow's creator (AppFlow itself writes via the bucket policy). */
async function finishRun(
  ctx: OperationContext,
  flow: StoredFlow,
  execution: StoredExecution,
): Promise<void> {
  if (execution.executionStatus === 'CancelStarted') {
    // A canceled run stops before writing (API_CancelFlowExecutions): CancelStarted → Canceled.
    execution.executionStatus = 'Canceled';
    execution.lastUpdatedAt = ctx.now;
    return;
  }
  const s3 = flow.destinationFlowConfigList[0]?.destinationConnectorProperties?.S3;
  let stage = 'Reading the source';
  try {
    const pulled = pull(ctx, flow, execution);
    stage = 'Transforming the source records';
    execution.recordsProcessed = pulled.length;
    execution.bytesProcessed = pulled.reduce((sum, r) => sum + JSON.stringify(r).length, 0);
    const records = applyTasks(pulled, flow.tasks);
    stage = `Writing to s3://${s3?.bucketName ?? ''} as ${flow.writerArn}`;
    const prefix = (s3?.bucketPrefix ?? '').replace(/^\/+|\/+$/g, '');
    const folder = `${prefix ? `${prefix}/` : ''}${flow.flowName}/${execution.executionId}/`;
    for (const file of outputFiles(records, s3?.s3OutputFormatConfig, folder)) {
      await ctx.call(
        's3',
        'PutObject',
        { Bucket: s3?.bucketName, Key: file.key, Body: file.body },
        { principal: flow.writerArn },
      );
      execution.outputKeys.push(file.key);
      execution.bytesWritten += file.body.byteLength;
    }
    execution.executionStatus = 'Successful';
  } catch (error) {
    if (!isAwsError(error)) throw error;
    execution.executionStatus = 'Error';
    execution.errorMessage = `${stage} failed: ${error.name}: ${error.message}`;
  }
  execution.lastUpdatedAt = ctx.now;
  ctx.charge({
    service: 'appflow',
    usageType: 'FlowRuns',
    unit: 'run',
    quantity: 1,
    unitPrice: FLOW_RUN_USD,
  });
}

/** Queues a scheduled flow's next run after now (or after its scheduleStartTime). */
export function scheduleNextRun(
  ctx: OperationContext,
  flow: StoredFlow,
  activatedAt: number,
): void {
  const scheduled = flow.triggerConfig.triggerProperties?.Scheduled;
  if (!scheduled?.scheduleExpression) return;
  const startAt = epochMs(scheduled.scheduleStartTime);
  const endAt = epochMs(scheduled.scheduleEndTime);
  const nextAfter = scheduleFor(scheduled.scheduleExpression, 'ValidationException');
  // A rate schedule first runs at its scheduleStartTime; a cron schedule at its first time from then on.
  const next =
    startAt !== undefined && startAt > ctx.now
      ? scheduled.scheduleExpression.startsWith('rate')
        ? startAt
        : nextAfter(startAt - 60_000)
      : nextAfter(ctx.now);
  // No runs after scheduleEndTime.
  if (next === undefined || (endAt !== undefined && next > endAt)) return;
  // Schedules recur forever: background work for "run until idle"; the runs they start are real work.
  ctx.clock.schedule(
    next,
    SCHEDULE_EVENT,
    { flowName: flow.flowName, activatedAt } satisfies ScheduleEventData,
    { background: true },
  );
}

export const StartFlow: OperationDef<StartFlowRequest> = {
  run(input, ctx) {
    const flow = flowOf(ctx, input.flowName);
    // StartFlow runs an on-demand flow at once and activates a scheduled one (API_StartFlow).
    if (flow.triggerConfig.triggerType === 'OnDemand') {
      // A clientToken seen in the last 8 hours returns that run instead of starting another (API_StartFlow clientToken).
      const token = input.clientToken;
      const execution =
        (token !== undefined &&
          flow.executions.find(
            (e) => e.clientToken === token && ctx.now - e.startedAt < CLIENT_TOKEN_MS,
          )) ||
        startRun(ctx, flow, token);
      return {
        flowArn: flow.flowArn,
        flowStatus: flow.flowStatus,
        executionId: execution.executionId,
      };
    }
    if (flow.flowStatus !== 'Active') {
      flow.flowStatus = 'Active';
      flow.lastUpdatedAt = ctx.now;
      scheduleNextRun(ctx, flow, ctx.now);
    }
    return { flowArn: flow.flowArn, flowStatus: flow.flowStatus };
  },
};

export const StopFlow: OperationDef<StopFlowRequest> = {
  run(input, ctx) {
    const flow = flowOf(ctx, input.flowName);
    // StopFlow deactivates scheduled flows; on-demand flows answer UnsupportedOperationException (API_StopFlow).
    if (flow.triggerConfig.triggerType === 'OnDemand')
      throw new AwsError(
        'UnsupportedOperationException',
        `Flow ${flow.flowName} runs on demand and cannot be stopped.`,
      );
    ctx.clock.cancel(
      (e) => e.kind === SCHEDULE_EVENT && (e.data as ScheduleEventData).flowName === flow.flowName,
    );
    flow.flowStatus = 'Suspended';
    flow.lastUpdatedAt = ctx.now;
    return { flowArn: flow.flowArn, flowStatus: flow.flowStatus };
  },
};

export const DescribeFlowExecutionRecords: OperationDef<DescribeFlowExecutionRecordsRequest> = {
  run(input, ctx) {
    const flow = flowOf(ctx, input.flowName);
    // Newest first, paged: maxResults 1–100, default 20, nextToken (API_DescribeFlowExecutionRecords).
    const { items, nextToken } = pageOf(
      [...flow.executions].reverse(),
      input.maxResults,
      input.nextToken,
    );
    const flowExecutions = items.map((e) => ({
      executionId: e.executionId,
      executionStatus: e.executionStatus,
      executionResult: {
        recordsProcessed: e.recordsProcessed,
        bytesProcessed: e.bytesProcessed,
        bytesWritten: e.bytesWritten,
        ...(e.errorMessage
          ? { errorInfo: { putFailuresCount: 1, executionMessage: e.errorMessage } }
          : {}),
      },
      startedAt: new Date(e.startedAt),
      lastUpdatedAt: new Date(e.lastUpdatedAt),
      ...(e.dataPullStartTime !== undefined
        ? { dataPullStartTime: new Date(e.dataPullStartTime) }
        : {}),
      ...(e.dataPullEndTime !== undefined ? { dataPullEndTime: new Date(e.dataPullEndTime) } : {}),
    }));
    return nextToken ? { flowExecutions, nextToken } : { flowExecutions };
  },
};

/** Registers run completions and scheduled runs on the clock. */
export function installFlowRuns(hooks: EngineHooks): void {
  hooks.clock.on(RUN_EVENT, async (event) => {
    const ctx = hooks.contextFor('', 'appflow', 'StartFlow');
    const data = event.data as RunEventData;
    const flow = appFlowState(ctx.world).flows[data.flowName];
    const execution = flow?.executions.find((e) => e.executionId === data.executionId);
    if (flow && execution) await finishRun(ctx, flow, execution);
  });
  hooks.clock.on(SCHEDULE_EVENT, (event) => {
    const ctx = hooks.contextFor('', 'appflow', 'StartFlow');
    const data = event.data as ScheduleEventData;
    const flow = appFlowState(ctx.world).flows[data.flowName];
    if (!flow || flow.flowStatus !== 'Active') return;
    startRun(ctx, flow);
    scheduleNextRun(ctx, flow, data.activatedAt);
  });
}
