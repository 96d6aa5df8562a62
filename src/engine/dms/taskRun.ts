import type {
  StartReplicationTaskMessage,
  StopReplicationTaskMessage,
} from '@aws-sdk/client-database-migration-service';
import type { EngineHooks, OperationContext, OperationDef } from '../core/operations';
import { shopDbState } from '../sources/shopdb';
import { invalidState, invalidValue, onResource } from './common';
import { endpointProblem } from './connections';
import { scheduleCdcPoll, pollCdc, CDC_POLL_EVENT } from './cdc';
import { loadTable, tableLoadMs } from './fullLoad';
import { failTask, selectedTables, taskIn } from './runtime';
import { dmsState, type StoredReplicationTask } from './state';
import { checkCdcStart, describeTask, taskOf } from './tasks';

export const TASK_RUNNING_EVENT = 'dms:taskRunning';
export const TABLE_LOADED_EVENT = 'dms:tableLoaded';
export const TASK_STOPPED_EVENT = 'dms:taskStopped';
/** starting → running, and running → stopped, take a few simulated seconds. */
export const TASK_STARTING_MS = 15_000;
export const TASK_STOPPING_MS = 5_000;

type StartType = 'start-replication' | 'resume-processing' | 'reload-target';
interface RunEvent {
  arn: string;
  runId: number;
}

function startType(input: StartReplicationTaskMessage, task: StoredReplicationTask): StartType {
  const type = input.StartReplicationTaskType;
  if (type !== 'start-replication' && type !== 'resume-processing' && type !== 'reload-target')
    throw invalidValue(
      `StartReplicationTaskType must be start-replication, resume-processing or reload-target, not "${String(type)}".`,
    );
  // DMS: start-replication is the only valid action the first time a task runs (API reference).
  if (!task.hasRun && type !== 'start-replication')
    throw invalidState(
      `Task ${task.ReplicationTaskIdentifier} has never run: start it with start-replication first.`,
    );
  return type;
}

export const StartReplicationTask: OperationDef<StartReplicationTaskMessage> = {
  authorize: onResource(
    'dms:StartReplicationTask',
    (i: StartReplicationTaskMessage) => i.ReplicationTaskArn,
  ),
  run(input, ctx) {
    const task = taskOf(ctx, input.ReplicationTaskArn);
    if (!['ready', 'stopped', 'failed'].includes(task.Status))
      throw invalidState(
        `Replication task ${task.ReplicationTaskIdentifier} is ${task.Status}; it can start when ready, stopped or failed.`,
      );
    const instance = dmsState(ctx.world).instances[task.ReplicationInstanceArn];
    if (instance?.Status !== 'available')
      throw invalidState(
        `The replication instance of task ${task.ReplicationTaskIdentifier} is not available.`,
      );
    checkCdcStart(input);
    const type = startType(input, task);
    const fresh = type !== 'resume-processing';
    if (fresh) {
      const reloaded = task.hasRun;
      task.tables = selectedTables(task).map((t) => ({ ...t, FullLoadReloaded: reloaded }));
      delete task.checkpointLsn;
      delete task.fullLoadStartAt;
      delete task.fullLoadFinishAt;
      task.freshStartAt = ctx.now;
    }
    delete task.StopReason;
    delete task.LastFailureMessage;
    delete task.stoppedAt;
    delete task.cdc;
    task.hasRun = true;
    task.Status = 'starting';
    task.startedAt = ctx.now;
    task.runId++;
    ctx.clock.schedule(ctx.now + TASK_STARTING_MS, TASK_RUNNING_EVENT, {
      arn: task.ReplicationTaskArn,
      runId: task.runId,
    } satisfies RunEvent);
    return { ReplicationTask: describeTask(task, ctx.now) };
  },
};

export const StopReplicationTask: OperationDef<StopReplicationTaskMessage> = {
  authorize: onResource(
    'dms:StopReplicationTask',
    (i: StopReplicationTaskMessage) => i.ReplicationTaskArn,
  ),
  run(input, ctx) {
    const task = taskOf(ctx, input.ReplicationTaskArn);
    if (task.Status !== 'running' && task.Status !== 'starting')
      throw invalidState(
        `Replication task ${task.ReplicationTaskIdentifier} is ${task.Status}, not running.`,
      );
    task.Status = 'stopping';
    task.runId++;
    ctx.clock.schedule(ctx.now + TASK_STOPPING_MS, TASK_STOPPED_EVENT, {
      arn: task.ReplicationTaskArn,
      runId: task.runId,
    } satisfies RunEvent);
    return { ReplicationTask: describeTask(task, ctx.now) };
  },
};

const hasFullLoad = (task: StoredReplicationTask) => task.MigrationType !== 'cdc';

/** starting → running: check both endpoints, then load tables and/or start reading the binlog. */
function beginRun(ctx: OperationContext, task: StoredReplicationTask): void {
  const state = dmsState(ctx.world);
  for (const arn of [task.SourceEndpointArn, task.TargetEndpointArn]) {
    const endpoint = state.endpoints[arn];
    const problem = endpoint ? endpointProblem(ctx, endpoint) : `Endpoint ${arn} no longer exists.`;
    if (problem) return failTask(task, ctx.now, problem);
  }
  if (task.tables.length === 0)
    return failTask(
      task,
      ctx.now,
      'Error: No tables were found at task initialization. Either the selected table(s) or schemas(s) no longer exist or no table(s) match the selection rule(s).',
    );
  task.Status = 'running';
  const db = shopDbState(ctx.world);
  task.checkpointLsn ??= db.nextLsn - 1;
  const pending = task.tables.filter((t) => t.TableState !== 'Table completed');
  if (hasFullLoad(task) && pending.length > 0) {
    task.fullLoadStartAt ??= ctx.now;
    for (const [index, table] of task.tables.entries()) {
      if (table.TableState === 'Table completed') continue;
      // DMS loads up to MaxFullLoadSubTasks (default 8) tables in parallel; the shop has four.
      table.TableState = 'Full load';
      table.FullLoadStartTime = ctx.now;
      const rows = Object.keys(db.tables[table.TableName as keyof typeof db.tables] ?? {}).length;
      ctx.clock.schedule(ctx.now + tableLoadMs(rows), TABLE_LOADED_EVENT, {
        arn: task.ReplicationTaskArn,
        runId: task.runId,
        index,
      });
    }
  } else if (!hasFullLoad(task)) {
    for (const table of task.tables) {
      table.TableState = 'Table completed';
      table.cdcAfterLsn ??= task.checkpointLsn;
    }
  }
  if (task.MigrationType !== 'full-load') startCdc(ctx, task);
  else if (pending.length === 0) finishFullLoadOnly(task, ctx.now);
}

function startCdc(ctx: OperationContext, task: StoredReplicationTask): void {
  const target = dmsState(ctx.world).endpoints[task.TargetEndpointArn];
  if (!target?.S3Settings) return;
  task.cdc = { lastFlushAt: ctx.now };
  scheduleCdcPoll(ctx, task, target.S3Settings);
}

// DMS: a full-load task stops by itself when the load is done: "Stop Reason FULL_LOAD_ONLY_FINISHED".
function finishFullLoadOnly(task: StoredReplicationTask, now: number): void {
  task.Status = 'stopped';
  task.StopReason = 'Stop Reason FULL_LOAD_ONLY_FINISHED';
  task.stoppedAt = now;
  task.runId++;
}

async function onTableLoaded(ctx: OperationContext, task: StoredReplicationTask, index: number) {
  const table = task.tables[index];
  const settings = dmsState(ctx.world).endpoints[task.TargetEndpointArn]?.S3Settings;
  if (!table || !settings) return failTask(task, ctx.now, 'The target endpoint no longer exists.');
  const failure = await loadTable(ctx, task, settings, table);
  if (failure) return failTask(task, ctx.now, failure);
  if (task.tables.every((t) => t.TableState === 'Table completed')) {
    task.fullLoadFinishAt = ctx.now;
    if (task.MigrationType === 'full-load') finishFullLoadOnly(task, ctx.now);
  }
}

function runningTask(hooks: EngineHooks, data: RunEvent): StoredReplicationTask | undefined {
  const task = taskIn(hooks.world(), data.arn);
  return task && task.runId === data.runId ? task : undefined;
}

/** Registers the task clock events: running, table loaded, CDC poll, stopped. */
export function installTaskRuns(hooks: EngineHooks): void {
  const context = () => hooks.contextFor('', 'dms', 'StartReplicationTask');
  hooks.clock.on(TASK_RUNNING_EVENT, (event) => {
    const task = runningTask(hooks, event.data as RunEvent);
    if (task?.Status === 'starting') beginRun(context(), task);
  });
  hooks.clock.on(TABLE_LOADED_EVENT, async (event) => {
    const data = event.data as RunEvent & { index: number };
    const task = runningTask(hooks, data);
    if (task?.Status === 'running') await onTableLoaded(context(), task, data.index);
  });
  hooks.clock.on(CDC_POLL_EVENT, async (event) => {
    const task = runningTask(hooks, event.data as RunEvent);
    const settings = task && dmsState(hooks.world()).endpoints[task.TargetEndpointArn]?.S3Settings;
    if (task?.Status === 'running' && settings) await pollCdc(context(), task, settings);
  });
  hooks.clock.on(TASK_STOPPED_EVENT, (event) => {
    const task = runningTask(hooks, event.data as RunEvent);
    if (task?.Status !== 'stopping') return;
    task.Status = 'stopped';
    task.StopReason = 'Stop Reason NORMAL';
    task.stoppedAt = event.at;
    for (const table of task.tables)
      if (table.TableState === 'Full load') table.TableState = 'Table cancelled';
  });
}
