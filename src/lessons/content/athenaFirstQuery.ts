import {
  CUSTOMERS_DDL,
  DATABASE,
  RESULTS_BUCKET,
  RESULTS_LOCATION,
  resultLocationOps,
  runQuery,
  succeededQuery,
} from './athenaLab';

/** Module 2: query the lake in place with Amazon Athena. */
export const athenaFirstQuery = {
  id: 'athena-first-query',
  module: 2,
  title: 'Your first Athena query',
  summary:
    'Point Athena at a result location, describe a CSV folder as a table, and query it with SQL.',
  objectives: [
    'Set the query result location Athena writes every result to',
    'Create an external table over files that stay in S3 (schema on read)',
    'Run a query and read its data scanned and cost',
  ],
  setup: {
    scenario: 'sample-data',
    operations: [
      {
        service: 'glue',
        operation: 'CreateDatabase',
        input: { DatabaseInput: { Name: DATABASE } },
      },
    ],
  },
  steps: [
    {
      id: 'result-location',
      title: 'Set the query result location',
      instructions: `Open **Amazon Athena**. Before the first query, Athena needs an S3 location for results: every query writes its result there as a CSV file. Use the banner's settings to create the bucket \`${RESULTS_BUCKET}\` and save \`${RESULTS_LOCATION}\` as the result location of the \`primary\` workgroup.`,
      check: {
        read: { service: 'athena', operation: 'GetWorkGroup', input: { WorkGroup: 'primary' } },
        expect: {
          path: 'WorkGroup.Configuration.ResultConfiguration.OutputLocation',
          exists: true,
        },
      },
      hints: [
        'The banner above the editor has **Edit settings**.',
        `\`aws athena update-work-group --work-group primary --configuration-updates ResultConfigurationUpdates={OutputLocation=${RESULTS_LOCATION}}\``,
      ],
      showMe: resultLocationOps,
      explanation:
        'Athena is serverless: it keeps no storage of its own. Each result is a file in your bucket (plus a `.metadata` file), which is why the location is required — and why results can be downloaded, shared and deleted like any object.',
    },
    {
      id: 'create-table',
      title: 'Describe the customers folder as a table',
      instructions: `In the \`${DATABASE}\` database, run this DDL in the editor:\n\n\`\`\`sql\n${CUSTOMERS_DDL}\n\`\`\`\n\nNothing is copied: the table is only a description (columns, format, location) in the Glue Data Catalog.`,
      check: {
        read: {
          service: 'glue',
          operation: 'GetTable',
          input: { DatabaseName: DATABASE, Name: 'customers' },
        },
        expect: {
          path: 'Table.StorageDescriptor.Location',
          equals: 's3://shop-raw-zone/shop/customers/',
        },
      },
      hints: [
        'Choose the `shop` database on the left, paste the statement, then **Run** (Ctrl+Enter).',
        '`skip.header.line.count` tells Athena to skip the header line of each file.',
      ],
      showMe: [runQuery(CUSTOMERS_DDL)],
      explanation:
        '**Schema on read**: the CSV files stay exactly as they are; the table tells Athena how to read them at query time. A crawler would have written the same kind of definition — here you wrote it by hand with Hive DDL.',
    },
    {
      id: 'first-select',
      title: 'Ask a question',
      instructions:
        'Run `SELECT country, count(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC`. Under the results, read **Data scanned** and **Cost**.',
      check: succeededQuery(['FROM customers', 'GROUP BY']),
      hints: ['Make sure the database selector shows `shop`, or write `shop.customers`.'],
      showMe: [
        runQuery(
          'SELECT country, count(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC',
        ),
      ],
      explanation:
        'Athena read the whole CSV file — a few dozen kilobytes — and charged the **10 MB minimum** at $5 per TB: a fraction of a cent. On real data lakes the bill is all about bytes scanned, which the next lessons reduce with columnar formats, compression and partitions.',
    },
  ],
};
