/** Which AWS service assumes a role the canvas creates, and what it may do. */
export type RolePurpose = 'firehose' | 'dms' | 'transfer' | 'datasync' | 'storagegateway';

const PRINCIPALS: Record<RolePurpose, string> = {
  firehose: 'firehose.amazonaws.com',
  dms: 'dms.amazonaws.com',
  transfer: 'transfer.amazonaws.com',
  datasync: 'datasync.amazonaws.com',
  storagegateway: 'storagegateway.amazonaws.com',
};

export function trustPolicy(purpose: RolePurpose): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: PRINCIPALS[purpose] }, Action: 'sts:AssumeRole' },
    ],
  });
}

/**
 * Least privilege: write only under the target prefix, list only the bucket; Firehose also reads
 * its source stream. Firehose: "Grant Firehose access to an Amazon S3 destination" and "…to a
 * Kinesis data stream as the source"; Transfer Family: "Create an IAM role and policy" (the
 * user's role reads and writes its home directory); DMS: "Prerequisites for using Amazon S3 as a target"
 * (PutObject, DeleteObject, ListBucket); DataSync: "Creating an IAM role for DataSync to access
 * your Amazon S3 location" (object read/write for copy and verify, ListBucket for the location test).
 */
export function rolePolicy(
  purpose: RolePurpose,
  target: { bucket: string; prefix: string },
  streamArn?: string,
): string {
  const bucketArn = `arn:aws:s3:::${target.bucket}`;
  const objects = `${bucketArn}/${target.prefix}*`;
  const statements: object[] =
    purpose === 'firehose'
      ? [
          {
            Effect: 'Allow',
            Action: ['s3:AbortMultipartUpload', 's3:PutObject'],
            Resource: [objects],
          },
          {
            Effect: 'Allow',
            Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'],
            Resource: [bucketArn],
          },
        ]
      : purpose === 'datasync'
        ? [
            {
              Effect: 'Allow',
              Action: [
                's3:AbortMultipartUpload',
                's3:DeleteObject',
                's3:GetObject',
                's3:GetObjectTagging',
                's3:ListMultipartUploadParts',
                's3:PutObject',
                's3:PutObjectTagging',
              ],
              Resource: [objects],
            },
            {
              Effect: 'Allow',
              Action: ['s3:GetBucketLocation', 's3:ListBucket', 's3:ListBucketMultipartUploads'],
              Resource: [bucketArn],
            },
          ]
        : purpose === 'transfer'
          ? [
              {
                Effect: 'Allow',
                Action: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
                Resource: [objects],
              },
              { Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [bucketArn] },
            ]
          : [
              { Effect: 'Allow', Action: ['s3:PutObject', 's3:DeleteObject'], Resource: [objects] },
              { Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [bucketArn] },
            ];
  if (purpose === 'storagegateway')
    statements.splice(0, statements.length, ...fileGatewayStatements(target));
  if (streamArn)
    statements.push({
      Effect: 'Allow',
      Action: [
        'kinesis:DescribeStream',
        'kinesis:GetShardIterator',
        'kinesis:GetRecords',
        'kinesis:ListShards',
      ],
      Resource: [streamArn],
    });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/**
 * S3 File Gateway's bucket access role, as the console creates it ("Granting access to an Amazon
 * S3 bucket"): bucket-level reads and listings, object reads and writes under the prefix.
 */
function fileGatewayStatements(target: { bucket: string; prefix: string }): object[] {
  const bucketArn = `arn:aws:s3:::${target.bucket}`;
  return [
    {
      Effect: 'Allow',
      Action: [
        's3:GetAccelerateConfiguration',
        's3:GetBucketLocation',
        's3:GetBucketVersioning',
        's3:ListBucket',
        's3:ListBucketVersions',
        's3:ListBucketMultipartUploads',
      ],
      Resource: [bucketArn],
    },
    {
      Effect: 'Allow',
      Action: [
        's3:AbortMultipartUpload',
        's3:DeleteObject',
        's3:DeleteObjectVersion',
        's3:GetObject',
        's3:GetObjectAcl',
        's3:GetObjectVersion',
        's3:ListMultipartUploadParts',
        's3:PutObject',
        's3:PutObjectAcl',
      ],
      Resource: [`${bucketArn}/${target.prefix}*`],
    },
  ];
}
