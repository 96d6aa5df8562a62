import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { type Exec, keysUnder, nfsToS3, runOnce } from './testFixtures';
import { dataSyncActivity } from './state';

describe('DataSync task executions on the simulated clock', () => {
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

  // API_StartTaskExecution: "For each task, you can only run one task execution at a time."
  it('refuses a second execution of a running task with the same filters', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    await lake.call('datasync', 'StartTaskExecution', { TaskArn });
    const error = await lake.errorOf('datasync', 'StartTaskExecution', { TaskArn });
    expect(error.name).toBe('InvalidRequestException');
  });

  // run-task.html "Queueing your task": executions of the same task with different filters are queued.
  it('queues a second execution of a running task when its filters differ', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    await lake.call('datasync', 'StartTaskExecution', { TaskArn });
    const { TaskExecutionArn } = await lake.call<{ TaskExecutionArn: string }>(
      'datasync',
      'StartTaskExecution',
      { TaskArn, Includes: [{ FilterType: 'SIMPLE_PATTERN', Value: '*.csv' }] },
    );
    expect(
      (await lake.call<Exec>('datasync', 'DescribeTaskExecution', { TaskExecutionArn })).Status,
    ).toBe('QUEUED');
    await lake.engine.clock.runUntilIdle();
    expect(
      (await lake.call<Exec>('datasync', 'DescribeTaskExecution', { TaskExecutionArn })).Status,
    ).toBe('SUCCESS');
  });

  // API_Options TaskQueueing: DISABLED means no execution waits in a queue.
  it('refuses even different filters while running when TaskQueueing is DISABLED', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake, { TaskQueueing: 'DISABLED' });
    await lake.call('datasync', 'StartTaskExecution', { TaskArn });
    const error = await lake.errorOf('datasync', 'StartTaskExecution', {
      TaskArn,
      Includes: [{ FilterType: 'SIMPLE_PATTERN', Value: '*.csv' }],
    });
    expect(error.name).toBe('InvalidRequestException');
  });

  // API_Options: each option has a default value; DescribeTask shows the task's options.
  it('gives a new task the documented default Options', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    const { Options } = await lake.call<{ Options: Record<string, unknown> }>(
      'datasync',
      'DescribeTask',
      { TaskArn },
    );
    expect(Options).toMatchObject({
      VerifyMode: 'POINT_IN_TIME_CONSISTENT',
      OverwriteMode: 'ALWAYS',
      Atime: 'BEST_EFFORT',
      Mtime: 'PRESERVE',
      PreserveDeletedFiles: 'PRESERVE',
      TransferMode: 'CHANGED',
      TaskQueueing: 'ENABLED',
      PosixPermissions: 'PRESERVE',
      Uid: 'INT_VALUE',
      Gid: 'INT_VALUE',
      BytesPerSecond: -1,
    });
  });

  // API_TaskSchedule: a task schedule runs at a minimum interval of 1 hour.
  it('refuses a schedule that runs more often than once an hour', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    for (const ScheduleExpression of ['rate(30 minutes)', 'cron(0/15 * * * ? *)'])
      expect(
        (
          await lake.errorOf('datasync', 'UpdateTask', {
            TaskArn,
            Schedule: { ScheduleExpression },
          })
        ).name,
      ).toBe('InvalidRequestException');
    await lake.call('datasync', 'UpdateTask', {
      TaskArn,
      Schedule: { ScheduleExpression: 'rate(1 hour)' },
    });
  });

  // API_Options Atime: "If Atime is set to BEST_EFFORT, Mtime must be set to PRESERVE."
  it('refuses Atime BEST_EFFORT with Mtime NONE', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake);
    const error = await lake.errorOf('datasync', 'UpdateTask', {
      TaskArn,
      Options: { Mtime: 'NONE' },
    });
    expect(error.name).toBe('InvalidRequestException');
  });

  it('bills $0.0125 per GB copied', async () => {
    const lake = new TestLake();
    const exec = await runOnce(lake, await nfsToS3(lake));
    const line = Object.values(lake.engine.world.ledger).find((l) => l.service === 'datasync');
    expect(line?.cost).toBeCloseTo((exec.BytesTransferred / 1024 ** 3) * 0.0125, 12);
  });

  it('runs a daily schedule through a 24-hour clock jump', async () => {
    const lake = new TestLake();
    await nfsToS3(lake, {}, 'AmazonS3FullAccess', 'rate(1 day)');
    await lake.advance('24h');
    await lake.advance('25h');
    const [activity] = dataSyncActivity(lake.engine.world);
    expect(activity).toMatchObject({ Name: 'sales-share', lastStatus: 'SUCCESS', executions: 2 });
    expect(activity!.FilesTransferred).toBeGreaterThan(0);
  });
});
