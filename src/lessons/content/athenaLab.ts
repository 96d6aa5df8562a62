/** Names, DDL and set-up operations the Athena lessons share (lesson data, no logic). */
export const RAW_BUCKET = 'shop-raw-zone';
export const DATABASE = 'shop';
/** The bucket the Athena console proposes for query results: aws-athena-query-results-<account>-<region>. */
export const RESULTS_BUCKET = 'aws-athena-query-results-111122223333-us-east-1';
export const RESULTS_LOCATION = `s3://${RESULTS_BUCKET}/`;

export const CUSTOMERS_DDL = `CREATE EXTERNAL TABLE customers (
  id bigint, name string, email string, city string, country string, signup_date date)
ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
LOCATION 's3://${RAW_BUCKET}/shop/customers/'
TBLPROPERTIES ('skip.header.line.count'='1')`;

export const ORDERS_DDL = `CREATE EXTERNAL TABLE orders (
  order_id bigint, customer_id bigint, order_date date, status string, total double)
PARTITIONED BY (year string, month string)
ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
LOCATION 's3://${RAW_BUCKET}/shop/orders/'
TBLPROPERTIES ('skip.header.line.count'='1')`;

const runQuery = (QueryString: string) => ({
  service: 'lab',
  operation: 'RunQuery',
  input: { QueryString, Database: DATABASE },
});

export const resultLocationOps = [
  { service: 's3', operation: 'CreateBucket', input: { Bucket: RESULTS_BUCKET } },
  {
    service: 'athena',
    operation: 'UpdateWorkGroup',
    input: {
      WorkGroup: 'primary',
      ConfigurationUpdates: { ResultConfigurationUpdates: { OutputLocation: RESULTS_LOCATION } },
    },
  },
];

/** A lab where Athena is ready: results location, the shop database and its customers and orders tables. */
export const athenaReadyOps = [
  ...resultLocationOps,
  { service: 'glue', operation: 'CreateDatabase', input: { DatabaseInput: { Name: DATABASE } } },
  runQuery(CUSTOMERS_DDL),
  runQuery(ORDERS_DDL),
  runQuery('MSCK REPAIR TABLE orders'),
];

export { runQuery };

/** The latest queries, with what the console shows: data scanned, partitions read and pruned. */
export const recentQueries = { service: 'lab', operation: 'GetQueryExecutions' } as const;

/** A query whose text contains every fragment succeeded. */
export function succeededQuery(fragments: string[], extra: object[] = []) {
  return {
    read: recentQueries,
    expect: {
      path: 'QueryExecutions',
      some: {
        all: [
          { path: 'State', equals: 'SUCCEEDED' },
          ...fragments.map((f) => ({ path: 'Query', containsSql: f })),
          ...extra,
        ],
      },
    },
  };
}
