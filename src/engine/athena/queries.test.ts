import { beforeAll, describe, expect, it } from 'vitest';
import type { TestLake } from '../testing/TestLake';
import { monthToDateByService } from '../core/costLedger';
import { runQuery, shopLake } from './testLake.fixtures';

const sizeOf = async (lake: TestLake, key: string) =>
  (
    await lake.call<{ ContentLength: number }>('s3', 'HeadObject', {
      Bucket: 'shop-raw-zone',
      Key: key,
    })
  ).ContentLength;

describe('Athena queries over the sample lake', () => {
  let lake: TestLake;
  beforeAll(async () => {
    lake = await shopLake();
  }, 60_000);

  it('answers a SELECT with the column names as the first row (GetQueryResults)', async () => {
    const out = await runQuery(lake, 'SELECT count(*) AS n FROM orders');
    expect(out.state).toBe('SUCCEEDED');
    expect(out.rows).toEqual([['n'], ['900']]);
    expect(out.columns).toMatchObject([{ Name: 'n', Type: 'bigint' }]);
  });

  it('names unaliased expressions _col0, _col1 as Athena does', async () => {
    const out = await runQuery(
      lake,
      "SELECT count(*), max(total) FROM orders WHERE status = 'shipped'",
    );
    expect(out.rows[0]).toEqual(['_col0', '_col1']);
  });

  it('writes the results as CSV with a .metadata file to the output location', async () => {
    const out = await runQuery(
      lake,
      'SELECT status, count(*) AS n FROM orders GROUP BY status ORDER BY status',
    );
    expect(out.outputLocation).toBe(`s3://query-results/athena/${out.id}.csv`);
    const csv = await lake.call<{ Body: Uint8Array }>('s3', 'GetObject', {
      Bucket: 'query-results',
      Key: `athena/${out.id}.csv`,
    });
    expect(new TextDecoder().decode(csv.Body).split('\n')[0]).toBe('"status","n"');
    await lake.call('s3', 'HeadObject', {
      Bucket: 'query-results',
      Key: `athena/${out.id}.csv.metadata`,
    });
  });

  it('a text table scans its whole (compressed) objects; pruning reads only the selected partitions', async () => {
    const sizes = await Promise.all(
      ['01', '02', '03'].map((m) => sizeOf(lake, `shop/orders/year=2025/month=${m}/orders.csv`)),
    );
    const all = await runQuery(lake, 'SELECT count(*) FROM orders');
    expect(all.scanned).toBe(sizes[0]! + sizes[1]! + sizes[2]!);
    const one = await runQuery(
      lake,
      "SELECT count(*) FROM orders WHERE year = '2025' AND month = '02'",
    );
    expect(one.rows[1]).toEqual(['300']);
    expect(one.scanned).toBe(sizes[1]);
    const execution = lake.engine.world.athena?.executions[one.id];
    expect(execution?.details).toMatchObject({
      partitionsRead: 1,
      partitionsPruned: 2,
      filesRead: 1,
    });
  });

  it('Parquet scans only the referenced columns (columnar-storage.html)', async () => {
    const size = await sizeOf(lake, 'shop/order_items/order_items.parquet');
    const star = await runQuery(lake, 'SELECT * FROM order_items');
    const one = await runQuery(lake, 'SELECT sum(quantity) FROM order_items');
    expect(star.scanned).toBeLessThanOrEqual(size);
    expect(one.scanned).toBeLessThan(star.scanned / 2);
  });

  it('bills $5 per TB with the 10 MB minimum per query, in the cost ledger', async () => {
    const fresh = await shopLake();
    await runQuery(fresh, 'SELECT count(*) FROM customers');
    const costs = monthToDateByService(fresh.engine.world.ledger, fresh.engine.world.clock.now);
    expect(costs.athena).toBeCloseTo((5 * 10) / (1024 * 1024), 9);
  });

  it('an unknown table fails with TABLE_NOT_FOUND and its line and column', async () => {
    const out = await runQuery(lake, 'SELECT *\nFROM nope');
    expect(out.state).toBe('FAILED');
    expect(out.reason).toBe(
      "TABLE_NOT_FOUND: line 2:6: Table 'awsdatacatalog.shop.nope' does not exist",
    );
  });

  it('an unknown column fails with COLUMN_NOT_FOUND naming the column', async () => {
    const out = await runQuery(lake, 'SELECT colour FROM orders');
    expect(out.state).toBe('FAILED');
    expect(out.reason).toMatch(/^COLUMN_NOT_FOUND: line 1:8: Column 'colour' cannot be resolved/);
  });

  it('a syntax error fails with SYNTAX_ERROR and a position', async () => {
    const out = await runQuery(lake, 'SELECT * FORM orders');
    expect(out.state).toBe('FAILED');
    expect(out.reason).toMatch(/^SYNTAX_ERROR: line 1:\d+:/);
  });

  it('without any output location, StartQueryExecution is refused', async () => {
    const error = await lake.errorOf('athena', 'StartQueryExecution', { QueryString: 'SELECT 1' });
    expect(error.name).toBe('InvalidRequestException');
    expect(error.message).toMatch(/^No output location provided/);
  });

  it('GetQueryResults of a failed query repeats its reason', async () => {
    const out = await runQuery(lake, 'SELECT * FROM nope');
    const error = await lake.errorOf('athena', 'GetQueryResults', { QueryExecutionId: out.id });
    expect(error.message).toMatch(/TABLE_NOT_FOUND/);
  });

  it('a principal without s3:GetObject on the data fails with Permission denied on S3 path', async () => {
    await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'analyst',
      PolicyName: 'athena-only',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['athena:*', 'glue:Get*'], Resource: '*' },
          {
            Effect: 'Allow',
            Action: ['s3:PutObject', 's3:GetObject'],
            Resource: 'arn:aws:s3:::query-results/*',
          },
          { Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' },
        ],
      }),
    });
    const out = await runQuery(lake.as('analyst'), 'SELECT count(*) FROM customers');
    expect(out.state).toBe('FAILED');
    expect(out.reason).toMatch(
      /^PERMISSION_DENIED: Permission denied on S3 path: s3:\/\/shop-raw-zone\/shop\/customers\//,
    );
  });

  it('a workgroup per-query cutoff cancels a query that would scan more', async () => {
    await lake.call('s3', 'PutObject', {
      Bucket: 'shop-raw-zone',
      Key: 'big/events.csv',
      Body: 'id,payload\n' + `1,${'x'.repeat(10_500_000)}\n`,
    });
    await lake.call('glue', 'CreateTable', {
      DatabaseName: 'shop',
      TableInput: {
        Name: 'big',
        StorageDescriptor: {
          Location: 's3://shop-raw-zone/big/',
          Columns: [
            { Name: 'id', Type: 'bigint' },
            { Name: 'payload', Type: 'string' },
          ],
          SerdeInfo: {
            SerializationLibrary: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe',
            Parameters: { 'field.delim': ',' },
          },
        },
      },
    });
    await lake.call('athena', 'CreateWorkGroup', {
      Name: 'capped',
      Configuration: {
        ResultConfiguration: { OutputLocation: 's3://query-results/capped/' },
        BytesScannedCutoffPerQuery: 10_000_000,
      },
    });
    const out = await runQuery(lake, 'SELECT count(*) FROM big', {
      workGroup: 'capped',
      output: null,
    });
    expect(out.state).toBe('CANCELLED');
    expect(out.scanned).toBe(10_000_000);
  });

  it('joins a federated DynamoDB table with an S3 table', async () => {
    await lake.call('athena', 'CreateDataCatalog', {
      Name: 'dynamo',
      Type: 'LAMBDA',
      Parameters: {
        function: 'arn:aws:lambda:us-east-1:111122223333:function:athena-dynamodb-connector',
      },
    });
    const out = await runQuery(
      lake,
      'SELECT p.loyalty_tier, count(*) AS customers FROM "dynamo"."default"."customer_profiles" p JOIN customers c ON c.id = p.customer_id GROUP BY 1 ORDER BY 1',
    );
    expect(out.state).toBe('SUCCEEDED');
    expect(out.rows[0]).toEqual(['loyalty_tier', 'customers']);
    expect(out.rows.slice(1).map((r) => r[0])).toEqual(['bronze', 'gold', 'platinum', 'silver']);
  });
});

describe('Athena federated query over the shop database (MySQL connector)', () => {
  it('reads the live relational tables DMS migrates from, joined with an S3 table', async () => {
    const lake = await shopLake();
    await lake.call('athena', 'CreateDataCatalog', {
      Name: 'shopdb',
      Type: 'LAMBDA',
      Parameters: {
        function: 'arn:aws:lambda:us-east-1:111122223333:function:athena-mysql-connector',
      },
    });
    const out = await runQuery(
      lake,
      'SELECT count(*) AS n FROM shopdb.shop.orders o JOIN customers c ON c.id = o.customer_id',
    );
    expect(out.state).toBe('SUCCEEDED');
    expect(Number(out.rows[1]?.[0])).toBeGreaterThan(800);
  });
});

describe('Athena defaults', () => {
  it('works in the Glue database "default", created on first use, when the query names none', async () => {
    const lake = await shopLake();
    const { QueryExecutionId } = await lake.call<{ QueryExecutionId: string }>(
      'athena',
      'StartQueryExecution',
      {
        QueryString:
          "CREATE EXTERNAL TABLE notes (line string) LOCATION 's3://shop-raw-zone/notes/'",
        ResultConfiguration: { OutputLocation: 's3://query-results/athena/' },
      },
    );
    await lake.engine.settled();
    const got = await lake.call<{ QueryExecution: { Status: { State: string } } }>(
      'athena',
      'GetQueryExecution',
      {
        QueryExecutionId,
      },
    );
    expect(got.QueryExecution.Status.State).toBe('SUCCEEDED');
    await lake.call('glue', 'GetTable', { DatabaseName: 'default', Name: 'notes' });
  });

  it('utility results are text lines, one cell each, without a header row', async () => {
    const lake = await shopLake();
    const out = await runQuery(lake, 'SHOW TABLES');
    expect(out.rows).toEqual([['customers'], ['order_items'], ['orders']]);
    expect(out.outputLocation).toMatch(/\.txt$/);
  });
});

describe('Athena runtime errors', () => {
  it('a failing cast is reported without a made-up position', async () => {
    const lake = await shopLake();
    const out = await runQuery(lake, "SELECT CAST('abc' AS integer)");
    expect(out.state).toBe('FAILED');
    expect(out.reason).toMatch(/^INVALID_CAST_ARGUMENT: (?!line 0)/);
  });
});

describe('Athena bytes scanned per table reference', () => {
  it('a self-join scans (and bills) the table once per reference', async () => {
    const lake = await shopLake();
    const once = await runQuery(lake, 'SELECT count(*) FROM customers');
    const twice = await runQuery(
      lake,
      'SELECT count(*) FROM customers a JOIN customers b ON a.id = b.id',
    );
    expect(twice.scanned).toBe(2 * once.scanned);
  });
});
