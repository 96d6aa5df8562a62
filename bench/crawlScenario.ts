// The crawl benchmark's lake: 1,000 objects (CSV, JSON lines, Parquet) under Hive-partitioned
// folders, a role Glue may assume that can read them, and one crawler over the bucket.
// Bundled by bench/crawl.mjs and run the same way in Node and in the browser.
import { toCsv, toJsonLines, toParquet } from '../src/engine/formats';
import { createEngine } from '../src/engine/index';

const BUCKET = 'bench-lake';
const TRUST = JSON.stringify({
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'glue.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
const READ_AND_CATALOG = JSON.stringify({
  Statement: [
    { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket', 'glue:*'], Resource: '*' },
  ],
});

const rowsFor = (i: number) =>
  Array.from({ length: 20 }, (_, r) => [i * 100 + r, `customer-${r}`, (r * 7.25) % 100]);

/** Object i of 1,000: a third each of CSV, JSON lines and Parquet, in year=/month=/day= folders. */
function objectFor(i: number): { key: string; body: Uint8Array | string } {
  const folder = `year=2025/month=${String((i % 12) + 1).padStart(2, '0')}/day=${String((Math.floor(i / 12) % 28) + 1).padStart(2, '0')}`;
  const rows = rowsFor(i);
  if (i % 3 === 0)
    return {
      key: `sales/${folder}/part-${i}.csv`,
      body: toCsv(['id', 'customer', 'amount'], rows),
    };
  if (i % 3 === 1)
    return {
      key: `events/${folder}/part-${i}.json`,
      body: toJsonLines(rows.map(([id, customer, amount]) => ({ id, customer, amount }))),
    };
  return {
    key: `metrics/${folder}/part-${i}.parquet`,
    body: toParquet(
      [
        { name: 'id', type: 'bigint' },
        { name: 'customer', type: 'string' },
        { name: 'amount', type: 'double' },
      ],
      rows,
    ),
  };
}

export interface CrawlBenchResult {
  objects: number;
  /** The crawl's own count: "N objects listed, M read". */
  listed: string;
  tables: number;
  partitions: number;
  state: string;
  setupMs: number;
  crawlMs: number;
}

/** Builds the lake, starts the crawler, and times the clock advance that runs the crawl. */
export async function runCrawlBench(objects = 1000): Promise<CrawlBenchResult> {
  const setupStart = performance.now();
  const engine = createEngine({});
  const call = (service: string, op: string, input: unknown) => engine.call(service, op, input, {});
  await call('s3', 'CreateBucket', { Bucket: BUCKET });
  for (let i = 0; i < objects; i++) {
    const { key, body } = objectFor(i);
    await call('s3', 'PutObject', { Bucket: BUCKET, Key: key, Body: body });
  }
  await call('iam', 'CreateRole', { RoleName: 'BenchCrawler', AssumeRolePolicyDocument: TRUST });
  await call('iam', 'PutRolePolicy', {
    RoleName: 'BenchCrawler',
    PolicyName: 'read',
    PolicyDocument: READ_AND_CATALOG,
  });
  await call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'bench' } });
  await call('glue', 'CreateCrawler', {
    Name: 'bench',
    Role: 'BenchCrawler',
    DatabaseName: 'bench',
    Targets: { S3Targets: [{ Path: `s3://${BUCKET}/` }] },
  });
  await call('glue', 'StartCrawler', { Name: 'bench' });
  const setupMs = performance.now() - setupStart;
  const crawlStart = performance.now();
  await engine.clock.runUntilIdle();
  const crawlMs = performance.now() - crawlStart;
  const crawls = engine.world.glue.crawls?.['bench'] ?? [];
  const last = crawls.at(-1);
  return {
    objects,
    listed: last?.log.find((line) => line.includes('listed')) ?? '',
    tables: last?.tables.length ?? 0,
    partitions: last?.PartitionsAdded ?? 0,
    state: last?.State ?? 'none',
    setupMs,
    crawlMs,
  };
}
