/** Names and set-up operations the Module 2 crawling lessons share (lesson data, no logic). */
export const BUCKET = 'shop-raw-zone';
export const DATABASE = 'shop';
export const CRAWLER = 'shop-raw-crawler';
/** The name the console's "Create a role for me" gives a crawler's role: AWSGlueServiceRole-<crawler>. */
export const CRAWLER_ROLE = `AWSGlueServiceRole-${CRAWLER}`;
export const GLUE_SERVICE_POLICY_ARN = 'arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole';
export const READ_POLICY_NAME = 'read-crawler-paths';
/** Crawls take simulated time (about a minute for the sample data); five minutes is plenty. */
export const CRAWL_TIME = '5m';

// IAM: a service role names the service that may assume it in its trust policy (id_roles_create_for-service.html).
export const GLUE_TRUST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: 'glue.amazonaws.com' },
      Action: 'sts:AssumeRole',
    },
  ],
});

// The managed AWSGlueServiceRole policy reads only objects named aws-glue-*; a crawler needs s3:GetObject on its own data.
export const READ_BUCKET_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
    },
  ],
});

export const createDatabaseOp = {
  service: 'glue',
  operation: 'CreateDatabase',
  input: { DatabaseInput: { Name: DATABASE } },
} as const;

export const createRoleOps = [
  {
    service: 'iam',
    operation: 'CreateRole',
    input: { RoleName: CRAWLER_ROLE, AssumeRolePolicyDocument: GLUE_TRUST_POLICY },
  },
  {
    service: 'iam',
    operation: 'AttachRolePolicy',
    input: { RoleName: CRAWLER_ROLE, PolicyArn: GLUE_SERVICE_POLICY_ARN },
  },
  {
    service: 'iam',
    operation: 'PutRolePolicy',
    input: {
      RoleName: CRAWLER_ROLE,
      PolicyName: READ_POLICY_NAME,
      PolicyDocument: READ_BUCKET_POLICY,
    },
  },
] as const;

export const createCrawlerOp = {
  service: 'glue',
  operation: 'CreateCrawler',
  input: {
    Name: CRAWLER,
    Role: CRAWLER_ROLE,
    DatabaseName: DATABASE,
    Targets: { S3Targets: [{ Path: `s3://${BUCKET}/shop/` }] },
  },
} as const;

/** Run the crawler and let simulated time pass until it has finished. */
export const runCrawlerOps = (name: string = CRAWLER) =>
  [
    { service: 'glue', operation: 'StartCrawler', input: { Name: name } },
    { service: 'lab', operation: 'AdvanceClock', input: { Duration: CRAWL_TIME } },
  ] as const;

/** Sample data, database, role and crawler, not yet run. */
export const crawlerReadyOps = [createDatabaseOp, ...createRoleOps, createCrawlerOp] as const;

/** The check that a crawler's last run succeeded. */
export const lastCrawlSucceeded = (name: string = CRAWLER) =>
  ({
    read: { service: 'glue', operation: 'GetCrawler', input: { Name: name } },
    expect: { path: 'Crawler.LastCrawl.Status', equals: 'SUCCEEDED' },
  }) as const;
