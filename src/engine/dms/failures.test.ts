import { describe, expect, it } from 'vitest';
import {
  dmsPipeline,
  keysIn,
  mappings,
  READ_ONLY_POLICY,
  startTask,
  taskView,
} from './testFixtures';

describe('DMS task failures and state rules', () => {
  it('fails the task with a clear last failure when the service role may not s3:PutObject', async () => {
    const p = await dmsPipeline({ rolePolicy: READ_ONLY_POLICY });
    await startTask(p);
    await p.lake.engine.clock.runUntilIdle();
    const task = await taskView(p);
    expect(task.Status).toBe('failed');
    expect(task.StopReason).toBe('Stop Reason FATAL_ERROR');
    expect(task.LastFailureMessage).toMatch(
      /Failed to upload file raw\/shop\/\w+\/LOAD00000001\.csv to bucket shop-lake as arn:aws:iam::111122223333:role\/DmsS3Writer: AccessDenied/,
    );
    expect(task.LastFailureMessage).toMatch(/s3:PutObject/);
    expect(task.ReplicationTaskStats.TablesErrored).toBeGreaterThan(0);
    expect(await keysIn(p)).toEqual([]);
  });

  it('fails at start when the service access role does not trust dms.amazonaws.com', async () => {
    const p = await dmsPipeline();
    await p.lake.call('iam', 'UpdateAssumeRolePolicy', {
      RoleName: 'DmsS3Writer',
      PolicyDocument: JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'glue.amazonaws.com' },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
    });
    await startTask(p);
    await p.lake.advance('1m');
    const task = await taskView(p);
    expect(task.Status).toBe('failed');
    expect(task.LastFailureMessage).toMatch(
      /trust policy must let the service principal dms.amazonaws.com/,
    );
  });

  it('fails at start when the source names a server other than shop-db.internal', async () => {
    const p = await dmsPipeline({ serverName: 'shop-db.example.com' });
    await startTask(p);
    await p.lake.advance('1m');
    const task = await taskView(p);
    expect(task.Status).toBe('failed');
    expect(task.LastFailureMessage).toMatch(/Cannot resolve server name "shop-db.example.com"/);
  });

  it('fails at start when no table matches the selection rules', async () => {
    const p = await dmsPipeline({
      tableMappings: mappings({
        'rule-type': 'selection',
        'rule-id': '1',
        'rule-name': 'none',
        'object-locator': { 'schema-name': 'sales', 'table-name': '%' },
        'rule-action': 'include',
      }),
    });
    await startTask(p);
    await p.lake.advance('1m');
    expect((await taskView(p)).LastFailureMessage).toMatch(
      /No tables were found at task initialization/,
    );
  });

  it('answers InvalidResourceStateFault to starting a running task or deleting it', async () => {
    const p = await dmsPipeline({ migrationType: 'cdc' });
    await startTask(p);
    const again = await p.lake.errorOf('dms', 'StartReplicationTask', {
      ReplicationTaskArn: p.taskArn,
      StartReplicationTaskType: 'start-replication',
    });
    expect(again.name).toBe('InvalidResourceStateFault');
    const deletion = await p.lake.errorOf('dms', 'DeleteReplicationTask', {
      ReplicationTaskArn: p.taskArn,
    });
    expect(deletion.name).toBe('InvalidResourceStateFault');
  });

  it('requires start-replication for the first start', async () => {
    const p = await dmsPipeline();
    const error = await p.lake.errorOf('dms', 'StartReplicationTask', {
      ReplicationTaskArn: p.taskArn,
      StartReplicationTaskType: 'resume-processing',
    });
    expect(error.name).toBe('InvalidResourceStateFault');
    expect(error.message).toMatch(/start-replication first/);
  });

  it('answers InvalidResourceStateFault to stopping a task that is not running', async () => {
    const p = await dmsPipeline();
    expect(
      (await p.lake.errorOf('dms', 'StopReplicationTask', { ReplicationTaskArn: p.taskArn })).name,
    ).toBe('InvalidResourceStateFault');
  });

  it('reload-target loads every table again and marks them FullLoadReloaded', async () => {
    const p = await dmsPipeline();
    await startTask(p);
    await p.lake.engine.clock.runUntilIdle();
    await startTask(p, 'reload-target');
    await p.lake.engine.clock.runUntilIdle();
    const stats = await p.lake.call<{ TableStatistics: { FullLoadReloaded: boolean }[] }>(
      'dms',
      'DescribeTableStatistics',
      { ReplicationTaskArn: p.taskArn },
    );
    expect(stats.TableStatistics.every((t) => t.FullLoadReloaded)).toBe(true);
    expect((await taskView(p)).Status).toBe('stopped');
  });

  it('rejects a task whose TableMappings are not valid, naming the problem', async () => {
    const p = await dmsPipeline();
    const task = p.lake.engine.world.dms!.tasks[p.taskArn]!;
    const error = await p.lake.errorOf('dms', 'CreateReplicationTask', {
      ReplicationTaskIdentifier: 'broken',
      SourceEndpointArn: task.SourceEndpointArn,
      TargetEndpointArn: task.TargetEndpointArn,
      ReplicationInstanceArn: task.ReplicationInstanceArn,
      MigrationType: 'full-load',
      TableMappings: '{"rules": [{"rule-type": "selection"}]}',
    });
    expect(error.name).toBe('InvalidParameterValueException');
    expect(error.message).toMatch(/Invalid Table Mappings document: rule 1: "rule-id" is required/);
  });

  it('denies DMS calls to a principal without dms permissions (AccessDeniedFault)', async () => {
    const p = await dmsPipeline();
    await p.lake.call('iam', 'CreateUser', { UserName: 'analyst' });
    const error = await p.lake.as('analyst').errorOf('dms', 'StartReplicationTask', {
      ReplicationTaskArn: p.taskArn,
      StartReplicationTaskType: 'start-replication',
    });
    expect(error.name).toBe('AccessDeniedFault');
  });
});
