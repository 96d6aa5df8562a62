import { loadSampleData } from '../data';
import { TestLake } from '../testing/TestLake';

export const RESULTS = 's3://query-results/athena/';

export interface QueryOutcome {
  id: string;
  state: string;
  reason?: string;
  scanned: number;
  outputLocation: string;
  rows: (string | undefined)[][];
  columns: { Name?: string; Type?: string }[];
}

/** Runs a query to its end state and reads every page of its results. */
export async function runQuery(
  lake: TestLake,
  sql: string,
  options: { database?: string; workGroup?: string; output?: string | null } = {},
): Promise<QueryOutcome> {
  const { QueryExecutionId: id } = await lake.call<{ QueryExecutionId: string }>(
    'athena',
    'StartQueryExecution',
    {
      QueryString: sql,
      QueryExecutionContext: { Database: options.database ?? 'shop' },
      ...(options.output === null
        ? {}
        : { ResultConfiguration: { OutputLocation: options.output ?? RESULTS } }),
      ...(options.workGroup ? { WorkGroup: options.workGroup } : {}),
    },
  );
  await lake.engine.settled();
  const { QueryExecution: e } = await lake.call<{
    QueryExecution: {
      Status: { State: string; StateChangeReason?: string };
      Statistics: { DataScannedInBytes: number };
      ResultConfiguration: { OutputLocation: string };
    };
  }>('athena', 'GetQueryExecution', { QueryExecutionId: id });
  const outcome: QueryOutcome = {
    id,
    state: e.Status.State,
    ...(e.Status.StateChangeReason ? { reason: e.Status.StateChangeReason } : {}),
    scanned: e.Statistics.DataScannedInBytes,
    outputLocation: e.ResultConfiguration.OutputLocation,
    rows: [],
    columns: [],
  };
  if (outcome.state !== 'SUCCEEDED') return outcome;
  let token: string | undefined;
  do {
    const page = await lake.call<{
      ResultSet: {
        Rows: { Data: { VarCharValue?: string }[] }[];
        ResultSetMetadata: { ColumnInfo: { Name?: string; Type?: string }[] };
      };
      NextToken?: string;
    }>('athena', 'GetQueryResults', {
      QueryExecutionId: id,
      ...(token ? { NextToken: token } : {}),
    });
    outcome.columns = page.ResultSet.ResultSetMetadata.ColumnInfo;
    outcome.rows.push(...page.ResultSet.Rows.map((r) => r.Data.map((d) => d.VarCharValue)));
    token = page.NextToken;
  } while (token);
  return outcome;
}

const textTable = (
  name: string,
  location: string,
  columns: [string, string][],
  partitionKeys: [string, string][] = [],
) => ({
  DatabaseName: 'shop',
  TableInput: {
    Name: name,
    TableType: 'EXTERNAL_TABLE',
    Parameters: { classification: 'csv', 'skip.header.line.count': '1' },
    PartitionKeys: partitionKeys.map(([Name, Type]) => ({ Name, Type })),
    StorageDescriptor: {
      Location: location,
      Columns: columns.map(([Name, Type]) => ({ Name, Type })),
      InputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
      OutputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
      SerdeInfo: {
        SerializationLibrary: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe',
        Parameters: { 'field.delim': ',' },
      },
    },
  },
});

/** A lab with the sample data, a results bucket and the shop tables catalogued as a crawler would. */
export async function shopLake(before?: (lake: TestLake) => Promise<void>): Promise<TestLake> {
  const lake = new TestLake();
  await before?.(lake);
  await loadSampleData((service, operation, input) => lake.call(service, operation, input));
  await lake.call('s3', 'CreateBucket', { Bucket: 'query-results' });
  await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
  await lake.call(
    'glue',
    'CreateTable',
    textTable(
      'orders',
      's3://shop-raw-zone/shop/orders/',
      [
        ['order_id', 'bigint'],
        ['customer_id', 'bigint'],
        ['order_date', 'string'],
        ['status', 'string'],
        ['total', 'double'],
      ],
      [
        ['year', 'string'],
        ['month', 'string'],
      ],
    ),
  );
  for (const month of ['01', '02', '03'])
    await lake.call('glue', 'CreatePartition', {
      DatabaseName: 'shop',
      TableName: 'orders',
      PartitionInput: {
        Values: ['2025', month],
        StorageDescriptor: { Location: `s3://shop-raw-zone/shop/orders/year=2025/month=${month}/` },
      },
    });
  await lake.call(
    'glue',
    'CreateTable',
    textTable('customers', 's3://shop-raw-zone/shop/customers/', [
      ['id', 'bigint'],
      ['name', 'string'],
      ['email', 'string'],
      ['city', 'string'],
      ['country', 'string'],
      ['signup_date', 'string'],
    ]),
  );
  await lake.call('glue', 'CreateTable', {
    DatabaseName: 'shop',
    TableInput: {
      Name: 'order_items',
      TableType: 'EXTERNAL_TABLE',
      Parameters: { classification: 'parquet' },
      StorageDescriptor: {
        Location: 's3://shop-raw-zone/shop/order_items/',
        Columns: [
          { Name: 'order_id', Type: 'bigint' },
          { Name: 'product_id', Type: 'bigint' },
          { Name: 'quantity', Type: 'bigint' },
          { Name: 'unit_price', Type: 'double' },
        ],
        InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
        OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
        SerdeInfo: {
          SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
        },
      },
    },
  });
  return lake;
}
