import type { Lesson, Op } from '../schema';
import { athenaReadyOps, RAW_BUCKET, runQuery, succeededQuery } from './athenaLab';

const CURATED = 'shop-curated-zone';
const EXPORT_FOLDER = 'legacy/orders_export/';
/**
 * The old order system's export: every line is text, an order appears again each time it
 * changed, dates are day/month/year, statuses are in any case, one total is `n/a` and one
 * customer is unknown.
 */
const EXPORT_CSV = [
  'order_id,customer_id,order_date,status,total,updated_at',
  '2001,17,01/04/2025,PENDING,42.90,2025-04-01 08:00:00',
  '2002,233,01/04/2025,pending,118.35,2025-04-01 08:05:00',
  '2001,17,01/04/2025, Shipped ,42.90,2025-04-02 09:30:00',
  '2003,5,02/04/2025,Shipped,64.00,2025-04-02 10:00:00',
  '2004,412,02/04/2025,pending,n/a,2025-04-02 11:15:00',
  '2005,88,03/04/2025,pending,310.10,2025-04-03 12:00:00',
  '2002,233,01/04/2025,cancelled,118.35,2025-04-03 16:45:00',
  '2006,9999,03/04/2025,pending,57.20,2025-04-03 17:00:00',
  '2007,150,04/04/2025,Delivered,89.99,2025-04-04 09:00:00',
  '2005,88,03/04/2025,shipped,310.10,2025-04-04 10:20:00',
  '',
].join('\n');
const EXPORT_DDL = `CREATE EXTERNAL TABLE orders_export (
  order_id string, customer_id string, order_date string,
  status string, total string, updated_at string)
ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
LOCATION 's3://${RAW_BUCKET}/${EXPORT_FOLDER}'
TBLPROPERTIES ('skip.header.line.count'='1')`;

const DUPLICATES = `SELECT order_id, count(*) AS copies
FROM orders_export
GROUP BY order_id HAVING count(*) > 1`;
const LATEST = `SELECT *, row_number() OVER (PARTITION BY order_id ORDER BY updated_at DESC) AS rn
  FROM orders_export`;
const DEDUPE = `SELECT * FROM (
  ${LATEST}
) WHERE rn = 1`;
const CLEAN_COLUMNS = `CAST(o.order_id AS bigint) AS order_id,
       CAST(date_parse(o.order_date, '%d/%m/%Y') AS date) AS order_date,
       lower(trim(o.status)) AS status,
       try_cast(o.total AS double) AS total`;
const CASTS = `SELECT ${CLEAN_COLUMNS}
FROM orders_export o`;
const CTAS = `CREATE TABLE orders_enriched
WITH (format = 'PARQUET', write_compression = 'SNAPPY',
      external_location = 's3://${CURATED}/orders_enriched/')
AS WITH latest AS (
  ${LATEST}
)
SELECT ${CLEAN_COLUMNS},
       c.name AS customer_name, c.country
FROM latest o
JOIN customers c ON c.id = CAST(o.customer_id AS bigint)
WHERE o.rn = 1`;
const VERIFY =
  'SELECT count(*) AS order_rows, count(DISTINCT order_id) AS orders FROM orders_enriched';

const enrichedColumns = {
  read: {
    service: 'glue',
    operation: 'GetTable',
    input: { DatabaseName: 'shop', Name: 'orders_enriched' },
  },
  expect: {
    all: [
      { path: 'Table.StorageDescriptor.Columns', some: { path: 'Name', equals: 'country' } },
      {
        path: 'Table.StorageDescriptor.Columns',
        some: {
          all: [
            { path: 'Name', equals: 'order_date' },
            { path: 'Type', equals: 'date' },
          ],
        },
      },
    ],
  },
};

/** Module 4: clean a messy export with Athena — dedupe, cast, join — into a curated table. */
export const cleanAndJoin: Lesson = {
  id: 'clean-and-join',
  module: 4,
  title: 'Clean and join',
  summary:
    'Remove duplicate orders, fix the types of a text export and join it with the customers into one curated table.',
  objectives: [
    'Find duplicate keys with GROUP BY … HAVING',
    'Keep the latest version of each row with row_number()',
    'Turn text into real types with CAST, date_parse and try_cast',
    'Join with a reference table and write the result to the curated zone',
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
          Key: `${EXPORT_FOLDER}orders_export.csv`,
          Body: EXPORT_CSV,
          ContentType: 'text/csv',
        },
      },
      runQuery(EXPORT_DDL),
    ],
  },
  steps: [
    {
      id: 'find-duplicates',
      title: 'Find the duplicates',
      instructions: `The old order system exported its orders to \`s3://${RAW_BUCKET}/${EXPORT_FOLDER}\`, and the set-up described them as table \`orders_export\` — every column a \`string\`. Run \`SELECT * FROM orders_export\` to see the mess, then count the copies of each order:\n\n\`\`\`sql\n${DUPLICATES}\n\`\`\``,
      check: succeededQuery(['orders_export', 'HAVING']),
      hints: [
        'Orders 2001, 2002 and 2005 appear twice: the export wrote a new line each time an order changed.',
      ],
      showMe: [runQuery(DUPLICATES)],
      explanation:
        'Three orders appear twice, with different statuses and `updated_at` times. Why it matters: summing `total` over this table would count those orders twice — duplicates are the first thing to remove before anyone reports on the data.',
    },
    {
      id: 'dedupe',
      title: 'Keep the latest version of each order',
      instructions: `Number the versions of each order, newest first, and keep number 1:\n\n\`\`\`sql\n${DEDUPE}\n\`\`\``,
      check: succeededQuery(['orders_export', 'PARTITION BY order_id']),
      hints: [
        '`row_number()` restarts at 1 for each `order_id` (PARTITION BY) and counts in the ORDER BY order.',
        '`updated_at` is text in `yyyy-MM-dd HH:mm:ss` form, so sorting it as text sorts it in time.',
      ],
      showMe: [runQuery(DEDUPE)],
      explanation:
        'Seven orders, one line each, each in its latest state: 2001 is now shipped, 2002 cancelled. Why it matters: this "latest record per key" pattern is how change data (from DMS or exports like this one) becomes a table of the current state.',
    },
    {
      id: 'cast-types',
      title: 'Give each column its real type',
      instructions: `Every column of the export is text. Convert them:\n\n\`\`\`sql\n${CASTS}\n\`\`\`\n\n\`date_parse\` reads the day/month/year dates, \`lower(trim(…))\` tidies the statuses, and \`try_cast\` turns the total \`n/a\` into NULL instead of failing.`,
      check: succeededQuery(['orders_export', 'date_parse']),
      hints: [
        'With `CAST(o.total AS double)` the query fails on `n/a`: try it, then use `try_cast`.',
        "`date_parse(text, '%d/%m/%Y')` returns a timestamp; CAST it AS date.",
      ],
      showMe: [runQuery(CASTS)],
      explanation:
        'Real types make the data usable: dates compare and group by month, totals add up, and one spelling per status means one group per status. Why it matters: a curated table promises its consumers clean, typed columns, so they do not each repeat (and differ on) this cleaning.',
    },
    {
      id: 'join-customers',
      title: 'Join with the customers into the curated zone',
      instructions: `Put the three together — dedupe, casts, and a join with \`customers\` for the name and country — and write the result as Parquet:\n\n\`\`\`sql\n${CTAS}\n\`\`\``,
      check: enrichedColumns,
      hints: [
        '`customer_id` is text in the export and `bigint` in `customers`: cast it to compare them.',
        '`WITH latest AS (…)` names the deduplicated rows so the SELECT can join them.',
      ],
      showMe: [runQuery(CTAS)],
      explanation:
        'One statement cleaned, deduplicated and enriched the export, and the Data Catalog now has `orders_enriched` with real types (`order_date` is a `date`, `total` a `double`). Why it matters: analysts get one table with everything they ask about, instead of joining raw tables themselves on every query.',
    },
    {
      id: 'verify',
      title: 'Check the result',
      instructions: `Count rows and distinct orders in the new table:\n\n\`${VERIFY}\`\n\nSeven orders went in. How many came out?`,
      check: succeededQuery(['orders_enriched', 'DISTINCT order_id']),
      hints: [
        'Look for customer 9999 in `customers`.',
        'An inner JOIN keeps only the orders whose customer it finds.',
      ],
      showMe: [runQuery(VERIFY)],
      explanation:
        'Six rows, six distinct orders: no duplicates left, but order 2006 is gone — its customer 9999 does not exist, and the inner JOIN dropped it. A LEFT JOIN keeps such orders with an empty country, so you can find and fix them. Why it matters: always check counts after a transformation.\n\nOn AWS this cleaning often runs as an **AWS Glue ETL job**: a **Python shell** job (one small machine, plain Python or pandas — right for a few megabytes like this export) or a **Spark** job (a cluster of DPUs that scales to terabytes, with DynamicFrames and job bookmarks). LakeLab does not simulate Glue jobs yet; the SQL you wrote here is what such a job would do, and Athena CTAS is a real, serverless way to run it.',
    },
  ],
};
