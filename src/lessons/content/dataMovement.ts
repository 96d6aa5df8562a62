import type { Lesson, Op } from '../schema';
import { athenaReadyOps, RAW_BUCKET, RESULTS_BUCKET, runQuery, succeededQuery } from './athenaLab';
import { dmsEndpointOps, dmsRoleAndInstanceOps } from './dmsLab';

const ACCOUNT = '111122223333';
const ADMIN = `arn:aws:iam::${ACCOUNT}:user/admin`;
const ANALYST = `arn:aws:iam::${ACCOUNT}:user/analyst`;
const EXPORTS = 'shop-exports';
const MYSQL_CONNECTOR = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:athena-mysql-connector`;

/** An Athena user of a Lake Formation lake: no S3 read on the data, only on the query results (lf-athena-user-permissions). */
const ANALYST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['athena:*', 'glue:Get*', 'lakeformation:GetDataAccess'],
      Resource: '*',
    },
    {
      Effect: 'Allow',
      Action: ['s3:PutObject', 's3:GetObject', 's3:ListBucket', 's3:GetBucketLocation'],
      Resource: [`arn:aws:s3:::${RESULTS_BUCKET}`, `arn:aws:s3:::${RESULTS_BUCKET}/*`],
    },
  ],
});
const MAPPINGS = JSON.stringify({
  rules: [
    {
      'rule-type': 'selection',
      'rule-id': '1',
      'rule-name': 'shop-tables',
      'object-locator': { 'schema-name': 'shop', 'table-name': '%' },
      'rule-action': 'include',
    },
  ],
});

const EXTRACT = `CREATE TABLE country_revenue
WITH (format = 'PARQUET', write_compression = 'SNAPPY',
      external_location = 's3://${EXPORTS}/country_revenue/')
AS SELECT c.country, count(DISTINCT o.customer_id) AS customers,
          round(sum(o.total), 2) AS revenue
FROM orders o JOIN customers c ON c.id = o.customer_id
GROUP BY c.country`;
const LIVE_QUERY = `SELECT status, count(*) AS orders
FROM "shopdb"."shop"."orders"
GROUP BY status`;
const ANALYST_QUERY = 'SELECT status, count(*) AS orders FROM orders GROUP BY status';

/** The lab before the lesson: a Lake Formation lake over the raw zone, Athena ready, DMS endpoints, an analyst. */
const setupOps: Op[] = [
  {
    service: 'lakeformation',
    operation: 'PutDataLakeSettings',
    input: {
      DataLakeSettings: {
        DataLakeAdmins: [{ DataLakePrincipalIdentifier: ADMIN }],
        CreateDatabaseDefaultPermissions: [],
        CreateTableDefaultPermissions: [],
      },
    },
  },
  {
    service: 'lakeformation',
    operation: 'RegisterResource',
    input: { ResourceArn: `arn:aws:s3:::${RAW_BUCKET}`, UseServiceLinkedRole: true },
  },
  ...(athenaReadyOps as Op[]),
  { service: 's3', operation: 'CreateBucket', input: { Bucket: EXPORTS } },
  { service: 'iam', operation: 'CreateUser', input: { UserName: 'analyst' } },
  {
    service: 'iam',
    operation: 'PutUserPolicy',
    input: {
      UserName: 'analyst',
      PolicyName: 'athena-on-the-lake',
      PolicyDocument: ANALYST_POLICY,
    },
  },
  ...dmsRoleAndInstanceOps,
  ...dmsEndpointOps(),
];

/** Module 6: outside-in, inside-out and around-the-perimeter data movement, and one grant governing access. */
export const dataMovement: Lesson = {
  id: 'data-movement',
  module: 6,
  title: 'Data movement around the lake',
  summary:
    'Move data into the lake, out of it and around it — DMS, a CTAS extract, a federated query — and govern who reads it with one Lake Formation grant.',
  objectives: [
    'Name the three data movements of a modern data architecture: outside-in, inside-out, around the perimeter',
    'Copy an operational database into the lake with AWS DMS (outside-in)',
    'Publish a curated extract for a purpose-built store with CTAS (inside-out)',
    'Query the database in place with a federated connector (around the perimeter)',
    'Control Athena access with one Lake Formation grant (unified governance)',
  ],
  setup: { scenario: 'sample-data', operations: setupOps },
  steps: [
    {
      id: 'outside-in',
      title: 'Outside in: the shop database into the lake',
      instructions:
        'The shop runs on a MySQL database; its DMS endpoints `shop-source` and `lake-target` (the raw zone, folder `dms`) and the replication instance `lab-instance` are ready. In **AWS DMS**, create the task `shop-to-lake` (migration type **full-load**, every table of schema `shop`), start it, and jump the clock 10 minutes.',
      check: {
        read: {
          service: 'dms',
          operation: 'DescribeReplicationTasks',
          input: { Filters: [{ Name: 'replication-task-id', Values: ['shop-to-lake'] }] },
        },
        expect: { path: 'ReplicationTasks.0.ReplicationTaskStats.TablesLoaded', atLeast: 4 },
      },
      hints: [
        'Table mappings: one selection rule including schema `shop`, table `%`.',
        'The task needs about a minute to be ready before you start it.',
      ],
      showMe: [
        {
          service: 'dms',
          operation: 'CreateReplicationTask',
          input: {
            ReplicationTaskIdentifier: 'shop-to-lake',
            SourceEndpointArn: '${dms:endpoint:shop-source}',
            TargetEndpointArn: '${dms:endpoint:lake-target}',
            ReplicationInstanceArn: '${dms:instance:lab-instance}',
            MigrationType: 'full-load',
            TableMappings: MAPPINGS,
          },
        },
        { service: 'lab', operation: 'AdvanceClock', input: { Duration: '1m' } },
        {
          service: 'dms',
          operation: 'StartReplicationTask',
          input: {
            ReplicationTaskArn: '${dms:task:shop-to-lake}',
            StartReplicationTaskType: 'start-replication',
          },
        },
        { service: 'lab', operation: 'AdvanceClock', input: { Duration: '10m' } },
      ],
      explanation: `The four tables now sit in \`s3://${RAW_BUCKET}/dms/shop/\`. This is **outside-in** movement: data born in a purpose-built store (an operational database) is copied into the lake, where it meets the data of every other system. Why it matters: the lake becomes the one place for history and cross-system analytics, while the database keeps serving the shop.`,
    },
    {
      id: 'inside-out',
      title: 'Inside out: an extract for a purpose-built store',
      instructions: `The finance team's data warehouse wants revenue by country, not raw orders. Write that extract out of the lake, as Parquet, to the bucket it loads from:\n\n\`\`\`sql\n${EXTRACT}\n\`\`\``,
      check: {
        read: {
          service: 'glue',
          operation: 'GetTable',
          input: { DatabaseName: 'shop', Name: 'country_revenue' },
        },
        expect: { path: 'Table.StorageDescriptor.Location', contains: EXPORTS },
      },
      hints: [
        `\`s3://${EXPORTS}/\` is empty: the set-up created it for the warehouse to load from.`,
      ],
      showMe: [runQuery(EXTRACT)],
      explanation:
        'This is **inside-out** movement: a curated subset of the lake goes out to a purpose-built analytics service. On AWS, Amazon Redshift would load these Parquet files with its `COPY` command — Redshift is not simulated in LakeLab, so the files stop in the bucket. Why it matters: each workload gets the engine that suits it (a warehouse for dashboards, a search engine for logs…), fed from the one copy of the truth in the lake.',
    },
    {
      id: 'register-connector',
      title: 'Around the perimeter: connect to the database',
      instructions: `Some questions need the database's live state, not last night's copy. Register the Athena MySQL connector as a data catalog named \`shopdb\`:\n\n\`aws athena create-data-catalog --name shopdb --type LAMBDA --parameters function=${MYSQL_CONNECTOR}\``,
      check: {
        read: { service: 'athena', operation: 'ListDataCatalogs' },
        expect: {
          path: 'DataCatalogsSummary',
          some: {
            all: [
              { path: 'CatalogName', equals: 'shopdb' },
              { path: 'Type', equals: 'LAMBDA' },
            ],
          },
        },
      },
      hints: [
        'On AWS you first deploy the connector (a Lambda function) from the AWS Serverless Application Repository; LakeLab simulates it.',
      ],
      showMe: [
        {
          service: 'athena',
          operation: 'CreateDataCatalog',
          input: { Name: 'shopdb', Type: 'LAMBDA', Parameters: { function: MYSQL_CONNECTOR } },
        },
      ],
      explanation:
        'Athena now sees the shop database as one more catalog, through the connector. Why it matters: a connector lets SQL reach a store without building a pipeline to it first.',
    },
    {
      id: 'query-in-place',
      title: 'Query the database in place',
      instructions: `Ask the live database how many orders it holds by status — nothing is copied:\n\n\`\`\`sql\n${LIVE_QUERY}\n\`\`\``,
      check: succeededQuery(['shopdb', 'orders']),
      hints: ['Three-part names: catalog, database (schema), table.'],
      showMe: [runQuery(LIVE_QUERY)],
      explanation:
        'The rows came from the database through the connector: run the same query on the lake’s `orders` table and the counts differ, because the shop kept taking orders after the lake’s copy was made. This is movement **around the perimeter**: data stays in its purpose-built store and is reached from the lake’s query engine when needed. Why it matters: no copy to keep in sync — but every query loads the source, so land data in the lake once you query it often.',
    },
    {
      id: 'one-grant',
      title: 'Unified governance: one grant',
      instructions:
        'The raw zone is registered with **Lake Formation**, and new tables get no IAMAllowedPrincipals grant: the `analyst` user can run Athena but read no table yet. In **Lake Formation → Data permissions**, grant **analyst** SELECT on table `shop.orders`.',
      check: {
        read: {
          service: 'lakeformation',
          operation: 'ListPermissions',
          input: { Principal: { DataLakePrincipalIdentifier: ANALYST } },
        },
        expect: {
          path: 'PrincipalResourcePermissions',
          some: {
            all: [
              { path: 'Resource.Table.Name', equals: 'orders' },
              { path: 'Permissions', contains: 'SELECT' },
            ],
          },
        },
      },
      hints: [
        "The analyst's IAM policy allows Athena and `lakeformation:GetDataAccess`, but no S3 read on the data.",
      ],
      showMe: [
        {
          service: 'lakeformation',
          operation: 'GrantPermissions',
          input: {
            Principal: { DataLakePrincipalIdentifier: ANALYST },
            Resource: { Table: { DatabaseName: 'shop', Name: 'orders' } },
            Permissions: ['SELECT'],
          },
        },
      ],
      explanation:
        'One grant, in one place, names who may read what. Why it matters: every engine that integrates with Lake Formation (Athena, Amazon EMR, AWS Glue, Amazon Redshift Spectrum) enforces the same grant, instead of one bucket policy and one set of IAM rules per tool.',
    },
    {
      id: 'analyst-query',
      title: 'The analyst queries through the grant',
      instructions: `Switch the principal to **analyst** (top bar) and run \`${ANALYST_QUERY}\` in Athena. Then try \`SELECT * FROM customers\`: no grant, so Lake Formation refuses it.`,
      check: succeededQuery(['FROM orders'], [{ path: 'Principal', equals: ANALYST }]),
      hints: [
        'The console and the terminal act as the principal signed in (top bar): LakeLab ignores `--profile`.',
      ],
      showMe: [{ ...runQuery(ANALYST_QUERY), principal: 'analyst' }],
      explanation:
        'Athena asked Lake Formation, which checked the grant and vended temporary credentials to read `orders` — the analyst needs no S3 permission at all. Why it matters: this is how a **data mesh** governs sharing: each domain owns its data and grants access to it. Between AWS accounts the same grant shares a table with a consumer account (through AWS RAM), and Amazon QuickSight dashboards read through such grants — neither cross-account sharing nor QuickSight is simulated in LakeLab yet.',
    },
  ],
};
