import type { OperationContext } from '../core/operations';
import { invalidRequest } from './common';
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

const HOUR_MS = 3_600_000;

/** A task schedule runs at most once an hour (API_TaskSchedule: "at a minimum interval of 1 hour"). */
export function checkScheduleInterval(expression: string, now: number): void {
  const next = scheduleFor(expression, 'InvalidRequestException');
  let previous = next(now);
  for (let i = 0; i < 24 && previous !== undefined; i++) {
    const following = next(previous);
    if (following === undefined) return;
    if (following - previous < HOUR_MS)
      throw invalidRequest(
        `Schedule expression ${expression} runs more often than once an hour: a DataSync task schedule needs an interval of at least 1 hour.`,
      );
    previous = following;
  }
}
