import {
  BUCKET,
  CRAWLER,
  CRAWLER_ROLE,
  createCrawlerOp,
  createDatabaseOp,
  createRoleOps,
  DATABASE,
  GLUE_SERVICE_POLICY_ARN,
  lastCrawlSucceeded,
  READ_POLICY_NAME,
  runCrawlerOps,
} from './crawlerLab';

const ordersTable = {
  service: 'glue',
  operation: 'GetTable',
  input: { DatabaseName: DATABASE, Name: 'orders' },
} as const;

/** Module 2: a first AWS Glue crawler over the sample data's raw zone. */
export const crawlRawZone = {
  id: 'glue-crawl-raw-zone',
  module: 2,
  title: 'Crawl the raw zone',
  summary:
    'Point an AWS Glue crawler at the raw zone and let it write tables, with their schemas, into the Data Catalog.',
  objectives: [
    'Create a Glue database and an IAM role a crawler can use',
    'Create and run a crawler on an S3 path',
    'Read what the crawler inferred: classification, header and column types',
  ],
  setup: { scenario: 'sample-data', operations: [] },
  steps: [
    {
      id: 'create-database',
      title: 'Create a database',
      instructions: `In the **Data Catalog** (AWS Glue), choose **Add database** and name it \`${DATABASE}\`.`,
      check: {
        read: { service: 'glue', operation: 'GetDatabase', input: { Name: DATABASE } },
        expect: { path: 'Database.Name', equals: DATABASE },
      },
      hints: [
        'A Glue database is only a folder for table definitions; it holds no data.',
        `\`aws glue create-database --database-input Name=${DATABASE}\``,
      ],
      showMe: [createDatabaseOp],
      explanation:
        'The Data Catalog stores metadata — table names, columns, types and where the files are — grouped in databases. Why it matters: Athena, Glue ETL, EMR and Lake Formation all read this one catalog, so a table defined once is queryable everywhere.',
    },
    {
      id: 'create-role',
      title: 'Give the crawler a role',
      instructions: `A crawler acts as an IAM role. Create \`${CRAWLER_ROLE}\`: a role that **glue.amazonaws.com** may assume, with the AWS managed policy **AWSGlueServiceRole** and an inline policy \`${READ_POLICY_NAME}\` allowing \`s3:GetObject\` and \`s3:ListBucket\` on \`${BUCKET}\`. In the **Create crawler** wizard, **Create a role for me** does all three.`,
      check: {
        all: [
          {
            read: {
              service: 'iam',
              operation: 'ListAttachedRolePolicies',
              input: { RoleName: CRAWLER_ROLE },
            },
            expect: {
              path: 'AttachedPolicies[].PolicyArn',
              contains: GLUE_SERVICE_POLICY_ARN,
            },
          },
          {
            read: {
              service: 'iam',
              operation: 'GetRolePolicy',
              input: { RoleName: CRAWLER_ROLE, PolicyName: READ_POLICY_NAME },
            },
            // IAM returns policy documents URL-encoded (GetRolePolicy), so look for the action name alone.
            expect: { path: 'PolicyDocument', contains: 'GetObject' },
          },
        ],
      },
      hints: [
        'The trust policy names the service: `"Principal": { "Service": "glue.amazonaws.com" }`.',
        'AWSGlueServiceRole lets the crawler write to the Data Catalog and CloudWatch Logs, but it reads only objects named `aws-glue-*` — your bucket needs its own read permission.',
        `\`aws iam create-role --role-name ${CRAWLER_ROLE} …\`, then \`attach-role-policy\` and \`put-role-policy\`.`,
      ],
      showMe: [...createRoleOps],
      explanation:
        'The trust policy says who may use the role (the Glue service); the permission policies say what the role may do. Why it matters: a crawler without s3:GetObject on your data fails with an access error, and a role with more than it needs is a risk — grant exactly the buckets it crawls.',
    },
    {
      id: 'create-crawler',
      title: 'Create a crawler',
      instructions: `In **AWS Glue → Crawlers**, choose **Create crawler**. Name it \`${CRAWLER}\`, add the data source \`s3://${BUCKET}/shop/\`, choose the role \`${CRAWLER_ROLE}\` and the target database \`${DATABASE}\`, and keep the schedule **On demand**.`,
      check: {
        read: { service: 'glue', operation: 'GetCrawler', input: { Name: CRAWLER } },
        expect: { path: 'Crawler.Targets.S3Targets[].Path', contains: `s3://${BUCKET}/shop/` },
      },
      hints: [
        'The S3 path is a folder: the crawler reads every object under it.',
        `\`aws glue create-crawler --name ${CRAWLER} --role ${CRAWLER_ROLE} --database-name ${DATABASE} --targets '{"S3Targets":[{"Path":"s3://${BUCKET}/shop/"}]}'\``,
      ],
      showMe: [createCrawlerOp],
      explanation:
        'A crawler is a saved job: what to read (targets), as whom (role), where to write (database) and how to react to changes (schema change policy). Creating it reads nothing yet. Why it matters: the same crawler can run again on a schedule as new data lands.',
    },
    {
      id: 'run-crawler',
      title: 'Run the crawler and read its tables',
      instructions: `Select \`${CRAWLER}\` and choose **Run crawler**. Its state goes RUNNING → STOPPING → READY; a crawl takes simulated time, so let the clock run (**Play**, or **Step to next event**) until the last run says SUCCEEDED.

Then look at what it wrote: one table per folder under \`shop/\` — \`customers\`, \`products\`, \`orders\` and \`order_items\`. In the **Data Catalog**, open the database \`${DATABASE}\` and its table \`orders\`: on **Properties** the classification is \`csv\` and \`skip.header.line.count\` is 1; on **Schema** each column has a name from the header and an inferred type. On the crawler page, **Why this schema?** shows how the classifiers decided.`,
      check: {
        all: [
          lastCrawlSucceeded(),
          {
            read: { service: 'glue', operation: 'GetTables', input: { DatabaseName: DATABASE } },
            expect: {
              path: 'TableList[].Name',
              equals: ['customers', 'order_items', 'orders', 'products'],
            },
          },
          {
            read: ordersTable,
            expect: {
              all: [
                { path: 'Table.Parameters.classification', equals: 'csv' },
                { path: 'Table.StorageDescriptor.Columns[0].Name', equals: 'order_id' },
                {
                  path: 'Table.StorageDescriptor.Columns',
                  some: {
                    all: [
                      { path: 'Name', equals: 'total' },
                      { path: 'Type', equals: 'double' },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
      goal: {
        title: 'The orders table the crawler writes',
        read: ordersTable,
        show: [
          { path: 'Table.StorageDescriptor.Columns', columns: ['Name', 'Type'] },
          { path: 'Table.PartitionKeys', columns: ['Name', 'Type'] },
          { path: 'Table.Parameters', columns: ['classification'] },
        ],
      },
      hints: [
        'A crawl takes about a minute of simulated time here; the clock in the top bar moves it on.',
        `\`aws glue start-crawler --name ${CRAWLER}\`, advance the clock a few minutes, then \`aws glue get-tables --database-name ${DATABASE}\`.`,
      ],
      showMe: [...runCrawlerOps()],
      explanation:
        'The crawler listed the objects, sampled each file and asked its classifiers what format it is. The built-in CSV classifier saw a first line of strings over lines of numbers, took it as the header (column names, skipped when reading) and typed each column: `order_id` bigint, `total` double, dates as string. The Parquet file needed no guessing: its schema is in the file. Why it matters: the raw zone is now queryable without anyone writing CREATE TABLE — but these are guesses, so check them before anyone builds a report on a column typed wrong.',
    },
  ],
} as const;
