import type { TestLake } from '../testing/TestLake';

/** A role that `service` (e.g. datasync.amazonaws.com) may assume, with an AWS managed S3 policy. */
export async function serviceRole(
  lake: TestLake,
  name: string,
  service: string,
  access: 'AmazonS3FullAccess' | 'AmazonS3ReadOnlyAccess',
): Promise<string> {
  const trust = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  };
  await lake.call('iam', 'CreateRole', {
    RoleName: name,
    AssumeRolePolicyDocument: JSON.stringify(trust),
  });
  await lake.call('iam', 'AttachRolePolicy', {
    RoleName: name,
    PolicyArn: `arn:aws:iam::aws:policy/${access}`,
  });
  return `arn:aws:iam::111122223333:role/${name}`;
}

/** Every key in a bucket under a prefix. */
export function keysUnder(lake: TestLake, bucket: string, prefix = ''): string[] {
  return Object.keys(lake.engine.world.s3.buckets[bucket]?.objects ?? {})
    .filter((k) => k.startsWith(prefix))
    .sort();
}

/** The DescribeTaskExecution fields the tests read. */
export interface Exec {
  Status: string;
  FilesTransferred: number;
  BytesTransferred: number;
  EstimatedFilesToTransfer: number;
  FilesVerified: number;
  FilesDeleted: number;
  Result: { ErrorCode?: string; ErrorDetail?: string; VerifyStatus: string };
}

/** An NFS location on the sample share, an S3 location in raw-zone/sales and a task between them. */
export async function nfsToS3(
  lake: TestLake,
  options: object = {},
  access: 'AmazonS3FullAccess' | 'AmazonS3ReadOnlyAccess' = 'AmazonS3FullAccess',
  schedule?: string,
) {
  await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
  const role = await serviceRole(lake, 'DataSyncS3', 'datasync.amazonaws.com', access);
  const { AgentArn } = await lake.call<{ AgentArn: string }>('datasync', 'CreateAgent', {
    ActivationKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE',
    AgentName: 'onprem',
  });
  const nfs = await lake.call<{ LocationArn: string }>('datasync', 'CreateLocationNfs', {
    ServerHostname: 'nas.corp.internal',
    Subdirectory: '/exports/sales',
    OnPremConfig: { AgentArns: [AgentArn] },
  });
  const s3 = await lake.call<{ LocationArn: string }>('datasync', 'CreateLocationS3', {
    S3BucketArn: 'arn:aws:s3:::raw-zone',
    Subdirectory: '/sales',
    S3Config: { BucketAccessRoleArn: role },
  });
  const { TaskArn } = await lake.call<{ TaskArn: string }>('datasync', 'CreateTask', {
    SourceLocationArn: nfs.LocationArn,
    DestinationLocationArn: s3.LocationArn,
    Name: 'sales-share',
    Options: options,
    ...(schedule ? { Schedule: { ScheduleExpression: schedule } } : {}),
  });
  return TaskArn;
}

/** Starts an execution and runs the clock until it ends. */
export async function runOnce(lake: TestLake, TaskArn: string): Promise<Exec> {
  const { TaskExecutionArn } = await lake.call<{ TaskExecutionArn: string }>(
    'datasync',
    'StartTaskExecution',
    { TaskArn },
  );
  await lake.engine.clock.runUntilIdle();
  return lake.call<Exec>('datasync', 'DescribeTaskExecution', { TaskExecutionArn });
}
