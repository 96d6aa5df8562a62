import type { Lesson, Op } from '../schema';
import { athenaReadyOps, RAW_BUCKET, runQuery, succeededQuery } from './athenaLab';

const CURATED = 'shop-curated-zone';
const NEW_DAY_FOLDER = `shop/orders/year=2025/month=04/`;
/** The first day of April, as the shop's nightly export drops it into the raw zone. */
const APRIL_FIRST_CSV = [
  'order_id,customer_id,order_date,status,total',
  '1901,17,2025-04-01,pending,42.90',
  '1902,233,2025-04-01,pending,118.35',
  '1903,5,2025-04-01,shipped,64.00',
  '1904,412,2025-04-01,pending,23.75',
  '1905,88,2025-04-01,pending,310.10',
  '1906,301,2025-04-01,shipped,57.20',
  '1907,150,2025-04-01,pending,89.99',
  '1908,64,2025-04-01,cancelled,15.50',
  '',
].join('\n');

const COLUMNS = 'order_id, customer_id, order_date, status, total, year, month';
const CTAS = `CREATE TABLE orders_curated
WITH (format = 'PARQUET', write_compression = 'SNAPPY',
      partitioned_by = ARRAY['year', 'month'],
      external_location = 's3://${CURATED}/orders/')
AS SELECT ${COLUMNS} FROM orders`;
const ADD_PARTITION = `ALTER TABLE orders ADD PARTITION (year = '2025', month = '04')
LOCATION 's3://${RAW_BUCKET}/${NEW_DAY_FOLDER}'`;
const INSERT = `INSERT INTO orders_curated
SELECT ${COLUMNS} FROM orders
WHERE year = '2025' AND month = '04' AND order_date = DATE '2025-04-01'`;
const QUESTION = 'SELECT status, round(sum(total), 2) AS revenue FROM';
const VIEW = `CREATE OR REPLACE VIEW monthly_revenue AS
SELECT year, month, status, count(*) AS orders, round(sum(total), 2) AS revenue
FROM orders_curated GROUP BY year, month, status`;
/** The CSV run reads every byte of the four raw files (about 33 KB); the Parquet run reads two column chunks per file (about 7.6 KB). */
const CURATED_SCAN_LIMIT = 16_000;

const partition = (table: string, values: string[]) => ({
  read: {
    service: 'glue',
    operation: 'GetPartition',
    input: { DatabaseName: 'shop', TableName: table, PartitionValues: values },
  },
  expect: { path: 'Partition.Values', equals: values },
});

/** Module 4: the raw → curated transformation with Athena: CTAS, INSERT INTO a new day, a view. */
export const transformRawToCurated: Lesson = {
  id: 'transform-raw-to-curated',
  module: 4,
  title: 'Transform raw to curated',
  summary:
    'Turn the raw CSV orders into partitioned Snappy Parquet, add a new day incrementally with INSERT INTO, compare the bytes scanned and publish a view for analysts.',
  objectives: [
    'Write a curated, partitioned Parquet table from the raw zone with CTAS',
    'Process only the new data with INSERT INTO, instead of rewriting the table',
    'Measure what the curated format saves in bytes scanned',
    'Give analysts a stable view over the curated table',
  ],
  setup: {
    scenario: 'sample-data',
    operations: [
      ...(athenaReadyOps as Op[]),
      { service: 's3', operation: 'CreateBucket', input: { Bucket: CURATED } },
      {
        service: 's3',
        operation: 'PutObject',
        input: {
          Bucket: RAW_BUCKET,
          Key: `${NEW_DAY_FOLDER}orders-2025-04-01.csv`,
          Body: APRIL_FIRST_CSV,
          ContentType: 'text/csv',
        },
      },
    ],
  },
  steps: [
    {
      id: 'ctas-curated',
      title: 'Write the curated table',
      instructions: `The raw zone holds the shop's orders as CSV, one folder per month. In the Athena query editor (database \`shop\`), run:\n\n\`\`\`sql\n${CTAS}\n\`\`\`\n\nThe partition columns \`year\` and \`month\` come last in the SELECT, as CTAS requires.`,
      check: {
        read: {
          service: 'glue',
          operation: 'GetTable',
          input: { DatabaseName: 'shop', Name: 'orders_curated' },
        },
        expect: {
          all: [
            { path: 'Table.PartitionKeys[].Name', equals: ['year', 'month'] },
            { path: 'Table.StorageDescriptor.Location', contains: CURATED },
          ],
        },
      },
      hints: [
        'The set-up created the empty bucket `shop-curated-zone`: `external_location` must be an empty folder.',
        'An error about partition columns means `year, month` are not the last columns of the SELECT.',
      ],
      showMe: [runQuery(CTAS)],
      explanation:
        'One statement read the raw CSV, converted it to Parquet compressed with Snappy, wrote one folder per month under `s3://shop-curated-zone/orders/` and registered the table and its partitions in the Data Catalog. Why it matters: the raw zone keeps the data exactly as it arrived; the curated zone holds the same facts in the shape analytics needs — columnar, compressed and partitioned by what queries filter on.',
    },
    {
      id: 'register-new-day',
      title: 'A new day arrives in the raw zone',
      instructions: `Overnight, the shop exported its first April orders to \`s3://${RAW_BUCKET}/${NEW_DAY_FOLDER}orders-2025-04-01.csv\` (look in the S3 console). Athena does not see a new folder until it is a partition of \`orders\`. Register it:\n\n\`\`\`sql\n${ADD_PARTITION}\n\`\`\``,
      check: partition('orders', ['2025', '04']),
      hints: [
        '`SHOW PARTITIONS orders` lists 2025/01 to 2025/03 only: the April folder is not in the catalog yet.',
        '`MSCK REPAIR TABLE orders` would also find it, by listing every folder of the table.',
      ],
      showMe: [runQuery(ADD_PARTITION)],
      explanation:
        'ALTER TABLE … ADD PARTITION writes one partition into the Data Catalog, pointing at one folder; no data moves. Why it matters: a pipeline that knows which folder it just wrote registers exactly that partition — cheaper and faster than re-listing the whole table with MSCK REPAIR TABLE or a crawler.',
    },
    {
      id: 'insert-new-day',
      title: 'Add the new day incrementally',
      instructions: `Transform only the new day, and append it to the curated table:\n\n\`\`\`sql\n${INSERT}\n\`\`\`\n\nThe WHERE clause on \`year\` and \`month\` means Athena reads only the April folder.`,
      check: partition('orders_curated', ['2025', '04']),
      hints: [
        'INSERT INTO writes new Parquet files in the table’s own format and creates the partitions it needs.',
        'Do not run the CTAS again: it would fail, because the table already exists.',
      ],
      showMe: [runQuery(INSERT)],
      explanation:
        'INSERT INTO read one raw partition, wrote new Parquet files under `year=2025/month=04/` and added that partition to `orders_curated`. The three months already curated were not touched. Why it matters: incremental processing costs in proportion to the new data, not to the whole history.\n\nOn AWS this daily step is often an **AWS Glue ETL job** started by a scheduled **trigger** and chained with others in a **workflow**, with job bookmarks remembering what was already processed. LakeLab does not simulate Glue jobs, triggers or workflows yet: here you run the same transformation with Athena, by hand.',
    },
    {
      id: 'compare-scans',
      title: 'Bytes scanned, before and after',
      instructions: `Ask the same question of both zones and compare **Data scanned** in **Recent queries**:\n\n\`${QUESTION} orders GROUP BY status\`\n\n\`${QUESTION} orders_curated GROUP BY status\``,
      check: {
        all: [
          succeededQuery([`${QUESTION} orders `]),
          succeededQuery(
            [`${QUESTION} orders_curated`],
            [{ path: 'DataScannedInBytes', atMost: CURATED_SCAN_LIMIT }],
          ),
        ],
      },
      hints: [
        'Same rows, same answer: only the bytes read differ.',
        'The curated query reads only the `status` and `total` columns of each Parquet file.',
      ],
      showMe: [
        runQuery(`${QUESTION} orders GROUP BY status`),
        runQuery(`${QUESTION} orders_curated GROUP BY status`),
      ],
      explanation:
        'The raw query read every byte of every CSV line; the curated one read two compressed column chunks per file — about a quarter of the bytes here, and far less on wide tables. Both runs still cost the same: Athena bills at least 10 MB per query, and these files are tiny. Why it matters: on real volumes Athena bills $5 per TB scanned, so the transformation pays for itself on every query that follows.',
    },
    {
      id: 'analyst-view',
      title: 'Publish a view for analysts',
      instructions: `Give analysts one stable name for the monthly figures:\n\n\`\`\`sql\n${VIEW}\n\`\`\`\n\nThen run \`SELECT * FROM monthly_revenue WHERE month = '04'\`.`,
      check: {
        read: {
          service: 'glue',
          operation: 'GetTable',
          input: { DatabaseName: 'shop', Name: 'monthly_revenue' },
        },
        expect: { path: 'Table.TableType', equals: 'VIRTUAL_VIEW' },
      },
      hints: ['A view stores only its SELECT, in the Data Catalog; it holds no data.'],
      showMe: [runQuery(VIEW), runQuery("SELECT * FROM monthly_revenue WHERE month = '04'")],
      explanation:
        'A view is a saved SELECT: each query on it runs against `orders_curated`, so it always includes the latest day you inserted. Why it matters: analysts query `monthly_revenue` without knowing the table layout, and you can change the curated tables behind it without breaking their dashboards.',
    },
  ],
};
