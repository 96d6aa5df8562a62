import { RAW_BUCKET, resultLocationOps, runQuery, succeededQuery } from './athenaLab';
import { DMS_ROLE, dmsEndpointOps, dmsRoleAndInstanceOps } from './dmsLab';

/** Module 2: transactional ingestion — DMS full load, then change data capture (CDC). */
const BUCKET = RAW_BUCKET;
const ROLE = DMS_ROLE;
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
const ORDERS_CDC_DDL = `CREATE EXTERNAL TABLE orders_changes (
  op string, order_id bigint, customer_id bigint, order_date date, status string, total double)
ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
LOCATION 's3://${BUCKET}/dms/shop/orders/'`;

const endpoint = (id: string) => ({
  service: 'dms',
  operation: 'DescribeEndpoints',
  input: { Filters: [{ Name: 'endpoint-id', Values: [id] }] },
});
const task = {
  service: 'dms',
  operation: 'DescribeReplicationTasks',
  input: { Filters: [{ Name: 'replication-task-id', Values: ['shop-to-lake'] }] },
};

export const ingestDatabase = {
  id: 'ingest-database-dms',
  module: 2,
  title: 'Migrating the shop database with DMS',
  summary:
    'Load the shop’s relational tables into the raw zone with AWS DMS, then keep capturing their changes.',
  objectives: [
    'Create DMS source and target endpoints and a replication task',
    'Recognise full-load files (LOAD00000001.csv) and change files with the Op column',
    'Query inserts, updates and deletes with Athena',
  ],
  setup: {
    scenario: 'empty',
    operations: [
      { service: 's3', operation: 'CreateBucket', input: { Bucket: BUCKET } },
      ...dmsRoleAndInstanceOps,
      ...resultLocationOps,
      { service: 'glue', operation: 'CreateDatabase', input: { DatabaseInput: { Name: 'shop' } } },
    ],
  },
  steps: [
    {
      id: 'endpoints',
      title: 'Describe the source and the target',
      instructions: `The replication instance \`lab-instance\` is ready. Create a **source** endpoint \`shop-source\` (engine mysql, server \`shop-db.internal\`, port 3306, any user name and password) and a **target** endpoint \`lake-target\` (engine s3, bucket \`${BUCKET}\`, folder \`dms\`, role \`${ROLE}\`, **IncludeOpForFullLoad** on).`,
      check: {
        all: [
          { read: endpoint('shop-source'), expect: { path: 'Endpoints', length: { equals: 1 } } },
          { read: endpoint('lake-target'), expect: { path: 'Endpoints', length: { equals: 1 } } },
        ],
      },
      hints: ['The target role must trust dms.amazonaws.com: the set-up created it.'],
      showMe: dmsEndpointOps({ IncludeOpForFullLoad: true }),
      explanation:
        'Endpoints say where data comes from and where it goes; the replication instance does the work between them.',
    },
    {
      id: 'full-load',
      title: 'Full load, then keep replicating',
      instructions:
        'Create the task `shop-to-lake` (migration type **full-load-and-cdc**, every table of schema `shop`), start it, and let 10 minutes pass.',
      check: {
        read: task,
        expect: { path: 'ReplicationTasks.0.ReplicationTaskStats.TablesLoaded', atLeast: 4 },
      },
      hints: ['Table mappings: a selection rule including schema `shop`, table `%`.'],
      showMe: [
        {
          service: 'dms',
          operation: 'CreateReplicationTask',
          input: {
            ReplicationTaskIdentifier: 'shop-to-lake',
            SourceEndpointArn: '${dms:endpoint:shop-source}',
            TargetEndpointArn: '${dms:endpoint:lake-target}',
            ReplicationInstanceArn: '${dms:instance:lab-instance}',
            MigrationType: 'full-load-and-cdc',
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
      explanation: `Each table was copied once as \`dms/shop/<table>/LOAD00000001.csv\`. From then on DMS reads the database's change log and writes the changes.`,
    },
    {
      id: 'changes',
      title: 'Watch the changes arrive',
      instructions: `Let another **30 minutes** pass while orders keep arriving and changing in the shop database. About one change file a minute (\`2025…-….csv\`, named by time) appears beside the LOAD file, each line starting with **I**, **U** or **D**.`,
      check: {
        read: {
          service: 's3',
          operation: 'ListObjectsV2',
          input: { Bucket: BUCKET, Prefix: 'dms/shop/orders/2' },
        },
        expect: { path: 'KeyCount', atLeast: 25 },
      },
      hints: ['Top bar: Jump ahead → 30 minutes.'],
      showMe: [{ service: 'lab', operation: 'AdvanceClock', input: { Duration: '30m' } }],
      explanation:
        'Change data capture (CDC) lands inserts, updates and deletes as they happen, without re-copying the tables: the lake stays current with little load on the source.',
    },
    {
      id: 'query-changes',
      title: 'Count the changes with Athena',
      instructions: `In Athena (database \`shop\`), describe the orders folder as a table:\n\n\`\`\`sql\n${ORDERS_CDC_DDL}\n\`\`\`\n\nthen run \`SELECT op, count(*) AS changes FROM orders_changes GROUP BY op\`.`,
      check: succeededQuery(['FROM orders_changes', 'GROUP BY op']),
      hints: [
        'The first column of every file is Op because IncludeOpForFullLoad was on: full-load rows say I.',
      ],
      showMe: [
        runQuery(ORDERS_CDC_DDL),
        runQuery('SELECT op, count(*) AS changes FROM orders_changes GROUP BY op'),
      ],
      explanation:
        'The raw zone now holds the history of every row. A curated table of the current state is built by keeping each key’s latest change and dropping D — a typical Glue job or Athena CTAS.',
    },
  ],
};
