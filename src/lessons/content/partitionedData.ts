import {
  BUCKET,
  CRAWLER,
  crawlerReadyOps,
  DATABASE,
  lastCrawlSucceeded,
  runCrawlerOps,
} from './crawlerLab';

const APRIL_KEY = 'shop/orders/year=2025/month=04/orders.csv';
const MAY_KEY = 'shop/orders/year=2025/month=05/orders.csv';
const ORDERS_HEADER = 'order_id,customer_id,order_date,status,total';
const aprilOrders = `${ORDERS_HEADER}\n9001,12,2025-04-02,placed,19.99\n9002,40,2025-04-03,shipped,5.50\n`;
const mayOrders = `${ORDERS_HEADER}\n9101,7,2025-05-01,placed,42.00\n`;

const ordersPartitions = {
  service: 'glue',
  operation: 'GetPartitions',
  input: { DatabaseName: DATABASE, TableName: 'orders' },
} as const;

/** Module 2: Hive-style partition folders become partition keys and partitions in the catalog. */
export const partitionedData = {
  id: 'glue-partitioned-data',
  module: 2,
  title: 'Partitioned data',
  summary:
    'See how year=/month= folders become partition keys, and how new folders become partitions.',
  objectives: [
    'Recognise Hive-style partition folders (key=value)',
    'List a table’s partitions and filter them',
    'Register a new partition by re-crawling or by hand',
  ],
  setup: { scenario: 'sample-data', operations: [...crawlerReadyOps] },
  steps: [
    {
      id: 'crawl-orders',
      title: 'Crawl and find the partition keys',
      instructions: `The orders are stored by month: \`s3://${BUCKET}/shop/orders/year=2025/month=01/orders.csv\`, \`month=02/\`, \`month=03/\`. The set-up created the crawler \`${CRAWLER}\` for you: choose **Run crawler**, let the clock run until it succeeds, then open the \`orders\` table. Under **Schema**, \`year\` and \`month\` are listed as **Partition key** columns.`,
      check: {
        all: [
          lastCrawlSucceeded(),
          {
            read: {
              service: 'glue',
              operation: 'GetTable',
              input: { DatabaseName: DATABASE, Name: 'orders' },
            },
            expect: {
              path: 'Table.PartitionKeys',
              equals: [
                { Name: 'year', Type: 'string' },
                { Name: 'month', Type: 'string' },
              ],
            },
          },
        ],
      },
      hints: [
        'Open the folder `shop/orders/` in the S3 console first: the folder names carry the values.',
        `\`aws glue start-crawler --name ${CRAWLER}\`, then advance the clock a few minutes.`,
      ],
      showMe: [...runCrawlerOps()],
      explanation:
        "Folders named `key=value` are Hive-style partitions. The crawler saw the same schema in every month folder, so it made one `orders` table, not three, and turned the folder names into partition key columns `year` and `month` (strings: they are taken from paths). Why it matters: a query with `WHERE year = '2025' AND month = '02'` in Athena reads only that folder — partition pruning — so it scans and costs a third of the whole table.",
    },
    {
      id: 'add-april',
      title: 'Land a new month',
      instructions: `New data arrives: upload an April file to \`s3://${BUCKET}/${APRIL_KEY}\` (same header as the other months: \`${ORDERS_HEADER}\`). Then open the \`orders\` table's **Partitions** tab: April is not there yet.`,
      check: {
        read: { service: 's3', operation: 'HeadObject', input: { Bucket: BUCKET, Key: APRIL_KEY } },
        expect: { path: 'ContentLength', atLeast: 1 },
      },
      hints: [
        'In the S3 console, open `shop/orders/`, create the folders `year=2025/month=04/` and upload a CSV there.',
        `\`aws s3 cp orders.csv s3://${BUCKET}/${APRIL_KEY}\``,
      ],
      showMe: [
        {
          service: 's3',
          operation: 'PutObject',
          input: { Bucket: BUCKET, Key: APRIL_KEY, Body: aprilOrders, ContentType: 'text/csv' },
        },
      ],
      explanation:
        'A partition is a catalog entry — values plus an S3 location — not just a folder. Query engines read the list of partitions from the catalog, so a folder nobody registered is invisible to them. Why it matters: "my new data does not show up in Athena" is usually a missing partition.',
    },
    {
      id: 'recrawl-partitions',
      title: 'Re-crawl to add the partition',
      instructions: `Choose **Run crawler** again and let it finish. On the **Partitions** tab of \`orders\` there are now four partitions; type \`month = '04'\` in **Filter partitions** to see only April.`,
      check: {
        read: ordersPartitions,
        expect: { path: 'Partitions[].Values', some: { path: '', equals: ['2025', '04'] } },
      },
      hints: [
        'The crawler compares what it finds with the catalog and adds the missing partitions.',
        `\`aws glue start-crawler --name ${CRAWLER}\`, then \`aws glue get-partitions --database-name ${DATABASE} --table-name orders --expression "month = '04'"\`.`,
      ],
      showMe: [...runCrawlerOps()],
      explanation:
        'The schema was unchanged, so the crawler only added the partition `(2025, 04)`. The filter is a partition expression, the same kind of predicate Athena pushes down to GetPartitions. Why it matters: scheduled crawls are one way to keep partitions current; for many or frequent partitions, Athena’s partition projection avoids the catalog list altogether.',
    },
    {
      id: 'add-partition-by-hand',
      title: 'Register a partition without a crawler',
      instructions: `Upload May's orders to \`s3://${BUCKET}/${MAY_KEY}\`, then register the partition yourself with **CreatePartition** (values \`2025\`, \`05\`, location \`s3://${BUCKET}/shop/orders/year=2025/month=05/\`) — what Athena's \`ALTER TABLE orders ADD PARTITION\` does.`,
      check: {
        read: {
          service: 'glue',
          operation: 'GetPartition',
          input: { DatabaseName: DATABASE, TableName: 'orders', PartitionValues: ['2025', '05'] },
        },
        expect: {
          path: 'Partition.StorageDescriptor.Location',
          contains: 'month=05',
        },
      },
      hints: [
        'The partition needs its values in the order of the partition keys: year first, then month.',
        `\`aws glue create-partition --database-name ${DATABASE} --table-name orders --partition-input '{"Values":["2025","05"],"StorageDescriptor":{"Location":"s3://${BUCKET}/shop/orders/year=2025/month=05/"}}'\``,
      ],
      showMe: [
        {
          service: 's3',
          operation: 'PutObject',
          input: { Bucket: BUCKET, Key: MAY_KEY, Body: mayOrders, ContentType: 'text/csv' },
        },
        {
          service: 'glue',
          operation: 'CreatePartition',
          input: {
            DatabaseName: DATABASE,
            TableName: 'orders',
            PartitionInput: {
              Values: ['2025', '05'],
              StorageDescriptor: {
                Location: `s3://${BUCKET}/shop/orders/year=2025/month=05/`,
              },
            },
          },
        },
      ],
      explanation:
        'Adding a partition is a cheap catalog write; crawling reads files. When your pipeline knows exactly which folder it just wrote, registering the partition itself is faster and cheaper than a crawl. Why it matters: ingestion jobs often end with CreatePartition (or BatchCreatePartition), and keep crawlers for discovering schema changes.',
    },
  ],
} as const;
