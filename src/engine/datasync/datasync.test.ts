import { describe, expect, it } from 'vitest';
import { listShareFiles } from '../sources/fileshare';
import { TestLake } from '../testing/TestLake';
import { type Exec, keysUnder, nfsToS3, runOnce, serviceRole } from './testFixtures';

describe('DataSync from the NFS share to S3', () => {
  it('copies every file of the share on the first run, under the S3 location subdirectory', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    const files = listShareFiles(lake.engine.world, 'nas.corp.internal', '/exports/sales');
    const exec = await runOnce(lake, TaskArn);
    expect(exec.Status).toBe('SUCCESS');
    expect(exec.FilesTransferred).toBe(files.length);
    expect(exec.BytesTransferred).toBe(files.reduce((s, f) => s + f.size, 0));
    expect(keysUnder(lake, 'raw-zone')).toEqual(files.map((f) => `sales/${f.name}`).sort());
  });

  it('TransferMode CHANGED copies only new and modified files on a later run', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    const first = await runOnce(lake, TaskArn);
    await lake.advance('1d');
    const second = await runOnce(lake, TaskArn);
    expect(second.Status).toBe('SUCCESS');
    // A day later the share has one new daily file, plus any file restated that morning.
    expect(second.FilesTransferred).toBeGreaterThanOrEqual(1);
    expect(second.FilesTransferred).toBeLessThan(first.FilesTransferred);
    expect(second.EstimatedFilesToTransfer).toBe(second.FilesTransferred);
  });

  it('TransferMode ALL copies everything again', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake, { TransferMode: 'ALL' });
    const first = await runOnce(lake, TaskArn);
    const second = await runOnce(lake, TaskArn);
    expect(second.FilesTransferred).toBe(first.FilesTransferred);
  });

  it('refuses PreserveDeletedFiles REMOVE with TransferMode ALL', async () => {
    const lake = new TestLake();
    const error = await nfsToS3(lake, {
      TransferMode: 'ALL',
      PreserveDeletedFiles: 'REMOVE',
    }).catch((e: Error) => e);
    expect(error).toMatchObject({ name: 'InvalidRequestException' });
  });

  it('PreserveDeletedFiles REMOVE deletes destination objects the source no longer has', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake, { PreserveDeletedFiles: 'REMOVE' });
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'sales/stale.csv',
      Body: 'a,b\n1,2\n',
    });
    const exec = await runOnce(lake, TaskArn);
    expect(exec.FilesDeleted).toBe(1);
    expect(keysUnder(lake, 'raw-zone')).not.toContain('sales/stale.csv');
  });

  it('refuses an S3 location whose role does not trust datasync.amazonaws.com', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    const role = await serviceRole(lake, 'GlueRole', 'glue.amazonaws.com', 'AmazonS3FullAccess');
    const error = await lake.errorOf('datasync', 'CreateLocationS3', {
      S3BucketArn: 'arn:aws:s3:::raw-zone',
      S3Config: { BucketAccessRoleArn: role },
    });
    expect(error.name).toBe('InvalidRequestException');
    expect(error.message).toContain('datasync.amazonaws.com');
  });

  it('refuses an S3 location whose role cannot list the bucket (the location access test)', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    const trust = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'datasync.amazonaws.com' },
          Action: 'sts:AssumeRole',
        },
      ],
    };
    await lake.call('iam', 'CreateRole', {
      RoleName: 'NoS3',
      AssumeRolePolicyDocument: JSON.stringify(trust),
    });
    const error = await lake.errorOf('datasync', 'CreateLocationS3', {
      S3BucketArn: 'arn:aws:s3:::raw-zone',
      S3Config: { BucketAccessRoleArn: 'arn:aws:iam::111122223333:role/NoS3' },
    });
    expect(error.name).toBe('InvalidRequestException');
    expect(error.message).toContain('could not perform s3:ListObjectsV2 on bucket raw-zone');
  });

  it('copies only files that pass the Includes and Excludes filters', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    await lake.call('datasync', 'UpdateTask', {
      TaskArn,
      Excludes: [{ FilterType: 'SIMPLE_PATTERN', Value: '/sales_2024*' }],
    });
    const exec = await runOnce(lake, TaskArn);
    const keys = keysUnder(lake, 'raw-zone');
    expect(keys.length).toBe(exec.FilesTransferred);
    expect(keys.every((k) => k.startsWith('sales/sales_2025'))).toBe(true);
    const { TaskExecutionArn } = await lake.call<{ TaskExecutionArn: string }>(
      'datasync',
      'StartTaskExecution',
      {
        TaskArn,
        Includes: [{ FilterType: 'SIMPLE_PATTERN', Value: '/sales_20241230.csv' }],
        Excludes: [],
      },
    );
    await lake.engine.clock.runUntilIdle();
    const only = await lake.call<Exec>('datasync', 'DescribeTaskExecution', { TaskExecutionArn });
    expect(only.FilesTransferred).toBe(1);
    expect(keysUnder(lake, 'raw-zone')).toContain('sales/sales_20241230.csv');
  });

  it('creating an S3 location needs iam:PassRole on its bucket access role', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    const role = await serviceRole(
      lake,
      'DataSyncS3',
      'datasync.amazonaws.com',
      'AmazonS3FullAccess',
    );
    await lake.call('iam', 'CreateUser', { UserName: 'operator' });
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'operator',
      PolicyName: 'datasync-only',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'datasync:*', Resource: '*' }],
      }),
    });
    const error = await lake.as('operator').errorOf('datasync', 'CreateLocationS3', {
      S3BucketArn: 'arn:aws:s3:::raw-zone',
      S3Config: { BucketAccessRoleArn: role },
    });
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toContain('iam:PassRole');
  });
});
