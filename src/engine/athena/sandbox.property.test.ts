import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { runQuery } from './testLake.fixtures';

const ADMIN = 'arn:aws:iam::111122223333:user/admin';
const ANALYST = 'arn:aws:iam::111122223333:user/analyst';
const COLUMNS = ['id', 'name', 'secret', 'region'] as const;
const REGIONS = ['eu', 'us', 'ap'] as const;
const PEOPLE = Array.from({ length: 12 }, (_, i) => ({
  id: i + 1,
  name: `N${i + 1}x`,
  secret: `S${i + 1}x`,
  region: REGIONS[i % 3]!,
}));

/** Every value a principal might see, tagged so leaks are easy to spot in any result cell. */
const cellText = (row: (typeof PEOPLE)[number], column: (typeof COLUMNS)[number]) =>
  String(row[column]);

async function governedLake(columns: string[], region: string | undefined): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('lakeformation', 'PutDataLakeSettings', {
    DataLakeSettings: {
      DataLakeAdmins: [{ DataLakePrincipalIdentifier: ADMIN }],
      CreateDatabaseDefaultPermissions: [],
      CreateTableDefaultPermissions: [],
    },
  });
  await lake.call('s3', 'CreateBucket', { Bucket: 'data' });
  await lake.call('s3', 'CreateBucket', { Bucket: 'query-results' });
  await lake.call('s3', 'PutObject', {
    Bucket: 'data',
    Key: 'people/people.csv',
    Body: PEOPLE.map((p) => COLUMNS.map((c) => cellText(p, c)).join(',')).join('\n') + '\n',
  });
  await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
  await lake.call('glue', 'CreateTable', {
    DatabaseName: 'shop',
    TableInput: {
      Name: 'people',
      StorageDescriptor: {
        Location: 's3://data/people/',
        Columns: COLUMNS.map((Name) => ({ Name, Type: Name === 'id' ? 'int' : 'string' })),
        SerdeInfo: {
          SerializationLibrary: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe',
          Parameters: { 'field.delim': ',' },
        },
      },
    },
  });
  await lake.call('lakeformation', 'RegisterResource', {
    ResourceArn: 'arn:aws:s3:::data',
    UseServiceLinkedRole: true,
  });
  await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
  await lake.call('iam', 'PutUserPolicy', {
    UserName: 'analyst',
    PolicyName: 'athena',
    PolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['athena:*', 'glue:Get*', 'lakeformation:GetDataAccess'],
          Resource: '*',
        },
        {
          Effect: 'Allow',
          Action: ['s3:PutObject', 's3:GetObject'],
          Resource: 'arn:aws:s3:::query-results/*',
        },
      ],
    }),
  });
  await lake.call('lakeformation', 'CreateDataCellsFilter', {
    TableData: {
      TableCatalogId: '111122223333',
      DatabaseName: 'shop',
      TableName: 'people',
      Name: 'analyst_view',
      RowFilter: region ? { FilterExpression: `region = '${region}'` } : { AllRowsWildcard: {} },
      ColumnNames: columns,
    },
  });
  await lake.call('lakeformation', 'GrantPermissions', {
    Principal: { DataLakePrincipalIdentifier: ANALYST },
    Resource: {
      DataCellsFilter: {
        TableCatalogId: '111122223333',
        DatabaseName: 'shop',
        TableName: 'people',
        Name: 'analyst_view',
      },
    },
    Permissions: ['SELECT'],
  });
  return lake;
}

/** Ordinary, tricky and hostile queries an analyst might try. */
const QUERIES = [
  'SELECT * FROM people',
  'SELECT name, secret FROM people',
  'SELECT secret FROM people',
  "SELECT * FROM people WHERE secret LIKE 'S%'",
  'WITH x AS (SELECT * FROM people) SELECT * FROM x',
  'SELECT * FROM (SELECT * FROM people) t',
  'SELECT max(secret), max(name) FROM people',
  "SELECT array_join(array_agg(name), ',') FROM people",
  'SELECT region, count(*) FROM people GROUP BY region',
  'SELECT a.name FROM people a JOIN people b ON a.id = b.id',
  'SELECT name FROM sqlite_master',
  'SELECT * FROM lake.sqlite_master',
  'PRAGMA table_info(people)',
  "ATTACH DATABASE ':memory:' AS other",
  'SELECT * FROM shop.people UNION ALL SELECT * FROM shop.people',
  "SELECT CAST(secret AS varchar) || '' FROM people",
] as const;

describe('the Athena sandbox never shows what Lake Formation hides (property)', () => {
  it('no result cell holds a hidden column value or a value of a filtered-out row', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(['name', 'secret', 'region'], { minLength: 0 }),
        fc.option(fc.constantFrom(...REGIONS), { nil: undefined }),
        fc.subarray([...QUERIES], { minLength: 3, maxLength: 6 }),
        async (extra, region, queries) => {
          const columns = ['id', ...extra];
          const lake = await governedLake(columns, region);
          // The reference model: the cells the grant allows.
          const visibleRows = PEOPLE.filter((p) => !region || p.region === region);
          const allowed = new Set(
            visibleRows.flatMap((p) =>
              columns.map((c) => cellText(p, c as (typeof COLUMNS)[number])),
            ),
          );
          const secrets = PEOPLE.flatMap((p) => COLUMNS.map((c) => cellText(p, c))).filter(
            (v) => /^[NS]\d+x$/.test(v) && !allowed.has(v),
          );
          for (const sql of queries) {
            const out = await runQuery(lake.as('analyst'), sql);
            const text = JSON.stringify(out.rows) + (out.reason ?? '');
            for (const secret of secrets)
              expect(text, `${sql} leaked ${secret}`).not.toMatch(new RegExp(`\\b${secret}\\b`));
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
