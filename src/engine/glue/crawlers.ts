import type {
  CreateCrawlerRequest,
  DeleteCrawlerRequest,
  GetCrawlerMetricsRequest,
  GetCrawlerRequest,
  GetCrawlersRequest,
  ListCrawlersRequest,
  ListCrawlsRequest,
  UpdateCrawlerRequest,
} from '@aws-sdk/client-glue';
import { AwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { glueOf } from './databases';
import { onCrawler, onCrawlerWithRole } from './crawlAccess';
import { crawlerFromInput, validateCrawler } from './crawlConfig';
import type { StoredCrawl, StoredCrawler } from './crawlModel';
import { scheduleNextCrawl } from './crawlSchedule';
import { pageOf } from './names';
import type { World } from '../world';

/** Crawlers by name; labs saved before crawlers existed get an empty map. */
export function crawlersOf(ctx: OperationContext): Record<string, StoredCrawler> {
  const glue = glueOf(ctx);
  glue.crawlers ??= {};
  return glue.crawlers;
}

/** Every crawl of a crawler, oldest first. */
export function crawlsOf(ctx: OperationContext, name: string): StoredCrawl[] {
  const glue = glueOf(ctx);
  glue.crawls ??= {};
  return (glue.crawls[name] ??= []);
}

/** A crawler's crawls (oldest first) with their per-table explanations and run log, for views. */
export function crawlHistoryOf(world: World, crawlerName: string): readonly StoredCrawl[] {
  return world.glue.crawls?.[crawlerName] ?? [];
}

export function crawlerOf(ctx: OperationContext, name: string | undefined): StoredCrawler {
  const found =
    name !== undefined && Object.hasOwn(crawlersOf(ctx), name) ? crawlersOf(ctx)[name] : undefined;
  if (!found)
    throw new AwsError(
      'EntityNotFoundException',
      `Crawler entry with name ${name ?? ''} does not exist`,
    );
  return found;
}

export const crawlerRunning = (name: string) =>
  new AwsError('CrawlerRunningException', `Crawler with name ${name} has already started`);

const LAST_CRAWL_STATUS = {
  SUCCEEDED: 'SUCCEEDED',
  FAILED: 'FAILED',
  CANCELLED: 'CANCELLED',
} as const;

/** The Glue `Crawler` shape, with LastCrawl from the latest finished crawl. */
export function crawlerOutput(ctx: OperationContext, c: StoredCrawler) {
  const {
    CreationTime,
    LastUpdated,
    runningCrawlId,
    crawledFolders,
    Schedule,
    scheduleState,
    ...fields
  } = c;
  void crawledFolders;
  const crawls = crawlsOf(ctx, c.Name);
  const last = [...crawls].reverse().find((crawl) => crawl.State in LAST_CRAWL_STATUS);
  const running = runningCrawlId
    ? crawls.find((crawl) => crawl.CrawlId === runningCrawlId)
    : undefined;
  return {
    ...fields,
    CreationTime: new Date(CreationTime),
    LastUpdated: new Date(LastUpdated),
    ...(Schedule
      ? { Schedule: { ScheduleExpression: Schedule, State: scheduleState ?? 'SCHEDULED' } }
      : {}),
    ...(running ? { CrawlElapsedTime: ctx.now - running.StartTime } : {}),
    ...(last
      ? {
          LastCrawl: {
            Status: last.State,
            StartTime: new Date(last.StartTime),
            LogGroup: '/aws-glue/crawlers',
            LogStream: c.Name,
            MessagePrefix: last.CrawlId,
            ...(last.ErrorMessage ? { ErrorMessage: last.ErrorMessage } : {}),
          },
        }
      : {}),
  };
}

export const CreateCrawler: OperationDef<CreateCrawlerRequest> = {
  authorize: onCrawlerWithRole('glue:CreateCrawler', (i: CreateCrawlerRequest) => i.Name),
  run(input, ctx) {
    const crawler = crawlerFromInput(input, ctx.now);
    validateCrawler(ctx, crawler);
    if (Object.hasOwn(crawlersOf(ctx), crawler.Name))
      throw new AwsError('AlreadyExistsException', `${crawler.Name} already exists`);
    crawlersOf(ctx)[crawler.Name] = crawler;
    scheduleNextCrawl(ctx.clock, crawler, ctx.now);
    return {};
  },
};

export const GetCrawler: OperationDef<GetCrawlerRequest> = {
  readOnly: true,
  authorize: onCrawler('glue:GetCrawler', (i: GetCrawlerRequest) => i.Name),
  run: (input, ctx) => ({ Crawler: crawlerOutput(ctx, crawlerOf(ctx, input.Name)) }),
};

const byName = (a: StoredCrawler, b: StoredCrawler) => a.Name.localeCompare(b.Name);

export const GetCrawlers: OperationDef<GetCrawlersRequest> = {
  readOnly: true,
  run(input, ctx) {
    const { page, NextToken } = pageOf(Object.values(crawlersOf(ctx)).sort(byName), input);
    return {
      Crawlers: page.map((c) => crawlerOutput(ctx, c)),
      ...(NextToken ? { NextToken } : {}),
    };
  },
};

export const ListCrawlers: OperationDef<ListCrawlersRequest> = {
  readOnly: true,
  run(input, ctx) {
    const { page, NextToken } = pageOf(Object.values(crawlersOf(ctx)).sort(byName), input);
    return { CrawlerNames: page.map((c) => c.Name), ...(NextToken ? { NextToken } : {}) };
  },
};

export const UpdateCrawler: OperationDef<UpdateCrawlerRequest> = {
  authorize: onCrawlerWithRole('glue:UpdateCrawler', (i: UpdateCrawlerRequest) => i.Name),
  run(input, ctx) {
    const current = crawlerOf(ctx, input.Name);
    if (current.State !== 'READY') throw crawlerRunning(current.Name);
    const defined = Object.fromEntries(
      Object.entries(input).filter(([, value]) => value !== undefined),
    );
    const merged = crawlerFromInput(
      { ...current, ...defined } as CreateCrawlerRequest,
      current.CreationTime,
    );
    const updated: StoredCrawler = {
      ...merged,
      LastUpdated: ctx.now,
      Version: current.Version + 1,
      ...(current.crawledFolders ? { crawledFolders: current.crawledFolders } : {}),
      ...(current.scheduleState ? { scheduleState: current.scheduleState } : {}),
    };
    if (input.Schedule === '') delete updated.Schedule;
    validateCrawler(ctx, updated);
    crawlersOf(ctx)[current.Name] = updated;
    scheduleNextCrawl(ctx.clock, updated, ctx.now);
    return {};
  },
};

export const DeleteCrawler: OperationDef<DeleteCrawlerRequest> = {
  authorize: onCrawler('glue:DeleteCrawler', (i: DeleteCrawlerRequest) => i.Name),
  run(input, ctx) {
    const crawler = crawlerOf(ctx, input.Name);
    if (crawler.State !== 'READY') throw crawlerRunning(crawler.Name);
    Reflect.deleteProperty(crawlersOf(ctx), crawler.Name);
    scheduleNextCrawl(ctx.clock, { ...crawler, Schedule: undefined } as StoredCrawler, ctx.now);
    return {};
  },
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? 0
    : sorted.length % 2
      ? sorted[mid]!
      : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const GetCrawlerMetrics: OperationDef<GetCrawlerMetricsRequest> = {
  readOnly: true,
  run(input, ctx) {
    const names = input.CrawlerNameList ?? Object.keys(crawlersOf(ctx)).sort();
    const { page, NextToken } = pageOf(
      names.filter((name) => Object.hasOwn(crawlersOf(ctx), name)),
      input,
    );
    return {
      CrawlerMetricsList: page.map((name) => {
        const crawls = crawlsOf(ctx, name);
        const finished = crawls.filter((c) => c.EndTime !== undefined);
        const last = finished[finished.length - 1];
        const running = crawls.find((c) => c.CrawlId === crawlersOf(ctx)[name]!.runningCrawlId);
        const medianSeconds = median(finished.map((c) => (c.EndTime! - c.StartTime) / 1000));
        return {
          CrawlerName: name,
          TimeLeftSeconds:
            running?.EndTime === undefined && running
              ? Math.max(0, medianSeconds - (ctx.now - running.StartTime) / 1000)
              : 0,
          StillEstimating: running !== undefined && finished.length === 0,
          LastRuntimeSeconds: last ? (last.EndTime! - last.StartTime) / 1000 : 0,
          MedianRuntimeSeconds: medianSeconds,
          TablesCreated: last?.TablesCreated ?? 0,
          TablesUpdated: last?.TablesUpdated ?? 0,
          TablesDeleted: last?.TablesDeleted ?? 0,
        };
      }),
      ...(NextToken ? { NextToken } : {}),
    };
  },
};

// ListCrawls reports RUNNING | COMPLETED | FAILED | STOPPED (CrawlerHistoryState).
const HISTORY_STATE = {
  RUNNING: 'RUNNING',
  STOPPING: 'RUNNING',
  SUCCEEDED: 'COMPLETED',
  FAILED: 'FAILED',
  CANCELLED: 'STOPPED',
} as const;

export const ListCrawls: OperationDef<ListCrawlsRequest> = {
  readOnly: true,
  authorize: onCrawler('glue:ListCrawls', (i: ListCrawlsRequest) => i.CrawlerName),
  run(input, ctx) {
    const crawler = crawlerOf(ctx, input.CrawlerName);
    const crawls = [...crawlsOf(ctx, crawler.Name)].reverse();
    const { page, NextToken } = pageOf(crawls, input);
    return {
      Crawls: page.map((c) => ({
        CrawlId: c.CrawlId,
        State: HISTORY_STATE[c.State],
        StartTime: new Date(c.StartTime),
        ...(c.EndTime !== undefined ? { EndTime: new Date(c.EndTime) } : {}),
        Summary: JSON.stringify({
          TABLE: {
            ADD: { Count: c.TablesCreated },
            UPDATE: { Count: c.TablesUpdated },
            DELETE: { Count: c.TablesDeleted },
          },
          PARTITION: { ADD: { Count: c.PartitionsAdded } },
        }),
        ...(c.ErrorMessage ? { ErrorMessage: c.ErrorMessage } : {}),
        LogGroup: '/aws-glue/crawlers',
        LogStream: crawler.Name,
        MessagePrefix: c.CrawlId,
        DPUHour: c.DPUHour,
      })),
      ...(NextToken ? { NextToken } : {}),
    };
  },
};
