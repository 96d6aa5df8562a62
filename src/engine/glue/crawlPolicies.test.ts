import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

const TRUST = JSON.stringify({
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'glue.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
const put = (lake: TestLake, Key: string, text: string) =>
  lake.call('s3', 'PutObject', { Bucket: 'lake', Key, Body: new TextEncoder().encode(text) });
const jsonLines = (...records: object[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

async function lake(): Promise<TestLake> {
  const l = new TestLake();
  await l.call('iam', 'CreateRole', { RoleName: 'Crawler', AssumeRolePolicyDocument: TRUST });
  await l.call('iam', 'AttachRolePolicy', {
    RoleName: 'Crawler',
    PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
  });
  await l.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'raw' } });
  await l.call('s3', 'CreateBucket', { Bucket: 'lake' });
  return l;
}

async function crawl(
  l: TestLake,
  Name: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  try {
    await l.call('glue', 'CreateCrawler', {
      Name,
      Role: 'Crawler',
      DatabaseName: 'raw',
      Targets: { S3Targets: [{ Path: 's3://lake/data/' }] },
      ...extra,
    });
  } catch (error) {
    if ((error as { name: string }).name !== 'AlreadyExistsException') throw error;
  }
  await l.call('glue', 'StartCrawler', { Name });
  await l.engine.clock.runUntilIdle();
}

type Table = {
  Name: string;
  Parameters: Record<string, string>;
  StorageDescriptor: { Columns: { Name: string; Type: string }[] };
  PartitionKeys: { Name: string }[];
};
const tableOf = async (l: TestLake, Name: string) =>
  (await l.call<{ Table: Table }>('glue', 'GetTable', { DatabaseName: 'raw', Name })).Table;

describe('crawler output policies (crawler-configuration.html)', () => {
  it('UPDATE_IN_DATABASE replaces the columns; MergeNewColumns only adds, never removes', async () => {
    for (const merge of [false, true]) {
      const l = await lake();
      const Configuration = merge
        ? JSON.stringify({
            Version: 1.0,
            CrawlerOutput: { Tables: { AddOrUpdateBehavior: 'MergeNewColumns' } },
          })
        : undefined;
      await put(l, 'data/a.json', jsonLines({ id: 1, old: 'x', keep: true }));
      await crawl(l, 'c', Configuration ? { Configuration } : {});
      await put(l, 'data/a.json', jsonLines({ id: 1, keep: true, added: 2.5 }));
      await crawl(l, 'c');
      const columns = (await tableOf(l, 'data')).StorageDescriptor.Columns.map((c) => c.Name);
      expect(columns).toEqual(merge ? ['id', 'old', 'keep', 'added'] : ['id', 'keep', 'added']);
    }
  });

  it('DEPRECATE_IN_DATABASE (the default) keeps a vanished table but marks it; LOG leaves it alone', async () => {
    for (const DeleteBehavior of ['DEPRECATE_IN_DATABASE', 'LOG']) {
      const l = await lake();
      await put(l, 'data/x/a.json', jsonLines({ a: 1, b: 2 }));
      await put(l, 'data/y/b.json', jsonLines({ c: 'p', d: 'q' }));
      await put(l, 'data/z/c.json', jsonLines({ e: 'p', f: 'q' }));
      await crawl(
        l,
        'c',
        DeleteBehavior === 'LOG'
          ? { SchemaChangePolicy: { UpdateBehavior: 'UPDATE_IN_DATABASE', DeleteBehavior } }
          : {},
      );
      await l.call('s3', 'DeleteObject', { Bucket: 'lake', Key: 'data/y/b.json' });
      await crawl(l, 'c');
      expect((await tableOf(l, 'y')).Parameters['DEPRECATED_BY_CRAWLER']).toBe(
        DeleteBehavior === 'LOG' ? undefined : 'c',
      );
      expect((await tableOf(l, 'x')).Parameters['DEPRECATED_BY_CRAWLER']).toBeUndefined();
    }
  });

  it('applies TablePrefix and the CombineCompatibleSchemas grouping policy from the Configuration JSON', async () => {
    const l = await lake();
    await put(l, 'data/year=2017/data1.json', jsonLines({ A: 1, B: 2 }));
    await put(l, 'data/year=2018/data2.json', jsonLines({ C: 3, D: 4 }));
    await crawl(l, 'split', { TablePrefix: 'raw_' });
    const names = async () =>
      (
        await l.call<{ TableList: { Name: string }[] }>('glue', 'GetTables', {
          DatabaseName: 'raw',
        })
      ).TableList.map((t) => t.Name);
    expect(await names()).toEqual(['raw_year_2017', 'raw_year_2018']);
    await crawl(l, 'combined', {
      TablePrefix: 'one_',
      Configuration: JSON.stringify({
        Version: 1.0,
        Grouping: { TableGroupingPolicy: 'CombineCompatibleSchemas' },
      }),
    });
    const table = await tableOf(l, 'one_data');
    expect(table.StorageDescriptor.Columns.map((c) => c.Name)).toEqual(['a', 'b', 'c', 'd']);
    expect(table.PartitionKeys.map((k) => k.Name)).toEqual(['year']);
  });

  it('uses a custom grok classifier before the built-ins and writes its classification and grokPattern', async () => {
    const l = await lake();
    await l.call('glue', 'CreateClassifier', {
      GrokClassifier: {
        Name: 'app',
        Classification: 'app-logs',
        GrokPattern: '%{TIMESTAMP_ISO8601:ts} %{LOGLEVEL:level} %{GREEDYDATA:message}',
      },
    });
    await put(
      l,
      'data/app.log',
      '2025-01-01T10:00:00Z INFO started\n2025-01-01T10:00:05Z WARN slow disk\n',
    );
    await crawl(l, 'logs', { Classifiers: ['app'] });
    const table = await tableOf(l, 'data');
    expect(table.Parameters).toMatchObject({
      classification: 'app-logs',
      grokPattern: '%{TIMESTAMP_ISO8601:ts} %{LOGLEVEL:level} %{GREEDYDATA:message}',
    });
    expect(table.StorageDescriptor.Columns.map((c) => `${c.Name}:${c.Type}`)).toEqual([
      'ts:string',
      'level:string',
      'message:string',
    ]);
  });
});
