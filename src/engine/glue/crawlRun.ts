import type { StartCrawlerRequest, StopCrawlerRequest } from '@aws-sdk/client-glue';
import { AwsError, isAwsError } from '../core/errors';
import type { EngineHooks, OperationContext, OperationDef } from '../core/operations';
import type { World } from '../world';
import { onCrawler } from './crawlAccess';
import { parseIncludePath } from './crawlExclusions';
import { executeCrawl } from './crawlExecute';
import type { StoredCrawl, StoredCrawler } from './crawlModel';
import { crawlerOf, crawlerRunning, crawlersOf, crawlsOf } from './crawlers';
import {
  CRAWL_FINISH_EVENT,
  CRAWL_SCHEDULE_EVENT,
  CRAWL_STOPPED_EVENT,
  type ScheduleEventData,
  scheduleNextCrawl,
} from './crawlSchedule';

interface CrawlEventData {
  crawlerName: string;
  crawlId: string;
}

// Crawlers bill at the job rate, $0.44 per DPU-hour, per second with a 10-minute minimum
// (aws-semantics.md §1, secondary). AWS's pricing example bills a crawler at 2 DPUs (from memory, unconfirmed).
export const CRAWLER_DPU_HOUR_USD = 0.44;
export const CRAWLER_DPUS = 2;
export const CRAWLER_MINIMUM_SECONDS = 600;
/** How long a simulated crawl takes: a fixed start-up plus a little per object. */
export const CRAWL_STARTUP_MS = 60_000;
export const CRAWL_PER_OBJECT_MS = 2_000;
const STOP_MS = 15_000;

function objectCountUnder(world: World, crawler: StoredCrawler): number {
  return (crawler.Targets.S3Targets ?? []).reduce((sum, target) => {
    const { bucket, prefix } = parseIncludePath(target.Path ?? '');
    const objects = world.s3.buckets[bucket]?.objects ?? {};
    return sum + Object.keys(objects).filter((key) => key.startsWith(prefix)).length;
  }, 0);
}

const crawlIdOf = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** Starts a crawl: RUNNING now, finished by a clock event after the simulated duration. */
export function startCrawl(ctx: OperationContext, crawler: StoredCrawler): StoredCrawl {
  if (crawler.State !== 'READY') throw crawlerRunning(crawler.Name);
  const crawl: StoredCrawl = {
    CrawlId: crawlIdOf(ctx.nextId('glueCrawl')),
    State: 'RUNNING',
    StartTime: ctx.now,
    TablesCreated: 0,
    TablesUpdated: 0,
    TablesDeleted: 0,
    PartitionsAdded: 0,
    DPUHour: 0,
    tables: [],
    unclassified: [],
    log: [`Crawl started as ${crawler.Role}.`],
  };
  crawlsOf(ctx, crawler.Name).push(crawl);
  crawler.State = 'RUNNING';
  crawler.runningCrawlId = crawl.CrawlId;
  const duration = CRAWL_STARTUP_MS + CRAWL_PER_OBJECT_MS * objectCountUnder(ctx.world, crawler);
  ctx.clock.schedule(ctx.now + duration, CRAWL_FINISH_EVENT, {
    crawlerName: crawler.Name,
    crawlId: crawl.CrawlId,
  } satisfies CrawlEventData);
  return crawl;
}

export const StartCrawler: OperationDef<StartCrawlerRequest> = {
  authorize: onCrawler('glue:StartCrawler', (i: StartCrawlerRequest) => i.Name),
  run(input, ctx) {
    startCrawl(ctx, crawlerOf(ctx, input.Name));
    return {};
  },
};

export const StopCrawler: OperationDef<StopCrawlerRequest> = {
  authorize: onCrawler('glue:StopCrawler', (i: StopCrawlerRequest) => i.Name),
  run(input, ctx) {
    const crawler = crawlerOf(ctx, input.Name);
    if (crawler.State === 'READY')
      throw new AwsError(
        'CrawlerNotRunningException',
        `Crawler with name ${crawler.Name} is not running`,
      );
    if (crawler.State === 'STOPPING')
      throw new AwsError(
        'CrawlerStoppingException',
        `Crawler with name ${crawler.Name} is stopping`,
      );
    const crawlId = crawler.runningCrawlId ?? '';
    ctx.clock.cancel(
      (event) =>
        event.kind === CRAWL_FINISH_EVENT && (event.data as CrawlEventData).crawlId === crawlId,
    );
    crawler.State = 'STOPPING';
    const crawl = crawlsOf(ctx, crawler.Name).find((c) => c.CrawlId === crawlId);
    if (crawl) crawl.State = 'STOPPING';
    ctx.clock.schedule(ctx.now + STOP_MS, CRAWL_STOPPED_EVENT, {
      crawlerName: crawler.Name,
      crawlId,
    } satisfies CrawlEventData);
    return {};
  },
};

/** Ends a crawl: its final state, run time, DPU-hours charged, and the crawler READY again. */
function finish(
  ctx: OperationContext,
  crawler: StoredCrawler,
  crawl: StoredCrawl,
  state: 'SUCCEEDED' | 'FAILED' | 'CANCELLED',
  error?: string,
): void {
  crawl.State = state;
  crawl.EndTime = ctx.now;
  if (error) {
    crawl.ErrorMessage = error;
    crawl.log.push(`Crawl failed: ${error}`);
  }
  const seconds = Math.max(CRAWLER_MINIMUM_SECONDS, (crawl.EndTime - crawl.StartTime) / 1000);
  crawl.DPUHour = (CRAWLER_DPUS * seconds) / 3600;
  ctx.charge({
    service: 'glue',
    usageType: 'Crawler-DPU-Hour',
    unit: 'DPU-hour',
    quantity: crawl.DPUHour,
    unitPrice: CRAWLER_DPU_HOUR_USD,
  });
  crawler.State = 'READY';
  delete crawler.runningCrawlId;
}

function runningCrawl(
  ctx: OperationContext,
  data: CrawlEventData,
): { crawler: StoredCrawler; crawl: StoredCrawl } | undefined {
  const crawler = crawlersOf(ctx)[data.crawlerName];
  const crawl = crawler && crawlsOf(ctx, crawler.Name).find((c) => c.CrawlId === data.crawlId);
  return crawler && crawl ? { crawler, crawl } : undefined;
}

/** Registers the crawl clock events: finish, stop, and scheduled starts. */
export function installCrawlers(hooks: EngineHooks): void {
  hooks.clock.on(CRAWL_FINISH_EVENT, async (event) => {
    const ctx = hooks.contextFor('', 'glue', 'StartCrawler');
    const found = runningCrawl(ctx, event.data as CrawlEventData);
    if (!found) return;
    try {
      await executeCrawl(ctx, found.crawler, found.crawl);
      finish(ctx, found.crawler, found.crawl, 'SUCCEEDED');
    } catch (error) {
      if (!isAwsError(error)) throw error;
      finish(
        ctx,
        found.crawler,
        found.crawl,
        'FAILED',
        `${(error as Error).name}: ${(error as Error).message}`,
      );
    }
  });
  hooks.clock.on(CRAWL_STOPPED_EVENT, (event) => {
    const ctx = hooks.contextFor('', 'glue', 'StopCrawler');
    const found = runningCrawl(ctx, event.data as CrawlEventData);
    if (found) finish(ctx, found.crawler, found.crawl, 'CANCELLED');
  });
  hooks.clock.on(CRAWL_SCHEDULE_EVENT, (event) => {
    const ctx = hooks.contextFor('', 'glue', 'StartCrawler');
    const data = event.data as ScheduleEventData;
    const crawler = crawlersOf(ctx)[data.crawlerName];
    if (!crawler || crawler.Schedule !== data.expression) return;
    // A scheduled start while a crawl is still running is skipped, as a second start would fail.
    if (crawler.State === 'READY') startCrawl(ctx, crawler);
    else
      crawlsOf(ctx, crawler.Name)
        .at(-1)
        ?.log.push('A scheduled start was skipped: the crawler was still running.');
    scheduleNextCrawl(ctx.clock, crawler, ctx.now);
  });
}
