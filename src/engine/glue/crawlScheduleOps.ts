import type {
  StartCrawlerScheduleRequest,
  StopCrawlerScheduleRequest,
  UpdateCrawlerScheduleRequest,
} from '@aws-sdk/client-glue';
import { AwsError } from '../core/errors';
import type { OperationDef } from '../core/operations';
import { onCrawler } from './crawlAccess';
import { crawlerOf } from './crawlers';
import { scheduleNextCrawl } from './crawlSchedule';
import { parseCron } from './cronExpression';

// Glue: a crawler's schedule is SCHEDULED or NOT_SCHEDULED; Start/StopCrawlerSchedule switch it (aws-glue-api-crawler-scheduler.html).
export const StartCrawlerSchedule: OperationDef<StartCrawlerScheduleRequest> = {
  authorize: onCrawler(
    'glue:StartCrawlerSchedule',
    (i: StartCrawlerScheduleRequest) => i.CrawlerName,
  ),
  run(input, ctx) {
    const crawler = crawlerOf(ctx, input.CrawlerName);
    if (!crawler.Schedule)
      throw new AwsError(
        'NoScheduleException',
        `Crawler ${crawler.Name} has no schedule: set one with UpdateCrawlerSchedule first.`,
      );
    if (crawler.scheduleState !== 'NOT_SCHEDULED')
      throw new AwsError(
        'SchedulerRunningException',
        `The schedule of crawler ${crawler.Name} is already running.`,
      );
    delete crawler.scheduleState;
    scheduleNextCrawl(ctx.clock, crawler, ctx.now);
    return {};
  },
};

export const StopCrawlerSchedule: OperationDef<StopCrawlerScheduleRequest> = {
  authorize: onCrawler(
    'glue:StopCrawlerSchedule',
    (i: StopCrawlerScheduleRequest) => i.CrawlerName,
  ),
  run(input, ctx) {
    const crawler = crawlerOf(ctx, input.CrawlerName);
    if (!crawler.Schedule || crawler.scheduleState === 'NOT_SCHEDULED')
      throw new AwsError(
        'SchedulerNotRunningException',
        `The schedule of crawler ${crawler.Name} is not running.`,
      );
    crawler.scheduleState = 'NOT_SCHEDULED';
    scheduleNextCrawl(ctx.clock, crawler, ctx.now);
    return {};
  },
};

export const UpdateCrawlerSchedule: OperationDef<UpdateCrawlerScheduleRequest> = {
  authorize: onCrawler(
    'glue:UpdateCrawlerSchedule',
    (i: UpdateCrawlerScheduleRequest) => i.CrawlerName,
  ),
  run(input, ctx) {
    const crawler = crawlerOf(ctx, input.CrawlerName);
    if (input.Schedule === undefined || input.Schedule === '') delete crawler.Schedule;
    else {
      parseCron(input.Schedule);
      crawler.Schedule = input.Schedule;
    }
    crawler.LastUpdated = ctx.now;
    scheduleNextCrawl(ctx.clock, crawler, ctx.now);
    return {};
  },
};
