import { describe, expect, it } from 'vitest';
import { loadSampleData } from '../data';
import { TestLake } from '../testing/TestLake';
import { crawlHistoryOf } from './crawlers';

const TRUST = JSON.stringify({
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'glue.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
const FULL_ACCESS = JSON.stringify({
  Statement: [
    { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket', 'glue:*'], Resource: '*' },
  ],
});

async function lakeWithCrawlerRole(policy = FULL_ACCESS): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('iam', 'CreateRole', {
    RoleName: 'GlueCrawler',
    AssumeRolePolicyDocument: TRUST,
  });
  await lake.call('iam', 'PutRolePolicy', {
    RoleName: 'GlueCrawler',
    PolicyName: 'crawl',
    PolicyDocument: policy,
  });
  await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
  await loadSampleData((service, operation, input) => lake.call(service, operation, input));
  return lake;
}

const ordersCrawler = (extra: Record<string, unknown> = {}) => ({
  Name: 'orders-crawler',
  Role: 'GlueCrawler',
  DatabaseName: 'shop',
  Targets: { S3Targets: [{ Path: 's3://shop-raw-zone/shop/orders/' }] },
  ...extra,
});

type Crawler = {
  State: string;
  LastCrawl?: { Status: string; ErrorMessage?: string };
  Schedule?: { ScheduleExpression: string };
};
const crawlerState = async (lake: TestLake, Name = 'orders-crawler') =>
  (await lake.call<{ Crawler: Crawler }>('glue', 'GetCrawler', { Name })).Crawler;

describe('Glue crawlers', () => {
  it('crawls the Hive-partitioned sample orders into one table with partition keys year, month', async () => {
    const lake = await lakeWithCrawlerRole();
    await lake.call('glue', 'CreateCrawler', ordersCrawler());
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    expect((await crawlerState(lake)).State).toBe('RUNNING');
    await lake.engine.clock.runUntilIdle();
    const crawler = await crawlerState(lake);
    expect(crawler).toMatchObject({ State: 'READY', LastCrawl: { Status: 'SUCCEEDED' } });
    const { Table } = await lake.call<{
      Table: {
        PartitionKeys: { Name: string; Type: string }[];
        Parameters: Record<string, string>;
        StorageDescriptor: { Columns: { Name: string }[]; Location: string };
      };
    }>('glue', 'GetTable', { DatabaseName: 'shop', Name: 'orders' });
    expect(Table.PartitionKeys).toEqual([
      { Name: 'year', Type: 'string' },
      { Name: 'month', Type: 'string' },
    ]);
    expect(Table.Parameters).toMatchObject({
      classification: 'csv',
      compressionType: 'none',
      UPDATED_BY_CRAWLER: 'orders-crawler',
      'skip.header.line.count': '1',
    });
    expect(Table.StorageDescriptor.Location).toBe('s3://shop-raw-zone/shop/orders/');
    const { Partitions } = await lake.call<{ Partitions: { Values: string[] }[] }>(
      'glue',
      'GetPartitions',
      { DatabaseName: 'shop', TableName: 'orders' },
    );
    expect(Partitions.map((p) => p.Values).sort()).toEqual([
      ['2025', '01'],
      ['2025', '02'],
      ['2025', '03'],
    ]);
    const metrics = await lake.call<{
      CrawlerMetricsList: { TablesCreated: number; LastRuntimeSeconds: number }[];
    }>('glue', 'GetCrawlerMetrics', { CrawlerNameList: ['orders-crawler'] });
    expect(metrics.CrawlerMetricsList[0]).toMatchObject({
      TablesCreated: 1,
      LastRuntimeSeconds: 66,
    });
  });

  it('records a run log and per-table explanation: column types, partition folders, unclassifiable files with the reason', async () => {
    const lake = await lakeWithCrawlerRole();
    await lake.call('s3', 'PutObject', {
      Bucket: 'shop-raw-zone',
      Key: 'shop/docs/README.txt',
      Body: new TextEncoder().encode('Orders land here once a month.\n'),
    });
    await lake.call(
      'glue',
      'CreateCrawler',
      ordersCrawler({
        Targets: {
          S3Targets: [
            { Path: 's3://shop-raw-zone/shop/orders/' },
            { Path: 's3://shop-raw-zone/shop/docs/' },
          ],
        },
      }),
    );
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await lake.engine.clock.runUntilIdle();
    const [crawl] = crawlHistoryOf(lake.engine.world, 'orders-crawler');
    const [table] = crawl!.tables;
    expect(table).toMatchObject({
      name: 'orders',
      action: 'created',
      classification: 'csv',
      classifierName: 'csv',
      partitionsAdded: 3,
    });
    expect(table!.partitionKeys!.map((k) => k.why)).toEqual([
      'every folder at level 1 is named year=<value> (Hive style)',
      'every folder at level 2 is named month=<value> (Hive style)',
    ]);
    expect(table!.partitions![0]!.why).toContain('year=2025, month=01');
    expect(table!.columns!.every((c) => (c.why ?? '').length > 0)).toBe(true);
    expect(crawl!.unclassified).toEqual([
      { key: 'shop/docs/README.txt', why: expect.stringContaining('0.0') },
    ]);
    expect(crawl!.tables[1]).toMatchObject({
      name: 'docs',
      classification: 'UNKNOWN',
      columns: [],
    });
    expect(
      crawl!.log.some((line) => line.startsWith('Could not classify shop/docs/README.txt')),
    ).toBe(true);
    expect(
      crawl!.log.some((line) => line.startsWith('Table orders created, 3 partitions added')),
    ).toBe(true);
  });

  it('files no classifier recognises still get a table classified UNKNOWN with no columns; a later crawl with a Grok classifier updates it (UPDATE_IN_DATABASE)', async () => {
    const lake = await lakeWithCrawlerRole();
    await lake.call('s3', 'PutObject', {
      Bucket: 'shop-raw-zone',
      Key: 'logs/app/a.log',
      Body: new TextEncoder().encode('INFO checkout 132\nWARN payment 2045\n'),
    });
    const crawler = { Targets: { S3Targets: [{ Path: 's3://shop-raw-zone/logs/app/' }] } };
    await lake.call('glue', 'CreateCrawler', ordersCrawler(crawler));
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await lake.engine.clock.runUntilIdle();
    type Got = {
      Table: {
        Parameters: Record<string, string>;
        StorageDescriptor: { Columns: unknown[]; Location: string };
      };
    };
    const get = () => lake.call<Got>('glue', 'GetTable', { DatabaseName: 'shop', Name: 'app' });
    const unknown = await get();
    expect(unknown.Table.Parameters['classification']).toBe('UNKNOWN');
    expect(unknown.Table.StorageDescriptor).toMatchObject({
      Columns: [],
      Location: 's3://shop-raw-zone/logs/app/',
    });
    await lake.call('glue', 'CreateClassifier', {
      GrokClassifier: {
        Name: 'app-log',
        Classification: 'app_log',
        GrokPattern: '%{LOGLEVEL:level} %{WORD:component} %{INT:ms:int}',
      },
    });
    await lake.call('glue', 'UpdateCrawler', { Name: 'orders-crawler', Classifiers: ['app-log'] });
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await lake.engine.clock.runUntilIdle();
    const grok = await get();
    expect(grok.Table.Parameters['classification']).toBe('app_log');
    expect(grok.Table.StorageDescriptor.Columns).toHaveLength(3);
    expect(crawlHistoryOf(lake.engine.world, 'orders-crawler').at(-1)!.tables[0]!.action).toBe(
      'updated',
    );
  });

  it('crawls gzip JSON clickstream folders yyyy/mm/dd into one table with partition_0..2 and compressionType gzip', async () => {
    const lake = await lakeWithCrawlerRole();
    await loadSampleData((service, operation, input) => lake.call(service, operation, input), {
      clickstreamGzip: 'all',
      bucket: 'clicks',
    });
    await lake.call(
      'glue',
      'CreateCrawler',
      ordersCrawler({ Targets: { S3Targets: [{ Path: 's3://clicks/clickstream/events/' }] } }),
    );
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await lake.engine.clock.runUntilIdle();
    const { Table } = await lake.call<{
      Table: {
        PartitionKeys: { Name: string }[];
        Parameters: Record<string, string>;
        StorageDescriptor: { Compressed: boolean };
      };
    }>('glue', 'GetTable', { DatabaseName: 'shop', Name: 'events' });
    expect(Table.PartitionKeys.map((k) => k.Name)).toEqual([
      'partition_0',
      'partition_1',
      'partition_2',
    ]);
    expect(Table.Parameters).toMatchObject({ classification: 'json', compressionType: 'gzip' });
    expect(Table.StorageDescriptor.Compressed).toBe(true);
  });

  it('charges $0.44 per DPU-hour with the 10-minute minimum (2 DPUs × 600 s = 1/3 DPU-hour)', async () => {
    const lake = await lakeWithCrawlerRole();
    await lake.call('glue', 'CreateCrawler', ordersCrawler());
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await lake.engine.clock.runUntilIdle();
    const { Crawls } = await lake.call<{
      Crawls: { State: string; DPUHour: number; Summary: string }[];
    }>('glue', 'ListCrawls', { CrawlerName: 'orders-crawler' });
    expect(Crawls[0]).toMatchObject({ State: 'COMPLETED' });
    expect(Crawls[0]!.DPUHour).toBeCloseTo(1 / 3);
    expect(JSON.parse(Crawls[0]!.Summary)).toMatchObject({
      TABLE: { ADD: { Count: 1 } },
      PARTITION: { ADD: { Count: 3 } },
    });
    const line = Object.values(lake.engine.world.ledger).find(
      (l) => (l as { usageType?: string }).usageType === 'Crawler-DPU-Hour',
    );
    expect(line).toBeDefined();
  });

  it('answers CrawlerRunningException when started twice, and StopCrawler goes STOPPING then READY with CANCELLED', async () => {
    const lake = await lakeWithCrawlerRole();
    await lake.call('glue', 'CreateCrawler', ordersCrawler());
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    expect((await lake.errorOf('glue', 'StartCrawler', { Name: 'orders-crawler' })).name).toBe(
      'CrawlerRunningException',
    );
    expect((await lake.errorOf('glue', 'DeleteCrawler', { Name: 'orders-crawler' })).name).toBe(
      'CrawlerRunningException',
    );
    await lake.call('glue', 'StopCrawler', { Name: 'orders-crawler' });
    expect((await crawlerState(lake)).State).toBe('STOPPING');
    await lake.advance('1m');
    expect(await crawlerState(lake)).toMatchObject({
      State: 'READY',
      LastCrawl: { Status: 'CANCELLED' },
    });
    expect((await lake.errorOf('glue', 'StopCrawler', { Name: 'orders-crawler' })).name).toBe(
      'CrawlerNotRunningException',
    );
    expect(
      (await lake.errorOf('glue', 'GetTable', { DatabaseName: 'shop', Name: 'orders' })).name,
    ).toBe('EntityNotFoundException');
  });

  it('fails the crawl, naming the reason, when its role may not read the bucket', async () => {
    const lake = await lakeWithCrawlerRole(
      JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'glue:*', Resource: '*' }] }),
    );
    await lake.call('glue', 'CreateCrawler', ordersCrawler());
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await lake.engine.clock.runUntilIdle();
    const crawler = await crawlerState(lake);
    expect(crawler.LastCrawl?.Status).toBe('FAILED');
    expect(crawler.LastCrawl?.ErrorMessage).toContain('s3:ListBucket');
  });

  it('fails the crawl when the role does not trust glue.amazonaws.com, or does not exist', async () => {
    const lake = await lakeWithCrawlerRole();
    await lake.call('iam', 'CreateRole', {
      RoleName: 'Ec2Only',
      AssumeRolePolicyDocument: JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'ec2.amazonaws.com' },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
    });
    await lake.call('glue', 'CreateCrawler', ordersCrawler({ Role: 'Ec2Only' }));
    await lake.call(
      'glue',
      'CreateCrawler',
      ordersCrawler({ Name: 'ghost', Role: 'arn:aws:iam::111122223333:role/service-role/Missing' }),
    );
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await lake.call('glue', 'StartCrawler', { Name: 'ghost' });
    await lake.engine.clock.runUntilIdle();
    expect((await crawlerState(lake)).LastCrawl?.ErrorMessage).toContain('TrustPolicy');
    expect((await crawlerState(lake, 'ghost')).LastCrawl?.ErrorMessage).toContain('does not exist');
  });

  it('recrawling after data changes updates the table (UPDATE_IN_DATABASE) or only logs it (LOG), and always adds new partitions', async () => {
    for (const UpdateBehavior of ['UPDATE_IN_DATABASE', 'LOG']) {
      const lake = await lakeWithCrawlerRole();
      await lake.call(
        'glue',
        'CreateCrawler',
        ordersCrawler({ SchemaChangePolicy: { UpdateBehavior, DeleteBehavior: 'LOG' } }),
      );
      await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
      await lake.engine.clock.runUntilIdle();
      const body =
        'order_id,customer_id,order_ts,status,total,coupon\n1,2,2025-04-01,shipped,9.5,X1\n2,3,2025-04-02,new,3.5,X2\n';
      await lake.call('s3', 'PutObject', {
        Bucket: 'shop-raw-zone',
        Key: 'shop/orders/year=2025/month=04/orders.csv',
        Body: new TextEncoder().encode(body),
      });
      await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
      await lake.engine.clock.runUntilIdle();
      const { Partitions } = await lake.call<{ Partitions: unknown[] }>('glue', 'GetPartitions', {
        DatabaseName: 'shop',
        TableName: 'orders',
      });
      expect(Partitions).toHaveLength(4);
      const { Crawls } = await lake.call<{ Crawls: { Summary: string }[] }>('glue', 'ListCrawls', {
        CrawlerName: 'orders-crawler',
      });
      expect(JSON.parse(Crawls[0]!.Summary).TABLE.UPDATE.Count).toBe(
        UpdateBehavior === 'LOG' ? 0 : 1,
      );
    }
  });

  it('deletes a table whose data is gone with DELETE_FROM_DATABASE', async () => {
    const lake = await lakeWithCrawlerRole();
    await lake.call('glue', 'CreateCrawler', {
      ...ordersCrawler({
        SchemaChangePolicy: {
          UpdateBehavior: 'UPDATE_IN_DATABASE',
          DeleteBehavior: 'DELETE_FROM_DATABASE',
        },
      }),
      Targets: { S3Targets: [{ Path: 's3://shop-raw-zone/shop/' }] },
    });
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await lake.engine.clock.runUntilIdle();
    const names = async () =>
      (
        await lake.call<{ TableList: { Name: string }[] }>('glue', 'GetTables', {
          DatabaseName: 'shop',
        })
      ).TableList.map((t) => t.Name);
    expect(await names()).toEqual(['customers', 'order_items', 'orders', 'products']);
    await lake.call('s3', 'DeleteObject', {
      Bucket: 'shop-raw-zone',
      Key: 'shop/products/products.csv',
    });
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await lake.engine.clock.runUntilIdle();
    expect(await names()).toEqual(['customers', 'order_items', 'orders']);
  });

  it('CRAWL_NEW_FOLDERS_ONLY needs LOG/LOG and reads only new folders on the next crawl (incremental-crawls.html)', async () => {
    const lake = await lakeWithCrawlerRole();
    const incremental = { RecrawlPolicy: { RecrawlBehavior: 'CRAWL_NEW_FOLDERS_ONLY' } };
    expect((await lake.errorOf('glue', 'CreateCrawler', ordersCrawler(incremental))).name).toBe(
      'InvalidInputException',
    );
    await lake.call(
      'glue',
      'CreateCrawler',
      ordersCrawler({
        ...incremental,
        SchemaChangePolicy: { UpdateBehavior: 'LOG', DeleteBehavior: 'LOG' },
      }),
    );
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await lake.engine.clock.runUntilIdle();
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await lake.engine.clock.runUntilIdle();
    const { Crawls } = await lake.call<{ Crawls: { Summary: string }[] }>('glue', 'ListCrawls', {
      CrawlerName: 'orders-crawler',
    });
    expect(JSON.parse(Crawls[0]!.Summary).PARTITION.ADD.Count).toBe(0);
    const reads = lake.engine.eventLog().filter((e) => e.operation === 'GetObject');
    expect(reads).toHaveLength(3);
  });

  it('reads only SampleSize files per leaf folder (1–249), and keeps table names unique across targets with a hash suffix', async () => {
    const lake = await lakeWithCrawlerRole();
    expect(
      (
        await lake.errorOf(
          'glue',
          'CreateCrawler',
          ordersCrawler({
            Targets: {
              S3Targets: [{ Path: 's3://shop-raw-zone/clickstream/events/', SampleSize: 250 }],
            },
          }),
        )
      ).name,
    ).toBe('InvalidInputException');
    await lake.call('s3', 'CreateBucket', { Bucket: 'partner-drop' });
    await lake.call('s3', 'PutObject', {
      Bucket: 'partner-drop',
      Key: 'orders/batch.json',
      Body: new TextEncoder().encode('{"ref":"a","qty":1}\n{"ref":"b","qty":2}\n'),
    });
    await lake.call(
      'glue',
      'CreateCrawler',
      ordersCrawler({
        Targets: {
          S3Targets: [
            { Path: 's3://shop-raw-zone/clickstream/events/', SampleSize: 1 },
            { Path: 's3://shop-raw-zone/shop/orders/' },
            { Path: 's3://partner-drop/orders/' },
          ],
        },
      }),
    );
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    await lake.engine.clock.runUntilIdle();
    const reads = lake.engine
      .eventLog()
      .filter((e) => e.operation === 'GetObject' && e.principal.includes('GlueCrawler'));
    expect(reads).toHaveLength(3 + 3 + 1);
    const names = (
      await lake.call<{ TableList: { Name: string }[] }>('glue', 'GetTables', {
        DatabaseName: 'shop',
      })
    ).TableList.map((t) => t.Name);
    expect(names).toContain('orders');
    expect(names.some((name) => /^orders_[0-9a-f]{8}$/.test(name))).toBe(true);
  });

  it('validates the schedule: six fields, one of the day fields ?, and runs on it', async () => {
    const lake = await lakeWithCrawlerRole();
    const error = await lake.errorOf(
      'glue',
      'CreateCrawler',
      ordersCrawler({ Schedule: 'cron(0 12 * * *)' }),
    );
    expect(error).toMatchObject({
      name: 'InvalidInputException',
      message: expect.stringContaining('6'),
    });
    expect(
      (
        await lake.errorOf(
          'glue',
          'CreateCrawler',
          ordersCrawler({ Schedule: 'cron(0 12 * * MON *)' }),
        )
      ).message,
    ).toContain('"?"');
    await lake.call('glue', 'CreateCrawler', ordersCrawler({ Schedule: 'cron(0 12 * * ? *)' }));
    expect((await crawlerState(lake)).Schedule).toEqual({
      ScheduleExpression: 'cron(0 12 * * ? *)',
      State: 'SCHEDULED',
    });
    await lake.advance('1d');
    const { Crawls } = await lake.call<{ Crawls: unknown[] }>('glue', 'ListCrawls', {
      CrawlerName: 'orders-crawler',
    });
    expect(Crawls).toHaveLength(1);
  });

  it('pauses and resumes a schedule with Stop/StartCrawlerSchedule, and changes it with UpdateCrawlerSchedule', async () => {
    const lake = await lakeWithCrawlerRole();
    await lake.call('glue', 'CreateCrawler', ordersCrawler());
    expect(
      (await lake.errorOf('glue', 'StartCrawlerSchedule', { CrawlerName: 'orders-crawler' })).name,
    ).toBe('NoScheduleException');
    await lake.call('glue', 'UpdateCrawlerSchedule', {
      CrawlerName: 'orders-crawler',
      Schedule: 'cron(0 6 * * ? *)',
    });
    await lake.call('glue', 'StopCrawlerSchedule', { CrawlerName: 'orders-crawler' });
    expect((await crawlerState(lake)).Schedule).toEqual({
      ScheduleExpression: 'cron(0 6 * * ? *)',
      State: 'NOT_SCHEDULED',
    });
    expect(
      (await lake.errorOf('glue', 'StopCrawlerSchedule', { CrawlerName: 'orders-crawler' })).name,
    ).toBe('SchedulerNotRunningException');
    await lake.advance('2d');
    expect(
      (
        await lake.call<{ Crawls: unknown[] }>('glue', 'ListCrawls', {
          CrawlerName: 'orders-crawler',
        })
      ).Crawls,
    ).toHaveLength(0);
    await lake.call('glue', 'StartCrawlerSchedule', { CrawlerName: 'orders-crawler' });
    expect(
      (await lake.errorOf('glue', 'StartCrawlerSchedule', { CrawlerName: 'orders-crawler' })).name,
    ).toBe('SchedulerRunningException');
    await lake.advance('1d');
    expect(
      (
        await lake.call<{ Crawls: unknown[] }>('glue', 'ListCrawls', {
          CrawlerName: 'orders-crawler',
        })
      ).Crawls,
    ).toHaveLength(1);
    expect(
      (
        await lake.errorOf('glue', 'UpdateCrawlerSchedule', {
          CrawlerName: 'orders-crawler',
          Schedule: 'cron(0 6 * * ?)',
        })
      ).name,
    ).toBe('InvalidInputException');
  });

  it('checks glue:StartCrawler on the crawler ARN, and iam:PassRole on the role for CreateCrawler', async () => {
    const lake = await lakeWithCrawlerRole();
    await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
    const policy = {
      Statement: [
        {
          Effect: 'Allow',
          Action: ['glue:CreateCrawler', 'glue:StartCrawler'],
          Resource: 'arn:aws:glue:us-east-1:111122223333:crawler/orders-crawler',
        },
      ],
    };
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'analyst',
      PolicyName: 'glue',
      PolicyDocument: JSON.stringify(policy),
    });
    const denied = await lake.as('analyst').errorOf('glue', 'CreateCrawler', ordersCrawler());
    expect(denied).toMatchObject({
      name: 'AccessDeniedException',
      message: expect.stringContaining(
        'iam:PassRole on resource: arn:aws:iam::111122223333:role/GlueCrawler',
      ),
    });
    await lake.call('glue', 'CreateCrawler', ordersCrawler());
    await lake.call('glue', 'CreateCrawler', ordersCrawler({ Name: 'other' }));
    await lake.as('analyst').call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    expect((await lake.as('analyst').errorOf('glue', 'StartCrawler', { Name: 'other' })).name).toBe(
      'AccessDeniedException',
    );
  });

  it('a running crawl survives a snapshot and restore, and finishes after it', async () => {
    const lake = await lakeWithCrawlerRole();
    await lake.call('glue', 'CreateCrawler', ordersCrawler());
    await lake.call('glue', 'StartCrawler', { Name: 'orders-crawler' });
    const saved = lake.engine.snapshot();
    await lake.engine.clock.runUntilIdle();
    lake.engine.restore(saved);
    expect((await crawlerState(lake)).State).toBe('RUNNING');
    await lake.engine.clock.runUntilIdle();
    expect(await crawlerState(lake)).toMatchObject({
      State: 'READY',
      LastCrawl: { Status: 'SUCCEEDED' },
    });
    expect(crawlHistoryOf(lake.engine.world, 'orders-crawler')).toHaveLength(1);
  });

  it('validates CreateCrawler: unknown classifier, bad Configuration, no targets, duplicates; UpdateCrawler bumps Version', async () => {
    const lake = await lakeWithCrawlerRole();
    expect(
      (await lake.errorOf('glue', 'CreateCrawler', ordersCrawler({ Classifiers: ['nope'] }))).name,
    ).toBe('EntityNotFoundException');
    expect(
      (
        await lake.errorOf(
          'glue',
          'CreateCrawler',
          ordersCrawler({
            Configuration: '{"Version":1.0,"Grouping":{"TableGroupingPolicy":"Other"}}',
          }),
        )
      ).name,
    ).toBe('InvalidInputException');
    expect(
      (await lake.errorOf('glue', 'CreateCrawler', ordersCrawler({ Configuration: '{bad' }))).name,
    ).toBe('InvalidInputException');
    expect(
      (await lake.errorOf('glue', 'CreateCrawler', ordersCrawler({ Targets: { S3Targets: [] } })))
        .name,
    ).toBe('InvalidInputException');
    await lake.call('glue', 'CreateCrawler', ordersCrawler());
    expect((await lake.errorOf('glue', 'CreateCrawler', ordersCrawler())).name).toBe(
      'AlreadyExistsException',
    );
    await lake.call('glue', 'UpdateCrawler', { Name: 'orders-crawler', TablePrefix: 'raw_' });
    const { Crawler } = await lake.call<{
      Crawler: { Version: number; TablePrefix: string; Role: string };
    }>('glue', 'GetCrawler', { Name: 'orders-crawler' });
    expect(Crawler).toMatchObject({ Version: 2, TablePrefix: 'raw_', Role: 'GlueCrawler' });
    await lake.call('glue', 'DeleteCrawler', { Name: 'orders-crawler' });
    expect((await lake.errorOf('glue', 'GetCrawler', { Name: 'orders-crawler' })).name).toBe(
      'EntityNotFoundException',
    );
  });
});
