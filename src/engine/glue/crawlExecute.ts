import type { S3Target } from '@aws-sdk/client-glue';
import type { OperationContext } from '../core/operations';
import { classifiersOf } from './classifiers';
import type { StoredClassifier } from './classifierModel';
import { classifyObject, type ObjectClassification } from './classifierRun';
import { applyTable, type CatalogTarget, handleMissingTables } from './crawlCatalog';
import { type CrawlerSettings, crawlerSettings, roleArnOf } from './crawlConfig';
import { checkCrawlerRole } from './crawlRole';
import { exclusionFor, parseIncludePath } from './crawlExclusions';
import { type CrawledObject, type PlannedTable, planTables } from './crawlGrouping';
import { uniqueNames } from './crawlNames';
import type { StoredCrawl, StoredCrawler } from './crawlModel';

const EXCLUDED: ObjectClassification = {
  classification: 'UNKNOWN',
  certainty: 0,
  compression: 'none',
  tried: [],
  schema: [],
  parameters: {},
  why: ['excluded'],
};
const folderOf = (bucket: string, key: string) =>
  `s3://${bucket}/${key.slice(0, key.lastIndexOf('/') + 1)}`;

interface Listed {
  Key: string;
  Size: number;
}

/** Every object under a prefix, listed page by page as the crawler's role. */
async function listAll(
  ctx: OperationContext,
  bucket: string,
  prefix: string,
  roleArn: string,
): Promise<Listed[]> {
  const all: Listed[] = [];
  let token: string | undefined;
  do {
    const page = await ctx.call<{
      Contents?: { Key?: string; Size?: number }[];
      NextContinuationToken?: string;
    }>(
      's3',
      'ListObjectsV2',
      { Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) },
      { principal: roleArn },
    );
    for (const object of page.Contents ?? [])
      all.push({ Key: object.Key ?? '', Size: object.Size ?? 0 });
    token = page.NextContinuationToken;
  } while (token);
  return all;
}

interface CrawlInputs {
  ctx: OperationContext;
  crawler: StoredCrawler;
  roleArn: string;
  classifiers: StoredClassifier[];
  crawl: StoredCrawl;
}

/** Lists, reads and classifies one S3 target's objects as the role; excluded, over-sample and already-crawled files are not read. */
async function crawlTarget(inputs: CrawlInputs, s3Target: S3Target): Promise<CrawledObject[]> {
  const { ctx, crawler, roleArn, classifiers, crawl } = inputs;
  const path = s3Target.Path ?? '';
  const { bucket, prefix } = parseIncludePath(path);
  const listed = await listAll(ctx, bucket, prefix, roleArn);
  const folderPrefix =
    prefix.endsWith('/') || prefix === '' ? prefix : prefix.slice(0, prefix.lastIndexOf('/') + 1);
  const incremental = crawler.RecrawlPolicy.RecrawlBehavior === 'CRAWL_NEW_FOLDERS_ONLY';
  const perFolder = new Map<string, number>();
  const objects: CrawledObject[] = [];
  for (const { Key, Size } of listed) {
    if (Key.endsWith('/')) continue;
    if (exclusionFor(Key.slice(folderPrefix.length), s3Target.Exclusions ?? []) !== undefined) {
      objects.push({ key: Key, size: Size, classification: EXCLUDED });
      continue;
    }
    const folder = folderOf(bucket, Key);
    // CRAWL_NEW_FOLDERS_ONLY: folders read by an earlier crawl are skipped (incremental-crawls.html).
    if (incremental && crawler.crawledFolders?.includes(folder)) continue;
    // SampleSize: how many files per leaf folder the crawler reads (aws-glue-api-crawler-crawling.html).
    if (s3Target.SampleSize !== undefined && (perFolder.get(folder) ?? 0) >= s3Target.SampleSize)
      continue;
    perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    const { Body } = await ctx.call<{ Body: Uint8Array }>(
      's3',
      'GetObject',
      { Bucket: bucket, Key },
      { principal: roleArn },
    );
    objects.push({ key: Key, size: Size, classification: classifyObject(Key, Body, classifiers) });
  }
  crawl.log.push(
    `${path}: ${listed.length} object${listed.length === 1 ? '' : 's'} listed, ${objects.filter((o) => o.classification !== EXCLUDED).length} read.`,
  );
  return objects;
}

/** Plans every target's tables; names stay unique across targets (a duplicate gets a hash suffix, crawler-running.html). */
async function planAllTargets(
  inputs: CrawlInputs,
  settings: CrawlerSettings,
): Promise<PlannedTable[]> {
  const { crawler, crawl } = inputs;
  const tables: PlannedTable[] = [];
  for (const s3Target of crawler.Targets.S3Targets ?? []) {
    const objects = await crawlTarget(inputs, s3Target);
    const plan = planTables(objects, {
      includePath: s3Target.Path ?? '',
      exclusions: s3Target.Exclusions ?? [],
      tablePrefix: crawler.TablePrefix ?? '',
      combineCompatibleSchemas: settings.combineCompatibleSchemas,
      ...(settings.tableLevel !== undefined ? { tableLevel: settings.tableLevel } : {}),
    });
    crawl.unclassified.push(...plan.unclassified);
    for (const { key, pattern } of plan.excluded)
      crawl.log.push(`Excluded ${key} (pattern ${pattern}).`);
    tables.push(...plan.tables);
  }
  return uniqueNames(tables);
}

function summarise(crawl: StoredCrawl): void {
  crawl.TablesCreated = crawl.tables.filter((t) => t.action === 'created').length;
  crawl.TablesUpdated = crawl.tables.filter((t) => t.action === 'updated').length;
  crawl.TablesDeleted = crawl.tables.filter(
    (t) => t.action === 'deleted' || t.action === 'deprecated',
  ).length;
  crawl.PartitionsAdded = crawl.tables.reduce((sum, t) => sum + t.partitionsAdded, 0);
  for (const t of crawl.tables)
    crawl.log.push(
      `Table ${t.name} ${t.action}${t.partitionsAdded ? `, ${t.partitionsAdded} partition${t.partitionsAdded === 1 ? '' : 's'} added` : ''}: ${t.why.at(-1) ?? ''}`,
    );
  for (const u of crawl.unclassified) crawl.log.push(`Could not classify ${u.key}: ${u.why}`);
}

/** Runs a crawl as the crawler's role: list, read, classify, group, then write the catalog; AwsErrors propagate. */
export async function executeCrawl(
  ctx: OperationContext,
  crawler: StoredCrawler,
  crawl: StoredCrawl,
): Promise<void> {
  const roleArn = roleArnOf(crawler.Role, ctx.principal.accountId);
  checkCrawlerRole(ctx.world, roleArn);
  const settings = crawlerSettings(crawler.Configuration);
  const classifiers = crawler.Classifiers.flatMap((name) => classifiersOf(ctx)[name] ?? []);
  const tables = await planAllTargets({ ctx, crawler, roleArn, classifiers, crawl }, settings);
  // Glue: tables go to the crawler's database, else `default` (crawler-running.html).
  const target: CatalogTarget = {
    ctx,
    crawler,
    database: crawler.DatabaseName ?? 'default',
    roleArn,
    settings,
    crawl,
  };
  const folders = new Set(crawler.crawledFolders ?? []);
  for (const table of tables) {
    crawl.tables.push(await applyTable(target, table));
    const bucket = parseIncludePath(table.location).bucket;
    table.objectKeys.forEach((key) => folders.add(folderOf(bucket, key)));
  }
  if (crawler.RecrawlPolicy.RecrawlBehavior !== 'CRAWL_NEW_FOLDERS_ONLY')
    crawl.tables.push(...(await handleMissingTables(target, new Set(tables.map((t) => t.name)))));
  crawler.crawledFolders = [...folders].sort();
  summarise(crawl);
}
