import {
  DatabaseMigrationServiceClient,
  ModifyReplicationTaskCommand,
  InvalidResourceStateFault,
  ResourceAlreadyExistsFault,
} from '@aws-sdk/client-database-migration-service';
import { describe, expect, it } from 'vitest';
import { dmsPipeline, mappings, startTask, taskView } from './testFixtures';

// API_ModifyReplicationTask: "You can't modify the task endpoints. The task must be stopped
// before you can modify it."
describe('ModifyReplicationTask', () => {
  it('modifies a ready task: modifying for a moment, then ready with the new settings', async () => {
    const p = await dmsPipeline();
    const dms = new DatabaseMigrationServiceClient(p.lake.engine.sdkConfig());
    const narrow = mappings({
      'rule-type': 'selection',
      'rule-id': '1',
      'rule-name': 'orders',
      'object-locator': { 'schema-name': 'shop', 'table-name': 'orders' },
      'rule-action': 'include',
    });
    const { ReplicationTask } = await dms.send(
      new ModifyReplicationTaskCommand({
        ReplicationTaskArn: p.taskArn,
        ReplicationTaskIdentifier: 'Orders-Only',
        TableMappings: narrow,
        ReplicationTaskSettings: JSON.stringify({ FullLoadSettings: { CommitRate: 5000 } }),
      }),
    );
    expect(ReplicationTask).toMatchObject({
      Status: 'modifying',
      ReplicationTaskIdentifier: 'orders-only',
      TableMappings: narrow,
    });
    expect(JSON.parse(ReplicationTask!.ReplicationTaskSettings!).FullLoadSettings).toMatchObject({
      CommitRate: 5000,
      MaxFullLoadSubTasks: 8,
    });
    await p.lake.advance('10s');
    expect((await taskView(p)).Status).toBe('ready');
    await startTask(p);
    await p.lake.engine.clock.runUntilIdle();
    const stats = await p.lake.call<{ TableStatistics: { TableName: string }[] }>(
      'dms',
      'DescribeTableStatistics',
      { ReplicationTaskArn: p.taskArn },
    );
    expect(stats.TableStatistics.map((t) => t.TableName)).toEqual(['orders']);
  });

  it('refuses to modify a running task (InvalidResourceStateFault) or to take a used name', async () => {
    const p = await dmsPipeline();
    const dms = new DatabaseMigrationServiceClient(p.lake.engine.sdkConfig());
    await p.lake.call('dms', 'CreateReplicationTask', {
      ReplicationTaskIdentifier: 'other',
      SourceEndpointArn: p.sourceArn,
      TargetEndpointArn: p.targetArn,
      ReplicationInstanceArn: p.instanceArn,
      MigrationType: 'full-load',
      TableMappings: mappings(),
    });
    const taken = await dms
      .send(
        new ModifyReplicationTaskCommand({
          ReplicationTaskArn: p.taskArn,
          ReplicationTaskIdentifier: 'other',
        }),
      )
      .catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(ResourceAlreadyExistsFault);
    await startTask(p);
    const running = await dms
      .send(
        new ModifyReplicationTaskCommand({ ReplicationTaskArn: p.taskArn, MigrationType: 'cdc' }),
      )
      .catch((e: unknown) => e);
    expect(running).toBeInstanceOf(InvalidResourceStateFault);
  });
});
