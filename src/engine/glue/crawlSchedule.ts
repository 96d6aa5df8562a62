import type { Clock } from '../core/clock';
import type { StoredCrawler } from './crawlModel';
import { nextCronTime, parseCron } from './cronExpression';

export const CRAWL_FINISH_EVENT = 'glue:crawlFinish';
export const CRAWL_STOPPED_EVENT = 'glue:crawlStopped';
export const CRAWL_SCHEDULE_EVENT = 'glue:crawlerSchedule';

export interface ScheduleEventData {
  crawlerName: string;
  expression: string;
}

/**
 * Replaces a crawler's pending scheduled start with the next time its cron expression fires.
 * Scheduled starts are background events: they recur forever, so "run until idle" ignores them.
 */
export function scheduleNextCrawl(clock: Clock, crawler: StoredCrawler, now: number): void {
  clock.cancel(
    (event) =>
      event.kind === CRAWL_SCHEDULE_EVENT &&
      (event.data as ScheduleEventData).crawlerName === crawler.Name,
  );
  if (!crawler.Schedule || crawler.scheduleState === 'NOT_SCHEDULED') return;
  const at = nextCronTime(parseCron(crawler.Schedule), now);
  if (at !== undefined)
    clock.schedule(
      at,
      CRAWL_SCHEDULE_EVENT,
      { crawlerName: crawler.Name, expression: crawler.Schedule } satisfies ScheduleEventData,
      { background: true },
    );
}
