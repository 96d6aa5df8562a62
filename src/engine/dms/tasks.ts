import type {
  CreateReplicationTaskMessage,
  DeleteReplicationTaskMessage,
  DescribeReplicationTasksMessage,
  ReplicationTask,
  ReplicationTaskStats,
} from '@aws-sdk/client-database-migration-service';
import type { EngineHooks, OperationContext, OperationDef } from '../core/operations';
import {
  alreadyExists,
  checkIdentifier,
  invalidCombination,
  invalidState,
  invalidValue,
  matchesFilters,
  newDmsArn,
  notFound,
  onResource,
  pageOf,
  toDate,
} from './common';
import { endpointOf } from './endpoints';
import { instanceOf } from './instances';
import { parseTableMappings } from './tableMappings';
import { dmsState, type DmsMigrationType, type StoredReplicationTask } from './state';
import { applyTags, forgetTags } from './tags';
import { effectiveTaskSettings, parseTaskSettings } from './taskSettings';

export const TASK_READY_EVENT = 'dms:taskReady';
/** A new task is `creating` for a few simulated seconds, then `ready`. */
export const TASK_CREATE_MS = 10_000;
const MIGRATION_TYPES: readonly DmsMigrationType[] = ['full-load', 'cdc', 'full-load-and-cdc'];

export function taskOf(ctx: OperationContext, arn: string | undefined): StoredReplicationTask {
  const task = arn ? dmsState(ctx.world).tasks[arn] : undefined;
  if (!task) throw notFound(`Replication task ${String(arn)} not found.`);
  return task;
}

function checkEndpoints(ctx: OperationContext, input: CreateReplicationTaskMessage): void {
  const source = endpointOf(ctx, input.SourceEndpointArn);
  const target = endpointOf(ctx, input.TargetEndpointArn);
  if (source.EndpointType !== 'SOURCE')
    throw invalidValue(`SourceEndpointArn names ${source.EndpointIdentifier}, a target endpoint.`);
  if (target.EndpointType !== 'TARGET')
    throw invalidValue(`TargetEndpointArn names ${target.EndpointIdentifier}, a source endpoint.`);
}

// CdcStartTime / CdcStartPosition: "Use either ... Specifying both values results in an error."
// (CreateReplicationTask, StartReplicationTask, API reference).
export function checkCdcStart(input: { CdcStartTime?: Date; CdcStartPosition?: string }): void {
  if (input.CdcStartTime !== undefined && input.CdcStartPosition)
    throw invalidCombination('Specify either CdcStartTime or CdcStartPosition, not both.');
}

export const CreateReplicationTask: OperationDef<CreateReplicationTaskMessage> = {
  run(input, ctx) {
    const identifier = checkIdentifier(
      'ReplicationTaskIdentifier',
      input.ReplicationTaskIdentifier,
    );
    const state = dmsState(ctx.world);
    if (Object.values(state.tasks).some((t) => t.ReplicationTaskIdentifier === identifier))
      throw alreadyExists(`Replication task ${identifier} already exists.`);
    const migrationType = input.MigrationType as DmsMigrationType;
    if (!MIGRATION_TYPES.includes(migrationType))
      throw invalidValue(
        `MigrationType must be full-load, cdc or full-load-and-cdc, not "${String(input.MigrationType)}".`,
      );
    checkEndpoints(ctx, input);
    const instance = instanceOf(ctx, input.ReplicationInstanceArn);
    if (instance.Status !== 'available')
      throw invalidState(
        `Replication instance ${instance.ReplicationInstanceIdentifier} is ${instance.Status}; create tasks once it is available.`,
      );
    parseTableMappings(input.TableMappings);
    parseTaskSettings(input.ReplicationTaskSettings);
    checkCdcStart(input);
    const task: StoredReplicationTask = {
      ReplicationTaskIdentifier: identifier,
      ReplicationTaskArn: newDmsArn(ctx, 'task', input.ResourceIdentifier),
      SourceEndpointArn: input.SourceEndpointArn!,
      TargetEndpointArn: input.TargetEndpointArn!,
      ReplicationInstanceArn: instance.ReplicationInstanceArn,
      MigrationType: migrationType,
      TableMappings: input.TableMappings!,
      Status: 'creating',
      createdAt: ctx.now,
      hasRun: false,
      tables: [],
      objectsWritten: 0,
      bytesWritten: 0,
      runId: 0,
    };
    if (input.ReplicationTaskSettings) task.ReplicationTaskSettings = input.ReplicationTaskSettings;
    if (state.tasks[task.ReplicationTaskArn])
      throw alreadyExists(`A replication task with ARN ${task.ReplicationTaskArn} already exists.`);
    applyTags(state, task.ReplicationTaskArn, input.Tags);
    state.tasks[task.ReplicationTaskArn] = task;
    ctx.clock.schedule(ctx.now + TASK_CREATE_MS, TASK_READY_EVENT, {
      arn: task.ReplicationTaskArn,
    });
    return { ReplicationTask: describeTask(task, ctx.now) };
  },
};

/** The task's progress as ReplicationTaskStats reports it. */
export function taskStats(task: StoredReplicationTask, now: number): ReplicationTaskStats {
  const count = (state: string) => task.tables.filter((t) => t.TableState === state).length;
  const loaded = count('Table completed');
  const stats: ReplicationTaskStats = {
    FullLoadProgressPercent:
      task.tables.length === 0 ? 0 : Math.floor((100 * loaded) / task.tables.length),
    ElapsedTimeMillis: task.startedAt === undefined ? 0 : (task.stoppedAt ?? now) - task.startedAt,
    TablesLoaded: loaded,
    TablesLoading: count('Full load'),
    TablesQueued: count('Before load'),
    TablesErrored: count('Table error'),
  };
  const dates: [keyof ReplicationTaskStats, number | undefined][] = [
    ['FreshStartDate', task.freshStartAt],
    ['StartDate', task.startedAt],
    ['StopDate', task.stoppedAt],
    ['FullLoadStartDate', task.fullLoadStartAt],
    ['FullLoadFinishDate', task.fullLoadFinishAt],
  ];
  for (const [field, ms] of dates)
    if (ms !== undefined) Object.assign(stats, { [field]: toDate(ms) });
  return stats;
}

export function describeTask(
  task: StoredReplicationTask,
  now: number,
  withSettings = true,
): ReplicationTask {
  const out: ReplicationTask = {
    ReplicationTaskIdentifier: task.ReplicationTaskIdentifier,
    ReplicationTaskArn: task.ReplicationTaskArn,
    SourceEndpointArn: task.SourceEndpointArn,
    TargetEndpointArn: task.TargetEndpointArn,
    ReplicationInstanceArn: task.ReplicationInstanceArn,
    MigrationType: task.MigrationType,
    Status: task.Status,
    ReplicationTaskCreationDate: new Date(task.createdAt),
    ReplicationTaskStats: taskStats(task, now),
  };
  if (withSettings) {
    out.TableMappings = task.TableMappings;
    out.ReplicationTaskSettings = effectiveTaskSettings(task.ReplicationTaskSettings);
  }
  if (task.startedAt !== undefined) out.ReplicationTaskStartDate = new Date(task.startedAt);
  if (task.StopReason) out.StopReason = task.StopReason;
  if (task.LastFailureMessage) out.LastFailureMessage = task.LastFailureMessage;
  return out;
}

export const DescribeReplicationTasks: OperationDef<DescribeReplicationTasksMessage> = {
  readOnly: true,
  run(input, ctx) {
    const tasks = Object.values(dmsState(ctx.world).tasks).filter((t) =>
      matchesFilters(input.Filters, (name) => {
        if (name === 'replication-task-arn') return [t.ReplicationTaskArn];
        if (name === 'replication-task-id') return [t.ReplicationTaskIdentifier];
        if (name === 'migration-type') return [t.MigrationType];
        if (name === 'endpoint-arn') return [t.SourceEndpointArn, t.TargetEndpointArn];
        if (name === 'replication-instance-arn') return [t.ReplicationInstanceArn];
        return undefined;
      }),
    );
    if ((input.Filters ?? []).length > 0 && tasks.length === 0)
      throw notFound('No Tasks found matching provided filters');
    const { page, Marker } = pageOf(tasks, input);
    return {
      ReplicationTasks: page.map((t) => describeTask(t, ctx.now, input.WithoutSettings !== true)),
      ...(Marker ? { Marker } : {}),
    };
  },
};

export const DeleteReplicationTask: OperationDef<DeleteReplicationTaskMessage> = {
  authorize: onResource(
    'dms:DeleteReplicationTask',
    (i: DeleteReplicationTaskMessage) => i.ReplicationTaskArn,
  ),
  run(input, ctx) {
    const task = taskOf(ctx, input.ReplicationTaskArn);
    if (['running', 'starting', 'stopping', 'modifying'].includes(task.Status))
      throw invalidState(
        `Replication task ${task.ReplicationTaskIdentifier} is ${task.Status}: stop it before deleting it.`,
      );
    Reflect.deleteProperty(dmsState(ctx.world).tasks, task.ReplicationTaskArn);
    forgetTags(dmsState(ctx.world), task.ReplicationTaskArn);
    return { ReplicationTask: { ...describeTask(task, ctx.now), Status: 'deleting' } };
  },
};

export function installTasks(hooks: EngineHooks): void {
  hooks.clock.on(TASK_READY_EVENT, (event) => {
    const task = dmsState(hooks.world()).tasks[(event.data as { arn: string }).arn];
    if (task?.Status === 'creating') task.Status = 'ready';
  });
}
