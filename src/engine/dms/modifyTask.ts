import type { ModifyReplicationTaskMessage } from '@aws-sdk/client-database-migration-service';
import type { EngineHooks, OperationDef } from '../core/operations';
import { alreadyExists, checkIdentifier, invalidState, invalidValue, onResource } from './common';
import { dmsState, type DmsMigrationType, type DmsTaskStatus } from './state';
import { parseTableMappings } from './tableMappings';
import { checkCdcStart, describeTask, taskOf } from './tasks';
import { parseTaskSettings } from './taskSettings';

export const TASK_MODIFIED_EVENT = 'dms:taskModified';
/** A modified task is `modifying` for a few simulated seconds, then back to its status. */
export const TASK_MODIFY_MS = 5_000;
const MIGRATION_TYPES: readonly string[] = ['full-load', 'cdc', 'full-load-and-cdc'];
const MODIFIABLE: readonly DmsTaskStatus[] = ['ready', 'stopped', 'failed'];

/** The given settings sections merged over the ones the task already had. */
function mergedSettings(before: string | undefined, given: string): string {
  const merged: Record<string, unknown> = { ...parseTaskSettings(before) };
  for (const [section, value] of Object.entries(parseTaskSettings(given))) {
    const old = merged[section];
    merged[section] =
      typeof old === 'object' && old && typeof value === 'object' && value && !Array.isArray(value)
        ? { ...old, ...value }
        : value;
  }
  return JSON.stringify(merged);
}

// ModifyReplicationTask (API reference): "You can't modify the task endpoints. The task must be
// stopped before you can modify it." The task is `modifying` until the change is applied.
export const ModifyReplicationTask: OperationDef<ModifyReplicationTaskMessage> = {
  authorize: onResource(
    'dms:ModifyReplicationTask',
    (i: ModifyReplicationTaskMessage) => i.ReplicationTaskArn,
  ),
  run(input, ctx) {
    const task = taskOf(ctx, input.ReplicationTaskArn);
    if (!MODIFIABLE.includes(task.Status))
      throw invalidState(
        `Replication task ${task.ReplicationTaskIdentifier} is ${task.Status}: stop it before modifying it.`,
      );
    checkCdcStart(input);
    const identifier =
      input.ReplicationTaskIdentifier === undefined
        ? undefined
        : checkIdentifier('ReplicationTaskIdentifier', input.ReplicationTaskIdentifier);
    const others = Object.values(dmsState(ctx.world).tasks).filter((t) => t !== task);
    if (identifier && others.some((t) => t.ReplicationTaskIdentifier === identifier))
      throw alreadyExists(`Replication task ${identifier} already exists.`);
    if (input.MigrationType !== undefined && !MIGRATION_TYPES.includes(input.MigrationType))
      throw invalidValue(
        `MigrationType must be full-load, cdc or full-load-and-cdc, not "${String(input.MigrationType)}".`,
      );
    if (input.TableMappings !== undefined) parseTableMappings(input.TableMappings);
    const settings =
      input.ReplicationTaskSettings === undefined
        ? undefined
        : mergedSettings(task.ReplicationTaskSettings, input.ReplicationTaskSettings);
    if (identifier) task.ReplicationTaskIdentifier = identifier;
    if (input.MigrationType) task.MigrationType = input.MigrationType as DmsMigrationType;
    if (input.TableMappings !== undefined) task.TableMappings = input.TableMappings;
    if (settings !== undefined) task.ReplicationTaskSettings = settings;
    const previous = task.Status;
    task.Status = 'modifying';
    task.runId++;
    ctx.clock.schedule(ctx.now + TASK_MODIFY_MS, TASK_MODIFIED_EVENT, {
      arn: task.ReplicationTaskArn,
      runId: task.runId,
      previous,
    });
    return { ReplicationTask: describeTask(task, ctx.now) };
  },
};

export function installTaskModifications(hooks: EngineHooks): void {
  hooks.clock.on(TASK_MODIFIED_EVENT, (event) => {
    const data = event.data as { arn: string; runId: number; previous: DmsTaskStatus };
    const task = dmsState(hooks.world()).tasks[data.arn];
    if (task?.Status === 'modifying' && task.runId === data.runId) task.Status = data.previous;
  });
}
