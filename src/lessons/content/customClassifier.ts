import {
  BUCKET,
  createDatabaseOp,
  createRoleOps,
  CRAWLER_ROLE,
  DATABASE,
  runCrawlerOps,
} from './crawlerLab';

const LOG_CRAWLER = 'app-logs-crawler';
const LOG_KEY = 'logs/app/2025-01-07.log';
const CLASSIFIER = 'shop-app-log';
const GROK_PATTERN =
  '%{TIMESTAMP_ISO8601:timestamp} %{LOGLEVEL:level} %{WORD:component} order=%{INT:order_id:int} took %{INT:duration_ms:int}ms';
const appLog = [
  '2025-01-07T10:15:32Z INFO checkout order=9001 took 132ms',
  '2025-01-07T10:15:40Z WARN payment order=9002 took 2045ms',
  '2025-01-07T10:16:02Z ERROR payment order=9003 took 30001ms',
  '2025-01-07T10:16:09Z INFO checkout order=9004 took 97ms',
].join('\n');

const appTable = {
  service: 'glue',
  operation: 'GetTable',
  input: { DatabaseName: DATABASE, Name: 'app' },
} as const;

/** Module 2: a Grok classifier for a log format no built-in classifier knows. */
export const customClassifier = {
  id: 'glue-custom-classifier',
  module: 2,
  title: 'A custom classifier for a log format',
  summary:
    'Crawl application logs no built-in classifier understands, then teach the crawler their format with a Grok pattern.',
  objectives: [
    'See what a crawler does with a format it cannot classify',
    'Write a Grok classifier with named, typed fields',
    'Attach a custom classifier to a crawler',
  ],
  setup: { scenario: 'sample-data', operations: [createDatabaseOp, ...createRoleOps] },
  steps: [
    {
      id: 'upload-logs',
      title: 'Land some application logs',
      instructions: `The shop's checkout service writes one line per order, like \`2025-01-07T10:15:32Z INFO checkout order=9001 took 132ms\`. Upload a few such lines to \`s3://${BUCKET}/${LOG_KEY}\`.`,
      check: {
        read: { service: 's3', operation: 'HeadObject', input: { Bucket: BUCKET, Key: LOG_KEY } },
        expect: { path: 'ContentLength', atLeast: 1 },
      },
      hints: [
        'Any text file works; the preview in the S3 console shows its lines.',
        `\`aws s3 cp app.log s3://${BUCKET}/${LOG_KEY}\``,
      ],
      showMe: [
        {
          service: 's3',
          operation: 'PutObject',
          input: { Bucket: BUCKET, Key: LOG_KEY, Body: appLog, ContentType: 'text/plain' },
        },
      ],
      explanation:
        'Logs are semi-structured: every line has the same shape, but no delimiter or header says so. Why it matters: logs are some of the biggest data in a lake, and they are useless to SQL until something splits them into columns.',
    },
    {
      id: 'crawl-without-classifier',
      title: 'Crawl with the built-in classifiers',
      instructions: `Create a crawler \`${LOG_CRAWLER}\` on \`s3://${BUCKET}/logs/app/\` with the role \`${CRAWLER_ROLE}\` and the database \`${DATABASE}\`, run it and let it finish. The run **succeeds** and writes a table \`app\` — but its classification is \`UNKNOWN\` and it has no columns. The run's results list the log file under **Files no classifier recognised**, with each built-in classifier's reason.`,
      check: {
        read: appTable,
        expect: {
          all: [
            { path: 'Table.Parameters.classification', equals: 'UNKNOWN' },
            { path: 'Table.StorageDescriptor.Columns', length: { equals: 0 } },
          ],
        },
      },
      hints: [
        'The set-up created the role; its inline policy reads the whole bucket, so it can read `logs/` too.',
        `\`aws glue create-crawler --name ${LOG_CRAWLER} --role ${CRAWLER_ROLE} --database-name ${DATABASE} --targets '{"S3Targets":[{"Path":"s3://${BUCKET}/logs/app/"}]}'\`, then \`start-crawler\` and advance the clock.`,
      ],
      showMe: [
        {
          service: 'glue',
          operation: 'CreateCrawler',
          input: {
            Name: LOG_CRAWLER,
            Role: CRAWLER_ROLE,
            DatabaseName: DATABASE,
            Targets: { S3Targets: [{ Path: `s3://${BUCKET}/logs/app/` }] },
          },
        },
        ...runCrawlerOps(LOG_CRAWLER),
      ],
      explanation:
        'Built-in classifiers know CSV, JSON, XML, Parquet, Avro, ORC and common logs such as Apache combined logs (classification `combined_apache`) — not your own format. No classifier returned a certainty above 0.0, so the classification is `UNKNOWN`. The crawler still catalogs the folder, but with no columns: Athena cannot query such a table (AWS says: if the classification is UNKNOWN, fix the schema and run the crawler again). Why it matters: when a crawl "succeeds" but the table is UNKNOWN or has no usable columns, the format is the problem, not the crawler.',
    },
    {
      id: 'create-grok-classifier',
      title: 'Describe the format with Grok',
      instructions: `In **AWS Glue → Classifiers**, choose **Add classifier**: name \`${CLASSIFIER}\`, type **Grok**, classification \`app_log\`, and the pattern\n\n\`${GROK_PATTERN}\`\n\nEach \`%{PATTERN:name}\` becomes a column; \`:int\` gives it a type.`,
      check: {
        read: { service: 'glue', operation: 'GetClassifier', input: { Name: CLASSIFIER } },
        expect: { path: 'Classifier.GrokClassifier.GrokPattern', contains: 'LOGLEVEL' },
      },
      hints: [
        'TIMESTAMP_ISO8601, LOGLEVEL, WORD and INT are built-in Grok patterns; literal text (`order=`, `took`, `ms`) must match exactly.',
        `\`aws glue create-classifier --grok-classifier 'Name=${CLASSIFIER},Classification=app_log,GrokPattern=…'\``,
      ],
      showMe: [
        {
          service: 'glue',
          operation: 'CreateClassifier',
          input: {
            GrokClassifier: {
              Name: CLASSIFIER,
              Classification: 'app_log',
              GrokPattern: GROK_PATTERN,
            },
          },
        },
      ],
      explanation:
        "A Grok pattern is a named regular expression built from smaller named ones. The classifier says \"certain\" only when the file's lines match it. Why it matters: one classifier turns every log file of that format, today's and next year's, into a table with proper columns.",
    },
    {
      id: 'crawl-with-classifier',
      title: 'Crawl again with the classifier',
      instructions: `Edit \`${LOG_CRAWLER}\`: under **Custom classifiers**, add \`${CLASSIFIER}\`. Run it again and let it finish. The crawler updates the table \`app\` (the schema change policy is UPDATE_IN_DATABASE by default): classification \`app_log\` and the columns \`timestamp\`, \`level\`, \`component\`, \`order_id\` (int) and \`duration_ms\` (int).`,
      check: {
        read: appTable,
        expect: {
          all: [
            { path: 'Table.Parameters.classification', equals: 'app_log' },
            {
              path: 'Table.StorageDescriptor.Columns',
              some: {
                all: [
                  { path: 'Name', equals: 'duration_ms' },
                  { path: 'Type', equals: 'int' },
                ],
              },
            },
          ],
        },
      },
      hints: [
        'Custom classifiers run before the built-in ones, in the order the crawler lists them.',
        `\`aws glue update-crawler --name ${LOG_CRAWLER} --classifiers ${CLASSIFIER}\`, then \`start-crawler\`.`,
      ],
      showMe: [
        {
          service: 'glue',
          operation: 'UpdateCrawler',
          input: { Name: LOG_CRAWLER, Classifiers: [CLASSIFIER] },
        },
        ...runCrawlerOps(LOG_CRAWLER),
      ],
      explanation:
        'The crawler tries custom classifiers first; the first certain match wins and its classification and Grok pattern go into the table (SerDe `GrokSerDe`). Athena reads the table through that SerDe, splitting each line with the same pattern. Why it matters: now `SELECT component, avg(duration_ms) FROM app GROUP BY component` finds the slow service — from raw log files, with no ETL job.',
    },
  ],
} as const;
