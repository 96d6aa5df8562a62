// Lake Formation benchmarks, bundled with rolldown and run in Node (see bench/lakeformation.mjs).
import { createEngine } from '../src/engine';
import type { Engine } from '../src/engine';
import { accessMatrix } from '../src/engine/lakeformation/access';

const ADMIN = 'arn:aws:iam::111122223333:user/admin';
const ANALYST = 'arn:aws:iam::111122223333:user/analyst';
const principal = (arn: string) => ({ DataLakePrincipalIdentifier: arn });

async function lakeFormationEngine(): Promise<Engine> {
  const engine = createEngine();
  await engine.call('lakeformation', 'PutDataLakeSettings', {
    DataLakeSettings: {
      DataLakeAdmins: [principal(ADMIN)],
      CreateDatabaseDefaultPermissions: [],
      CreateTableDefaultPermissions: [],
    },
  });
  await engine.call('iam', 'CreateUser', { UserName: 'analyst' });
  return engine;
}

/** 200 tables × 20 columns, 100 grants and 50 tag assignments; the median ms of accessMatrix. */
export async function benchAccessMatrix(): Promise<{ ms: number; tables: number }> {
  const engine = await lakeFormationEngine();
  await engine.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'big' } });
  await engine.call('lakeformation', 'CreateLFTag', {
    TagKey: 'sensitivity',
    TagValues: ['pii', 'internal', 'public'],
  });
  for (let t = 0; t < 200; t++)
    await engine.call('glue', 'CreateTable', {
      DatabaseName: 'big',
      TableInput: {
        Name: `t${t}`,
        StorageDescriptor: {
          Location: `s3://lake/big/t${t}/`,
          Columns: Array.from({ length: 20 }, (_, c) => ({ Name: `c${c}`, Type: 'string' })),
        },
      },
    });
  for (let g = 0; g < 100; g++)
    await engine.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource:
        g % 2 === 0
          ? {
              TableWithColumns: {
                DatabaseName: 'big',
                Name: `t${g}`,
                ColumnNames: ['c0', 'c1', 'c2'],
              },
            }
          : { Table: { DatabaseName: 'big', Name: `t${g}` } },
      Permissions: ['SELECT'],
    });
  for (let a = 0; a < 50; a++)
    await engine.call('lakeformation', 'AddLFTagsToResource', {
      Resource:
        a % 2 === 0
          ? { Table: { DatabaseName: 'big', Name: `t${100 + a}` } }
          : { TableWithColumns: { DatabaseName: 'big', Name: `t${100 + a}`, ColumnNames: ['c3'] } },
      LFTags: [{ TagKey: 'sensitivity', TagValues: [a % 3 === 0 ? 'pii' : 'public'] }],
    });
  await engine.call('lakeformation', 'GrantPermissions', {
    Principal: principal(ANALYST),
    Resource: {
      LFTagPolicy: {
        ResourceType: 'TABLE',
        Expression: [{ TagKey: 'sensitivity', TagValues: ['public'] }],
      },
    },
    Permissions: ['SELECT'],
  });
  const times: number[] = [];
  let tables = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    tables = accessMatrix(engine.world, ANALYST).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[2]!, tables };
}

async function queryMs(
  engine: Engine,
  principalName: string | undefined,
  sql: string,
): Promise<number> {
  const start = performance.now();
  const { QueryExecutionId } = await engine.call<{ QueryExecutionId: string }>(
    'athena',
    'StartQueryExecution',
    {
      QueryString: sql,
      QueryExecutionContext: { Database: 'shop' },
      ResultConfiguration: { OutputLocation: 's3://results/' },
    },
    principalName ? { principal: principalName } : {},
  );
  await engine.settled();
  const ms = performance.now() - start;
  const out = await engine.call<{
    QueryExecution: { Status: { State: string; StateChangeReason?: string } };
  }>('athena', 'GetQueryExecution', { QueryExecutionId });
  if (out.QueryExecution.Status.State !== 'SUCCEEDED')
    throw new Error(
      `${sql}: ${out.QueryExecution.Status.StateChangeReason ?? out.QueryExecution.Status.State}`,
    );
  return ms;
}

/** First (cold) query on 1,000,000 CSV rows: the admin (every column) vs an analyst with a column grant and a row filter. */
export async function benchSandbox(
  rows: number,
): Promise<{ unrestrictedMs: number; sandboxedMs: number }> {
  const engine = await lakeFormationEngine();
  const regions = ['eu', 'us', 'ap', 'sa'];
  const lines: string[] = [];
  for (let i = 0; i < rows; i++)
    lines.push(`${i},c${i % 500},${(i % 9973) / 10},${regions[i % 4]}`);
  await engine.call('s3', 'CreateBucket', { Bucket: 'data' });
  await engine.call('s3', 'CreateBucket', { Bucket: 'results' });
  await engine.call('s3', 'PutObject', {
    Bucket: 'data',
    Key: 'sales/sales.csv',
    Body: `${lines.join('\n')}\n`,
  });
  await engine.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
  await engine.call('glue', 'CreateTable', {
    DatabaseName: 'shop',
    TableInput: {
      Name: 'sales',
      StorageDescriptor: {
        Location: 's3://data/sales/',
        Columns: [
          { Name: 'id', Type: 'bigint' },
          { Name: 'customer', Type: 'string' },
          { Name: 'amount', Type: 'double' },
          { Name: 'region', Type: 'string' },
        ],
        SerdeInfo: {
          SerializationLibrary: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe',
          Parameters: { 'field.delim': ',' },
        },
      },
    },
  });
  await engine.call('lakeformation', 'RegisterResource', {
    ResourceArn: 'arn:aws:s3:::data',
    UseServiceLinkedRole: true,
  });
  await engine.call('iam', 'PutUserPolicy', {
    UserName: 'analyst',
    PolicyName: 'athena',
    PolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['athena:*', 'glue:Get*', 'lakeformation:GetDataAccess', 's3:*'],
          Resource: '*',
        },
      ],
    }),
  });
  await engine.call('lakeformation', 'GrantPermissions', {
    Principal: principal(ADMIN),
    Resource: { Table: { DatabaseName: 'shop', Name: 'sales' } },
    Permissions: ['SELECT'],
  });
  await engine.call('lakeformation', 'CreateDataCellsFilter', {
    TableData: {
      TableCatalogId: '111122223333',
      DatabaseName: 'shop',
      TableName: 'sales',
      Name: 'eu_us',
      RowFilter: { FilterExpression: "region IN ('eu', 'us', 'ap')" },
      ColumnNames: ['id', 'amount', 'region'],
    },
  });
  await engine.call('lakeformation', 'GrantPermissions', {
    Principal: principal(ANALYST),
    Resource: {
      DataCellsFilter: {
        TableCatalogId: '111122223333',
        DatabaseName: 'shop',
        TableName: 'sales',
        Name: 'eu_us',
      },
    },
    Permissions: ['SELECT'],
  });
  const sql = 'SELECT region, count(*) AS n, sum(amount) AS total FROM sales GROUP BY region';
  await queryMs(engine, undefined, 'SELECT 1'); // loads sql.js, so neither run pays for it
  const unrestrictedMs = await queryMs(engine, undefined, sql);
  const sandboxedMs = await queryMs(engine, 'analyst', sql);
  return { unrestrictedMs, sandboxedMs };
}
