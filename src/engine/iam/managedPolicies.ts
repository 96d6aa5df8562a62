/**
 * The AWS managed policies a data lake course uses, with their documents reduced to the
 * actions LakeLab simulates. ARNs and names are the real ones.
 */
export interface AwsManagedPolicy {
  PolicyName: string;
  Arn: string;
  Description: string;
  document: string;
}

const doc = (...statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const allow = (Action: string[] | string, Resource: string[] | string = '*') => ({
  Effect: 'Allow',
  Action,
  Resource,
});

const policies: Array<Omit<AwsManagedPolicy, 'Arn'> & { Arn?: string }> = [
  {
    PolicyName: 'AdministratorAccess',
    Description: 'Provides full access to AWS services and resources.',
    document: doc(allow('*')),
  },
  {
    PolicyName: 'AmazonS3FullAccess',
    Description: 'Provides full access to all buckets.',
    document: doc(allow(['s3:*', 's3-object-lambda:*'])),
  },
  {
    PolicyName: 'AmazonS3ReadOnlyAccess',
    Description: 'Provides read only access to all buckets.',
    document: doc(
      allow([
        's3:Get*',
        's3:List*',
        's3:Describe*',
        's3-object-lambda:Get*',
        's3-object-lambda:List*',
      ]),
    ),
  },
  {
    PolicyName: 'IAMFullAccess',
    Description: 'Provides full access to IAM.',
    document: doc(
      allow(['iam:*', 'organizations:DescribeAccount', 'organizations:DescribeOrganization']),
    ),
  },
  {
    PolicyName: 'IAMReadOnlyAccess',
    Description: 'Provides read only access to IAM.',
    document: doc(
      allow([
        'iam:GenerateCredentialReport',
        'iam:Get*',
        'iam:List*',
        'iam:SimulateCustomPolicy',
        'iam:SimulatePrincipalPolicy',
      ]),
    ),
  },
  {
    PolicyName: 'AWSGlueConsoleFullAccess',
    Description: 'Provides full access to AWS Glue via the AWS Management Console.',
    document: doc(
      allow([
        'glue:*',
        's3:GetBucketLocation',
        's3:ListBucket',
        's3:ListAllMyBuckets',
        'iam:ListRoles',
        'iam:GetRole',
        'athena:*',
      ]),
    ),
  },
  {
    PolicyName: 'AWSGlueServiceRole',
    Arn: 'arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole',
    Description: 'Policy for AWS Glue service role which allows access to related services.',
    document: doc(
      allow([
        'glue:*',
        's3:GetBucketLocation',
        's3:ListBucket',
        's3:ListAllMyBuckets',
        's3:GetBucketAcl',
        'iam:ListRolePolicies',
        'iam:GetRole',
        'iam:GetRolePolicy',
        'cloudwatch:PutMetricData',
      ]),
      allow(
        ['s3:GetObject', 's3:PutObject'],
        ['arn:aws:s3:::aws-glue-*/*', 'arn:aws:s3:::*/*aws-glue-*/*'],
      ),
      allow(['s3:CreateBucket'], ['arn:aws:s3:::aws-glue-*']),
      allow(
        ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
        ['arn:aws:logs:*:*:*:/aws-glue/*'],
      ),
    ),
  },
  {
    PolicyName: 'AmazonAthenaFullAccess',
    Description:
      'Provide full access to Amazon Athena and scoped access to the dependencies needed to enable querying, writing results, and data management.',
    document: doc(
      allow(['athena:*']),
      allow([
        'glue:CreateDatabase',
        'glue:DeleteDatabase',
        'glue:GetDatabase',
        'glue:GetDatabases',
        'glue:UpdateDatabase',
        'glue:CreateTable',
        'glue:DeleteTable',
        'glue:BatchDeleteTable',
        'glue:UpdateTable',
        'glue:GetTable',
        'glue:GetTables',
        'glue:BatchCreatePartition',
        'glue:CreatePartition',
        'glue:DeletePartition',
        'glue:BatchDeletePartition',
        'glue:UpdatePartition',
        'glue:GetPartition',
        'glue:GetPartitions',
        'glue:BatchGetPartition',
      ]),
      allow(
        [
          's3:GetBucketLocation',
          's3:GetObject',
          's3:ListBucket',
          's3:ListBucketMultipartUploads',
          's3:ListMultipartUploadParts',
          's3:AbortMultipartUpload',
          's3:CreateBucket',
          's3:PutObject',
        ],
        ['arn:aws:s3:::aws-athena-query-results-*'],
      ),
      allow(['s3:ListBucket', 's3:GetBucketLocation', 's3:ListAllMyBuckets']),
      allow(['lakeformation:GetDataAccess']),
    ),
  },
  {
    PolicyName: 'AWSLakeFormationDataAdmin',
    Description:
      'Grants administrative access to AWS Lake Formation and related services, such as AWS Glue, to manage data lakes.',
    document: doc(
      allow([
        'lakeformation:*',
        'cloudtrail:DescribeTrails',
        'cloudtrail:LookupEvents',
        'glue:GetDatabase',
        'glue:GetDatabases',
        'glue:CreateDatabase',
        'glue:UpdateDatabase',
        'glue:GetTable',
        'glue:GetTables',
        'glue:SearchTables',
        'glue:GetPartitions',
        'glue:GetCrawlers',
        's3:GetBucketLocation',
        's3:ListAllMyBuckets',
        's3:ListBucket',
        'iam:ListUsers',
        'iam:ListRoles',
        'iam:GetRole',
        'iam:GetRolePolicy',
      ]),
      { Effect: 'Deny', Action: ['lakeformation:PutDataLakeSettings'], Resource: '*' },
    ),
  },
];

/** AWS managed policies by ARN (`arn:aws:iam::aws:policy/<name>` unless a service-role path). */
export const AWS_MANAGED_POLICIES: Record<string, AwsManagedPolicy> = Object.fromEntries(
  policies.map((p) => {
    const arn = p.Arn ?? `arn:aws:iam::aws:policy/${p.PolicyName}`;
    return [arn, { ...p, Arn: arn }];
  }),
);
