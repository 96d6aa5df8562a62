import { athenaReadyOps, runQuery, succeededQuery } from './athenaLab';

const CURATED = 'shop-curated-zone';
const CTAS = `CREATE TABLE orders_by_status
WITH (format = 'PARQUET', write_compression = 'SNAPPY',
      partitioned_by = ARRAY['status'],
      external_location = 's3://${CURATED}/orders_by_status/')
AS SELECT order_id, customer_id, order_date, total, status FROM orders`;

/** Module 2: CTAS writes a partitioned, compressed copy into the curated zone. */
export const athenaCtasPartitioned = {
  id: 'athena-ctas-partitioned',
  module: 2,
  title: 'CTAS into the curated zone',
  summary: 'Write a partitioned Snappy Parquet table into the curated zone with one statement.',
  objectives: [
    'Choose format, compression, partitions and location in a CTAS',
    'Know that partition columns come last in the SELECT',
    'Query the new table with pruning',
  ],
  setup: {
    scenario: 'sample-data',
    operations: [
      ...athenaReadyOps,
      { service: 's3', operation: 'CreateBucket', input: { Bucket: CURATED } },
    ],
  },
  steps: [
    {
      id: 'ctas',
      title: 'Create the curated table',
      instructions: `Run:\n\n\`\`\`sql\n${CTAS}\n\`\`\`\n\nThe partition column \`status\` is the last column of the SELECT, as CTAS requires.`,
      check: {
        read: {
          service: 'glue',
          operation: 'GetTable',
          input: { DatabaseName: 'shop', Name: 'orders_by_status' },
        },
        expect: { path: 'Table.PartitionKeys.0.Name', equals: 'status' },
      },
      hints: [
        '`external_location` must be an empty folder.',
        'If you get an error about partition columns, move `status` to the end of the SELECT list.',
      ],
      showMe: [runQuery(CTAS)],
      explanation:
        'One statement: read the raw CSV, convert to Parquet with Snappy, split into one folder per status, and register table and partitions in the catalog.',
    },
    {
      id: 'folders',
      title: 'Look at the partitions',
      instructions: `Open \`s3://${CURATED}/orders_by_status/\` in the S3 console: one \`status=…/\` folder per value, each with Parquet files. Then run \`SHOW PARTITIONS orders_by_status\`: CTAS registered each folder as a partition.`,
      check: succeededQuery(['SHOW PARTITIONS orders_by_status']),
      hints: ['The S3 console shows folders for the `/` in the keys.'],
      showMe: [runQuery('SHOW PARTITIONS orders_by_status')],
      explanation:
        'These are Hive-style partition folders, exactly what a crawler or MSCK REPAIR TABLE would recognise.',
    },
    {
      id: 'query',
      title: 'Query one status',
      instructions:
        "Run `SELECT count(*), round(sum(total), 2) FROM orders_by_status WHERE status = 'shipped'`.",
      check: succeededQuery(
        ['orders_by_status', "status = 'shipped'"],
        [{ path: 'PartitionsPruned', atLeast: 1 }],
      ),
      hints: ['`status` is now a partition key: filtering on it prunes.'],
      showMe: [
        runQuery(
          "SELECT count(*), round(sum(total), 2) FROM orders_by_status WHERE status = 'shipped'",
        ),
      ],
      explanation:
        'Columnar, compressed and partitioned: the curated zone is cheap to query. This is the usual raw → curated step of a data lake, done here in SQL.',
    },
  ],
};
