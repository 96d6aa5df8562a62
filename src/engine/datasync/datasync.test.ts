import { describe, expect, it } from 'vitest';
import { listShareFiles } from '../sources/fileshare';
import { TestLake } from '../testing/TestLake';
import { keysUnder, serviceRole } from './testFixtures';
import { dataSyncActivity } from './state';

interface Exec {
  Status: string;
  FilesTransferred: number;
  BytesTransferred: number;
  EstimatedFilesToTransfer: number;
  FilesVerified: number;
  FilesDeleted: number;
  Result: { ErrorCode?: string; ErrorDetail?: string; VerifyStatus: string };
}

async function nfsToS3(
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

async function runOnce(lake: TestLake, TaskArn: string): Promise<Exec> {
  const { TaskExecutionArn } = await lake.call<{ TaskExecutionArn: string }>(
    'datasync',
    'StartTaskExecution',
    { TaskArn },
  );
  await lake.engine.clock.runUntilIdle();
  return lake.call<Exec>('datasync', 'DescribeTaskExecution', { TaskExecutionArn });
}

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

  it('moves through LAUNCHING, PREPARING, TRANSFERRING and VERIFYING on the simulated clock', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake, { VerifyMode: 'POINT_IN_TIME_CONSISTENT' });
    const { TaskExecutionArn } = await lake.call<{ TaskExecutionArn: string }>(
      'datasync',
      'StartTaskExecution',
      { TaskArn },
    );
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      seen.push(
        (await lake.call<Exec>('datasync', 'DescribeTaskExecution', { TaskExecutionArn })).Status,
      );
      await lake.engine.clock.stepToNextEvent();
    }
    expect([...new Set(seen)]).toEqual([
      'LAUNCHING',
      'PREPARING',
      'TRANSFERRING',
      'VERIFYING',
      'SUCCESS',
    ]);
    const exec = await lake.call<Exec>('datasync', 'DescribeTaskExecution', { TaskExecutionArn });
    expect(exec.FilesVerified).toBe(exec.FilesTransferred);
  });

  it('POINT_IN_TIME_CONSISTENT fails verification when a file arrives during the transfer', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    // The nightly export writes sales_20250107.csv at 01:00, after PREPARING and before VERIFYING ends.
    await lake.engine.clock.advanceTo(Date.parse('2025-01-07T00:59:15Z'));
    const exec = await runOnce(lake, TaskArn);
    expect(exec.Status).toBe('ERROR');
    expect(exec.Result.ErrorCode).toBe('VerificationFailed');
    expect(exec.Result.ErrorDetail).toContain('sales_20250107.csv');
  });

  it('ONLY_FILES_TRANSFERRED verifies only what the execution wrote', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake, { VerifyMode: 'ONLY_FILES_TRANSFERRED' });
    await lake.engine.clock.advanceTo(Date.parse('2025-01-07T00:59:15Z'));
    const exec = await runOnce(lake, TaskArn);
    expect(exec.Status).toBe('SUCCESS');
    expect(exec.FilesVerified).toBe(exec.FilesTransferred);
  });

  it('fails verification when the destination is changed while the task runs', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake, { VerifyMode: 'ONLY_FILES_TRANSFERRED' });
    const { TaskExecutionArn } = await lake.call<{ TaskExecutionArn: string }>(
      'datasync',
      'StartTaskExecution',
      { TaskArn },
    );
    while (
      (await lake.call<Exec>('datasync', 'DescribeTaskExecution', { TaskExecutionArn })).Status !==
      'VERIFYING'
    )
      await lake.engine.clock.stepToNextEvent();
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'sales/sales_20250101.csv',
      Body: 'edited',
    });
    await lake.engine.clock.runUntilIdle();
    const exec = await lake.call<Exec>('datasync', 'DescribeTaskExecution', { TaskExecutionArn });
    expect(exec).toMatchObject({
      Status: 'ERROR',
      Result: { ErrorCode: 'VerificationFailed', VerifyStatus: 'ERROR' },
    });
  });

  it('VerifyMode NONE skips the VERIFYING phase', async () => {
    const lake = new TestLake();
    const exec = await runOnce(lake, await nfsToS3(lake, { VerifyMode: 'NONE' }));
    expect(exec).toMatchObject({
      Status: 'SUCCESS',
      FilesVerified: 0,
      Result: { VerifyStatus: 'PENDING' },
    });
  });

  it('fails the execution with a clear error when the role cannot write to the bucket', async () => {
    const lake = new TestLake();
    const exec = await runOnce(lake, await nfsToS3(lake, {}, 'AmazonS3ReadOnlyAccess'));
    expect(exec.Status).toBe('ERROR');
    expect(exec.Result.ErrorCode).toBe('AccessDenied');
    expect(exec.Result.ErrorDetail).toContain('role/DataSyncS3');
    expect(keysUnder(lake, 'raw-zone')).toEqual([]);
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

  it('UpdateTask adds a schedule that starts executions on the clock', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    await lake.call('datasync', 'UpdateTask', {
      TaskArn,
      Schedule: { ScheduleExpression: 'cron(0 2 * * ? *)' },
    });
    await lake.advance('1d');
    await lake.advance('10m');
    const { TaskExecutions } = await lake.call<{ TaskExecutions: { Status: string }[] }>(
      'datasync',
      'ListTaskExecutions',
      { TaskArn },
    );
    expect(TaskExecutions.map((e) => e.Status)).toEqual(['SUCCESS']);
  });

  it('queues a second execution of a running task', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    await lake.call('datasync', 'StartTaskExecution', { TaskArn });
    const { TaskExecutionArn } = await lake.call<{ TaskExecutionArn: string }>(
      'datasync',
      'StartTaskExecution',
      { TaskArn },
    );
    expect(
      (await lake.call<Exec>('datasync', 'DescribeTaskExecution', { TaskExecutionArn })).Status,
    ).toBe('QUEUED');
    await lake.engine.clock.runUntilIdle();
    expect(
      (await lake.call<Exec>('datasync', 'DescribeTaskExecution', { TaskExecutionArn })).Status,
    ).toBe('SUCCESS');
  });

  it('bills $0.0125 per GB copied', async () => {
    const lake = new TestLake();
    const exec = await runOnce(lake, await nfsToS3(lake));
    const line = Object.values(lake.engine.world.ledger).find((l) => l.service === 'datasync');
    expect(line?.cost).toBeCloseTo((exec.BytesTransferred / 1024 ** 3) * 0.0125, 12);
  });

  it('runs a daily schedule through a 24-hour clock jump in well under a second', async () => {
    const lake = new TestLake();
    await nfsToS3(lake, {}, 'AmazonS3FullAccess', 'rate(1 day)');
    const started = performance.now();
    await lake.advance('24h');
    expect(performance.now() - started).toBeLessThan(1000);
    await lake.advance('25h');
    const [activity] = dataSyncActivity(lake.engine.world);
    expect(activity).toMatchObject({ Name: 'sales-share', lastStatus: 'SUCCESS', executions: 2 });
    expect(activity!.FilesTransferred).toBeGreaterThan(0);
  });
});
