import { athenaReadyOps, runQuery, succeededQuery } from './athenaLab';

const QUESTION = 'SELECT status, round(sum(total), 2) AS revenue FROM';
/** Half the CSV run's 32,600 bytes: the Parquet copy reads two compressed column chunks (about 5,600). */
export const PARQUET_SCAN_LIMIT = 16_000;

/** Module 2: the same question on CSV and on Parquet, and what it costs. */
export const athenaCsvVsParquet = {
  id: 'athena-csv-vs-parquet',
  module: 2,
  title: 'CSV vs Parquet: same answer, smaller scan',
  summary:
    'Convert the orders to Parquet with CTAS and watch the bytes scanned drop for the same question.',
  objectives: [
    'Read Data scanned for a query over CSV',
    'Convert a table to Snappy-compressed Parquet with CREATE TABLE AS SELECT',
    'Explain why a columnar format scans less',
  ],
  setup: { scenario: 'sample-data', operations: athenaReadyOps },
  steps: [
    {
      id: 'ask-csv',
      title: 'Ask the question of the CSV table',
      instructions: `Run \`${QUESTION} orders GROUP BY status\` and note **Data scanned**.`,
      check: succeededQuery([`${QUESTION} orders `]),
      hints: ['The `orders` table is partitioned by year and month: all three months are read.'],
      showMe: [runQuery(`${QUESTION} orders GROUP BY status`)],
      explanation:
        'CSV is a row format: to sum one column Athena still reads every byte of every line, all columns included.',
    },
    {
      id: 'ctas',
      title: 'Write a Parquet copy with CTAS',
      instructions:
        "Run `CREATE TABLE orders_parquet WITH (format = 'PARQUET', write_compression = 'SNAPPY') AS SELECT * FROM orders`. Athena runs the SELECT and writes its result as Parquet files, then catalogs them as a new table.",
      check: {
        read: {
          service: 'glue',
          operation: 'GetTable',
          input: { DatabaseName: 'shop', Name: 'orders_parquet' },
        },
        expect: {
          path: 'Table.StorageDescriptor.SerdeInfo.SerializationLibrary',
          contains: 'parquet',
        },
      },
      hints: [
        'Without `external_location`, Athena puts the files under your result location, in `tables/<query id>/`.',
      ],
      showMe: [
        runQuery(
          "CREATE TABLE orders_parquet WITH (format = 'PARQUET', write_compression = 'SNAPPY') AS SELECT * FROM orders",
        ),
      ],
      explanation:
        'CTAS is the quickest way to change a format in a data lake: one statement reads the raw zone and writes a columnar, compressed copy.',
    },
    {
      id: 'ask-parquet',
      title: 'Ask again, of the Parquet table',
      instructions: `Run \`${QUESTION} orders_parquet GROUP BY status\`. Same rows — compare **Data scanned** with the CSV run.`,
      check: succeededQuery(
        [`${QUESTION} orders_parquet`],
        [{ path: 'DataScannedInBytes', atMost: PARQUET_SCAN_LIMIT }],
      ),
      hints: ['Open **Recent queries** to compare both runs side by side.'],
      showMe: [runQuery(`${QUESTION} orders_parquet GROUP BY status`)],
      explanation:
        'Parquet stores each column separately, compressed, with statistics in a footer. Athena reads the footer, then only the `status` and `total` column chunks: a fraction of the CSV bytes. At $5 per TB, that ratio is the ratio of your bill.',
    },
  ],
};
