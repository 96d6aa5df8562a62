import { describe, expect, it } from 'vitest';
import { loadSampleData } from '../data';
import { TestLake } from '../testing/TestLake';
import { crawlHistoryOf } from './crawlers';
import { PARTITIONS_KEPT } from './crawlExplain';

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

async function lakeWithRole(): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('iam', 'CreateRole', {
    RoleName: 'GlueCrawler',
    AssumeRolePolicyDocument: TRUST,
  });
  await lake.call('iam', 'PutRolePolicy', {
    RoleName: 'GlueCrawler',
    PolicyName: 'crawl',
    PolicyDocument: READ_AND_CATALOG,
  });
  await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
  return lake;
}

async function crawl(lake: TestLake, path: string, extra: Record<string, unknown> = {}) {
  await lake.call('glue', 'CreateCrawler', {
    Name: 'c',
    Role: 'GlueCrawler',
    DatabaseName: 'shop',
    Targets: { S3Targets: [{ Path: path }] },
    ...extra,
  });
  await lake.call('glue', 'StartCrawler', { Name: 'c' });
  await lake.engine.clock.runUntilIdle();
  return crawlHistoryOf(lake.engine.world, 'c');
}

describe('crawl explanations', () => {
  it('keeps the classifiers tried, the header decision and the policy as the crawl saw them, even after the file changes', async () => {
    const lake = await lakeWithRole();
    await loadSampleData((service, operation, input) => lake.call(service, operation, input));
    const [run] = await crawl(lake, 's3://shop-raw-zone/shop/orders/');
    const table = run!.tables[0]!;
    const key = table.explanation!.sampleKey;
    await lake.call('s3', 'PutObject', {
      Bucket: 'shop-raw-zone',
      Key: key,
      Body: new TextEncoder().encode('{"a": 1}\n'),
    });
    const stored = crawlHistoryOf(lake.engine.world, 'c')[0]!.tables[0]!;
    expect(stored.explanation).toMatchObject({
      sampleKey: expect.stringMatching(/^shop\/orders\/year=/),
      certainty: 1,
      otherFiles: 2,
      partitionCount: 3,
      header: expect.stringMatching(/^first row is a header/),
    });
    expect(stored.explanation!.tried.map((v) => v.name)).toEqual([
      'avro',
      'orc',
      'parquet',
      'json',
      'xml',
      'combined_apache',
      'apache',
      'csv',
    ]);
    expect(stored.explanation!.tried.at(-1)).toMatchObject({ name: 'csv', certainty: 1 });
    expect(stored.policy).toMatch(/did not exist yet, so the crawler created it/);
  });

  it(`keeps only the first ${PARTITIONS_KEPT} partitions' reasons and counts the rest`, async () => {
    const lake = await lakeWithRole();
    await lake.call('s3', 'CreateBucket', { Bucket: 'many' });
    for (let day = 1; day <= 30; day++)
      await lake.call('s3', 'PutObject', {
        Bucket: 'many',
        Key: `events/day=${day}/part.json`,
        Body: new TextEncoder().encode(`{"id": ${day}, "name": "e${day}"}\n`),
      });
    const [run] = await crawl(lake, 's3://many/events/');
    const table = run!.tables[0]!;
    expect(table.partitionsAdded).toBe(30);
    expect(table.partitions).toHaveLength(PARTITIONS_KEPT);
    expect(table.explanation).toMatchObject({ partitionCount: 30, otherFiles: 29 });
    expect(table.explanation!.header).toBeUndefined();
  });

  it('says UpdateBehavior LOG left a changed table as it was', async () => {
    const lake = await lakeWithRole();
    await lake.call('s3', 'CreateBucket', { Bucket: 'logs' });
    const put = (body: string) =>
      lake.call('s3', 'PutObject', {
        Bucket: 'logs',
        Key: 'items/a.json',
        Body: new TextEncoder().encode(body),
      });
    await put('{"id": 1}\n');
    await crawl(lake, 's3://logs/items/', {
      SchemaChangePolicy: { UpdateBehavior: 'LOG', DeleteBehavior: 'LOG' },
    });
    await put('{"id": 1, "other": "x", "third": true}\n');
    await lake.call('glue', 'StartCrawler', { Name: 'c' });
    await lake.engine.clock.runUntilIdle();
    const second = crawlHistoryOf(lake.engine.world, 'c')[1]!.tables[0]!;
    expect(second.action).toBe('logged');
    expect(second.policy).toMatch(/UpdateBehavior is LOG/);
  });
});
