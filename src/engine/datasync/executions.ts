import type {
  CancelTaskExecutionRequest,
  DescribeTaskExecutionRequest,
  ListTaskExecutionsRequest,
  StartTaskExecutionRequest,
} from '@aws-sdk/client-datasync';
import { isAwsError } from '../core/errors';
import type { EngineHooks, OperationContext, OperationDef } from '../core/operations';
import { hexId, invalidRequest, page, required } from './common';
import { checkFilterRules } from './filterRules';
import { advanceExecution, LAUNCH_MS, PHASE_EVENT } from './executionRun';
import { tagsOf } from './locations';
import { checkOptions, taskOf } from './tasks';
import { SCHEDULE_EVENT, type ScheduleEventData, scheduleTask } from './taskSchedule';
import { dataSyncState, type StoredExecution, type StoredTask } from './state';

function buildExecution(
  ctx: OperationContext,
  task: StoredTask,
  request: Omit<StartTaskExecutionRequest, 'TaskArn'>,
): StoredExecution {
  const exec: StoredExecution = {
    TaskExecutionArn: `${task.TaskArn}/execution/${hexId(ctx, 'exec')}`,
    TaskArn: task.TaskArn,
    Status: 'QUEUED',
    Options: checkOptions(task.Options, request.OverrideOptions),
    // Filters given to StartTaskExecution apply to this execution only (API_StartTaskExecution).
    Includes: request.Includes
      ? checkFilterRules(request.Includes, 'Includes')
      : (task.Includes ?? []),
    Excludes: request.Excludes
      ? checkFilterRules(request.Excludes, 'Excludes')
      : (task.Excludes ?? []),
    StartTime: ctx.now,
    ...tagsOf(request.Tags),
    phaseStartedAt: ctx.now,
    EstimatedFilesToTransfer: 0,
    EstimatedBytesToTransfer: 0,
    EstimatedFilesToDelete: 0,
    FilesTransferred: 0,
    BytesTransferred: 0,
    BytesWritten: 0,
    FilesDeleted: 0,
    FilesSkipped: 0,
    FilesVerified: 0,
    Result: {
      PrepareDuration: 0,
      PrepareStatus: 'PENDING',
      TransferDuration: 0,
      TransferStatus: 'PENDING',
      VerifyDuration: 0,
      VerifyStatus: 'PENDING',
      TotalDuration: 0,
    },
    toCopy: [],
    toDelete: [],
    sourceFileCount: 0,
  };
  return exec;
}

function launch(ctx: OperationContext, task: StoredTask, exec: StoredExecution): void {
  task.Status = 'RUNNING';
  task.CurrentTaskExecutionArn = exec.TaskExecutionArn;
  exec.Status = 'LAUNCHING';
  exec.LaunchTime = ctx.now;
  exec.phaseStartedAt = ctx.now;
  ctx.clock.schedule(ctx.now + LAUNCH_MS, PHASE_EVENT, { TaskExecutionArn: exec.TaskExecutionArn });
}

const sameFilters = (a: StoredExecution, b: StoredExecution) =>
  JSON.stringify([a.Includes, a.Excludes]) === JSON.stringify([b.Includes, b.Excludes]);

/**
 * A task runs one execution at a time (API_StartTaskExecution). With TaskQueueing ENABLED, an
 * execution whose filters differ from every running or queued one waits in the queue (run-task.html,
 * "Queueing your task"); otherwise the request is refused.
 */
function refuseOverlap(ctx: OperationContext, task: StoredTask, exec: StoredExecution): void {
  const state = dataSyncState(ctx.world);
  const active = task.executionArns
    .map((arn) => state.executions[arn])
    .filter((e) => e !== undefined && e !== exec && !['SUCCESS', 'ERROR'].includes(e.Status!));
  if (active.length === 0) return;
  if (exec.Options.TaskQueueing !== 'DISABLED' && !active.some((e) => sameFilters(e!, exec)))
    return;
  throw invalidRequest(
    `Task ${task.TaskArn} already has an execution running (${active[0]!.TaskExecutionArn}): a task runs one execution at a time; only an execution with different filters can be queued.`,
  );
}

/** Starts an execution, or queues it behind the task's running one (executions of a task run one at a time). */
export function startExecution(
  ctx: OperationContext,
  task: StoredTask,
  request: Omit<StartTaskExecutionRequest, 'TaskArn'> = {},
): StoredExecution {
  const exec = buildExecution(ctx, task, request);
  refuseOverlap(ctx, task, exec);
  dataSyncState(ctx.world).executions[exec.TaskExecutionArn] = exec;
  task.executionArns.push(exec.TaskExecutionArn);
  if (task.CurrentTaskExecutionArn === undefined) launch(ctx, task, exec);
  return exec;
}

/** After an execution ends: the task is AVAILABLE again, or launches its next queued execution. */
function release(ctx: OperationContext, task: StoredTask): void {
  delete task.CurrentTaskExecutionArn;
  task.Status = 'AVAILABLE';
  const state = dataSyncState(ctx.world);
  const queued = task.executionArns
    .map((arn) => state.executions[arn])
    .find((e) => e?.Status === 'QUEUED');
  if (queued) launch(ctx, task, queued);
}

export const StartTaskExecution: OperationDef<StartTaskExecutionRequest> = {
  run(input, ctx) {
    const exec = startExecution(ctx, taskOf(ctx, input.TaskArn), input);
    return { TaskExecutionArn: exec.TaskExecutionArn };
  },
};

function executionOf(ctx: OperationContext, arn: string | undefined): StoredExecution {
  const exec = dataSyncState(ctx.world).executions[required(arn, 'taskExecutionArn')];
  if (!exec) throw invalidRequest(`Task execution ${arn} not found.`);
  return exec;
}

export const DescribeTaskExecution: OperationDef<DescribeTaskExecutionRequest> = {
  run(input, ctx) {
    const e = executionOf(ctx, input.TaskExecutionArn);
    return {
      TaskExecutionArn: e.TaskExecutionArn,
      Status: e.Status,
      Options: e.Options,
      Includes: e.Includes,
      Excludes: e.Excludes,
      StartTime: new Date(e.StartTime),
      // LaunchTime: when a queued execution actually began (StartTime is when it was requested).
      ...(e.LaunchTime !== undefined ? { LaunchTime: new Date(e.LaunchTime) } : {}),
      EstimatedFilesToTransfer: e.EstimatedFilesToTransfer,
      EstimatedBytesToTransfer: e.EstimatedBytesToTransfer,
      EstimatedFilesToDelete: e.EstimatedFilesToDelete,
      FilesTransferred: e.FilesTransferred,
      BytesWritten: e.BytesWritten,
      BytesTransferred: e.BytesTransferred,
      BytesCompressed: e.BytesTransferred,
      FilesDeleted: e.FilesDeleted,
      FilesSkipped: e.FilesSkipped,
      FilesVerified: e.FilesVerified,
      Result: e.Result,
      TaskMode: 'BASIC',
      ...(e.EndTime !== undefined ? { EndTime: new Date(e.EndTime) } : {}),
    };
  },
};

export const ListTaskExecutions: OperationDef<ListTaskExecutionsRequest> = {
  run(input, ctx) {
    const state = dataSyncState(ctx.world);
    const arns = input.TaskArn
      ? taskOf(ctx, input.TaskArn).executionArns
      : Object.keys(state.executions);
    const { page: TaskExecutions, NextToken } = page(
      arns
        .map((arn) => state.executions[arn])
        .filter((e) => e !== undefined)
        .map((e) => ({
          TaskExecutionArn: e.TaskExecutionArn,
          Status: e.Status,
          TaskMode: 'BASIC',
        })),
      input,
    );
    return { TaskExecutions, NextToken };
  },
};

export const CancelTaskExecution: OperationDef<CancelTaskExecutionRequest> = {
  run(input, ctx) {
    const exec = executionOf(ctx, input.TaskExecutionArn);
    if (exec.Status === 'SUCCESS' || exec.Status === 'ERROR' || exec.Status === 'CANCELLING')
      throw invalidRequest(
        `Task execution ${exec.TaskExecutionArn} is ${exec.Status} and cannot be cancelled.`,
      );
    ctx.clock.cancel(
      (e) =>
        e.kind === PHASE_EVENT &&
        (e.data as { TaskExecutionArn: string }).TaskExecutionArn === exec.TaskExecutionArn,
    );
    const wasRunning = exec.Status !== 'QUEUED';
    exec.Status = 'ERROR';
    exec.Result.ErrorCode = 'Cancelled';
    exec.Result.ErrorDetail = 'The task execution was cancelled.';
    exec.EndTime = ctx.now;
    const task = dataSyncState(ctx.world).tasks[exec.TaskArn];
    if (task && wasRunning) release(ctx, task);
    return {};
  },
};

/** Registers the execution phases and scheduled task starts on the clock. */
export function installExecutions(hooks: EngineHooks): void {
  hooks.clock.on(PHASE_EVENT, async (event) => {
    const ctx = hooks.contextFor('', 'datasync', 'StartTaskExecution');
    const exec = dataSyncState(ctx.world).executions[
      (event.data as { TaskExecutionArn: string }).TaskExecutionArn
    ];
    if (!exec) return;
    const outcome = await advanceExecution(ctx, exec);
    const task = dataSyncState(ctx.world).tasks[exec.TaskArn];
    if (outcome === 'done' && task) release(ctx, task);
  });
  hooks.clock.on(SCHEDULE_EVENT, (event) => {
    const ctx = hooks.contextFor('', 'datasync', 'StartTaskExecution');
    const data = event.data as ScheduleEventData;
    const task = dataSyncState(ctx.world).tasks[data.TaskArn];
    if (
      !task ||
      task.Schedule?.ScheduleExpression !== data.expression ||
      task.Schedule.Status === 'DISABLED'
    )
      return;
    try {
      startExecution(ctx, task);
    } catch (error) {
      // LakeLab: a scheduled start while the previous run is still going is skipped.
      if (!isAwsError(error)) throw error;
    }
    scheduleTask(ctx, task);
  });
}
