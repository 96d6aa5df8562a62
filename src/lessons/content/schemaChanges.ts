import { BUCKET, CRAWLER, crawlerReadyOps, DATABASE, runCrawlerOps } from './crawlerLab';

const APRIL_KEY = 'shop/orders/year=2025/month=04/orders.csv';
const MAY_KEY = 'shop/orders/year=2025/month=05/orders.csv';
const aprilOrders =
  'order_id,customer_id,order_date,status,total,coupon_code\n9001,12,2025-04-02,placed,19.99,SPRING10\n9002,40,2025-04-03,shipped,5.50,\n';
const mayOrders =
  'order_id,customer_id,order_date,status,total,coupon_code,gift_wrap\n9101,7,2025-05-01,placed,42.00,,true\n';

const ordersTable = {
  service: 'glue',
  operation: 'GetTable',
  input: { DatabaseName: DATABASE, Name: 'orders' },
} as const;
const ordersVersions = {
  service: 'glue',
  operation: 'GetTableVersions',
  input: { DatabaseName: DATABASE, TableName: 'orders' },
} as const;

/** Module 2: a new column between two crawls, table versions, and the schema change policy. */
export const schemaChanges = {
  id: 'glue-schema-changes',
  module: 2,
  title: 'Schema changes between crawls',
  summary: 'Add a column to new data, re-crawl, and compare the table versions the catalog keeps.',
  objectives: [
    'See a crawler update a table when the data gains a column',
    'Compare table versions in the Data Catalog',
    'Choose between UPDATE_IN_DATABASE and LOG',
  ],
  setup: { scenario: 'sample-data', operations: [...crawlerReadyOps, ...runCrawlerOps()] },
  steps: [
    {
      id: 'add-column-file',
      title: 'Land a file with an extra column',
      instructions: `The set-up crawled the sample data once with \`${CRAWLER}\`. Now the shop starts recording coupons: upload an April file to \`s3://${BUCKET}/${APRIL_KEY}\` whose header has one more column at the end: \`order_id,customer_id,order_date,status,total,coupon_code\`.`,
      check: {
        read: { service: 's3', operation: 'HeadObject', input: { Bucket: BUCKET, Key: APRIL_KEY } },
        expect: { path: 'ContentLength', atLeast: 1 },
      },
      hints: [
        'Create the folders `year=2025/month=04/` under `shop/orders/` and upload the CSV there.',
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
        'Sources change: a new field in an export is the most common schema change. Adding a column at the end is the friendly kind — old files simply have no value for it. Why it matters: the catalog does not notice anything until something (a crawler, or you) updates the table.',
    },
    {
      id: 'recrawl-new-version',
      title: 'Re-crawl and see a new table version',
      instructions: `Choose **Run crawler** on \`${CRAWLER}\` and let it finish. Open the \`orders\` table: the **Schema** now ends with \`coupon_code\`, and the **Versions** tab lists two versions — compare them to see the added column.`,
      check: {
        all: [
          {
            read: ordersVersions,
            expect: { path: 'TableVersions', length: { atLeast: 2 } },
          },
          {
            read: ordersTable,
            expect: { path: 'Table.StorageDescriptor.Columns[].Name', contains: 'coupon_code' },
          },
        ],
      },
      goal: {
        title: 'The orders table after the re-crawl',
        read: ordersTable,
        show: { path: 'Table.StorageDescriptor.Columns', columns: ['Name', 'Type'] },
      },
      hints: [
        'The crawler keeps the table and writes a new version of its definition.',
        `\`aws glue start-crawler --name ${CRAWLER}\`, wait, then \`aws glue get-table-versions --database-name ${DATABASE} --table-name orders\`.`,
      ],
      showMe: [...runCrawlerOps()],
      explanation:
        "The crawler's schema change policy defaults to UpdateBehavior **UPDATE_IN_DATABASE**: it rewrites the table definition, and the Data Catalog keeps the previous definition as an older version (GetTableVersions). The months without the column read it as NULL. Why it matters: versions are your audit trail — when a dashboard breaks, compare versions to see which crawl changed which column.",
    },
    {
      id: 'log-policy',
      title: 'Freeze the schema with LOG',
      instructions: `Choose **Edit** on \`${CRAWLER}\`: set **When the crawler detects schema changes** and **When the crawler finds deleted objects** to **Ignore the change and do not update the table** (UpdateBehavior and DeleteBehavior \`LOG\`). Then land May's file with yet another column, \`gift_wrap\`, at \`s3://${BUCKET}/${MAY_KEY}\`, and re-crawl: the table keeps two versions.`,
      // Glue SchemaChangePolicy: LOG ignores the change and does not update the table (crawler-configuration.html).
      check: {
        all: [
          {
            read: { service: 'glue', operation: 'GetCrawler', input: { Name: CRAWLER } },
            expect: { path: 'Crawler.SchemaChangePolicy.UpdateBehavior', equals: 'LOG' },
          },
          {
            read: {
              service: 's3',
              operation: 'HeadObject',
              input: { Bucket: BUCKET, Key: MAY_KEY },
            },
            expect: { path: 'ContentLength', atLeast: 1 },
          },
          {
            read: ordersVersions,
            expect: { path: 'TableVersions', length: { equals: 2 } },
          },
        ],
      },
      hints: [
        `\`aws glue update-crawler --name ${CRAWLER} --schema-change-policy UpdateBehavior=LOG,DeleteBehavior=LOG\``,
        'Then upload the May file and run the crawler again: the table keeps its two versions and gains no `gift_wrap`.',
      ],
      showMe: [
        {
          service: 'glue',
          operation: 'UpdateCrawler',
          input: {
            Name: CRAWLER,
            SchemaChangePolicy: { UpdateBehavior: 'LOG', DeleteBehavior: 'LOG' },
          },
        },
        {
          service: 's3',
          operation: 'PutObject',
          input: { Bucket: BUCKET, Key: MAY_KEY, Body: mayOrders, ContentType: 'text/csv' },
        },
        ...runCrawlerOps(),
      ],
      explanation:
        'With **LOG** the crawler only reports the difference in its run log and leaves the table definition alone: no new version, no `gift_wrap`. Why it matters: once a table feeds reports, you may want schema changes reviewed — a curated table whose columns move under a dashboard is a broken dashboard. UPDATE_IN_DATABASE suits the raw zone, LOG suits tables you own by hand.',
    },
  ],
} as const;
