import type { OperationContext } from '../core/operations';
import { scheduleFor } from './schedule';
import type { StoredTask } from './state';

export const SCHEDULE_EVENT = 'datasync:schedule';

export interface ScheduleEventData {
  TaskArn: string;
  expression: string;
}

/** Queues the task's next scheduled start (TaskSchedule: rate or cron, in UTC). */
export function scheduleTask(ctx: OperationContext, task: StoredTask, afterMs = ctx.now): void {
  if (!task.Schedule || task.Schedule.Status === 'DISABLED') return;
  const next = scheduleFor(task.Schedule.ScheduleExpression, 'InvalidRequestException')(afterMs);
  if (next === undefined) return;
  // A schedule recurs forever, so it is housekeeping for "run until idle"; the executions it starts are real work.
  ctx.clock.schedule(
    next,
    SCHEDULE_EVENT,
    {
      TaskArn: task.TaskArn,
      expression: task.Schedule.ScheduleExpression,
    } satisfies ScheduleEventData,
    {
      background: true,
    },
  );
}
