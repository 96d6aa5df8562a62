import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { DMS_ROLE_ARN, dmsPipeline } from './testFixtures';
import { dmsActivity } from './activity';

type Instance = { ReplicationInstanceArn: string; ReplicationInstanceStatus: string };

describe('DMS endpoints, instances and connections', () => {
  it('creates a replication instance that is creating, then available after simulated minutes', async () => {
    const lake = new TestLake();
    const { ReplicationInstance } = await lake.call<{ ReplicationInstance: Instance }>(
      'dms',
      'CreateReplicationInstance',
      { ReplicationInstanceIdentifier: 'Lab-Instance', ReplicationInstanceClass: 'dms.t3.medium' },
    );
    expect(ReplicationInstance.ReplicationInstanceStatus).toBe('creating');
    expect(ReplicationInstance.ReplicationInstanceArn).toMatch(
      /^arn:aws:dms:us-east-1:111122223333:rep:[A-Z0-9]{26}$/,
    );
    await lake.advance('5m');
    const described = await lake.call<{
      ReplicationInstances: (Instance & {
        ReplicationInstanceIdentifier: string;
        AllocatedStorage: number;
      })[];
    }>('dms', 'DescribeReplicationInstances');
    expect(described.ReplicationInstances[0]).toMatchObject({
      ReplicationInstanceStatus: 'available',
      // DMS stores identifiers in lower case.
      ReplicationInstanceIdentifier: 'lab-instance',
      AllocatedStorage: 50,
    });
  });

  it('bills instance hours at the class price from the time it is available', async () => {
    const lake = new TestLake();
    await lake.call('dms', 'CreateReplicationInstance', {
      ReplicationInstanceIdentifier: 'lab',
      ReplicationInstanceClass: 'dms.t3.medium',
    });
    await lake.advance('5m');
    await lake.advance('10h');
    const line = Object.values(lake.engine.world.ledger).find((l) => l.service === 'dms')!;
    expect(line.usageType).toBe('InstanceUsg:dms.t3.medium');
    expect(line.quantity).toBeCloseTo(10, 6);
    expect(line.cost).toBeCloseTo(0.73, 6);
  });

  it('rejects an unknown instance class and an identifier with two hyphens', async () => {
    const lake = new TestLake();
    const badClass = await lake.errorOf('dms', 'CreateReplicationInstance', {
      ReplicationInstanceIdentifier: 'lab',
      ReplicationInstanceClass: 'dms.x9.huge',
    });
    expect(badClass.name).toBe('InvalidParameterValueException');
    const badId = await lake.errorOf('dms', 'CreateReplicationInstance', {
      ReplicationInstanceIdentifier: 'lab--one',
      ReplicationInstanceClass: 'dms.t3.micro',
    });
    expect(badId.message).toMatch(/two consecutive hyphens/);
  });

  it('describes endpoints with upper-case types and S3 settings with defaults, and refuses duplicates', async () => {
    const p = await dmsPipeline();
    const { Endpoints } = await p.lake.call<{ Endpoints: Record<string, unknown>[] }>(
      'dms',
      'DescribeEndpoints',
      {
        Filters: [{ Name: 'endpoint-type', Values: ['target'] }],
      },
    );
    expect(Endpoints).toHaveLength(1);
    expect(Endpoints[0]).toMatchObject({
      EndpointType: 'TARGET',
      EngineName: 's3',
      S3Settings: {
        BucketName: 'shop-lake',
        BucketFolder: 'raw',
        DataFormat: 'csv',
        CdcMaxBatchInterval: 60,
      },
    });
    const duplicate = await p.lake.errorOf('dms', 'CreateEndpoint', {
      EndpointIdentifier: 'lake-target',
      EndpointType: 'target',
      EngineName: 's3',
      S3Settings: { BucketName: 'shop-lake', ServiceAccessRoleArn: DMS_ROLE_ARN },
    });
    expect(duplicate.name).toBe('ResourceAlreadyExistsFault');
  });

  it('tests connections: successful for shop-db.internal and an existing bucket, failed with a reason otherwise', async () => {
    const p = await dmsPipeline();
    const test = (EndpointArn: string) =>
      p.lake.call<{ Connection: { Status: string; LastFailureMessage?: string } }>(
        'dms',
        'TestConnection',
        {
          ReplicationInstanceArn: p.instanceArn,
          EndpointArn,
        },
      );
    expect((await test(p.sourceArn)).Connection.Status).toBe('successful');
    expect((await test(p.targetArn)).Connection.Status).toBe('successful');
    const { Endpoint } = await p.lake.call<{ Endpoint: { EndpointArn: string } }>(
      'dms',
      'CreateEndpoint',
      {
        EndpointIdentifier: 'postgres-source',
        EndpointType: 'source',
        EngineName: 'postgres',
        ServerName: 'shop-db.internal',
        Port: 5432,
        Username: 'u',
        Password: 'p',
      },
    );
    const failed = (await test(Endpoint.EndpointArn)).Connection;
    expect(failed.Status).toBe('failed');
    expect(failed.LastFailureMessage).toMatch(/MySQL-compatible server/);
    const { Connections } = await p.lake.call<{ Connections: unknown[] }>(
      'dms',
      'DescribeConnections',
    );
    expect(Connections).toHaveLength(3);
  });

  it('refuses to delete an endpoint or instance a task uses, then deletes them once the task is gone', async () => {
    const p = await dmsPipeline();
    expect((await p.lake.errorOf('dms', 'DeleteEndpoint', { EndpointArn: p.sourceArn })).name).toBe(
      'InvalidResourceStateFault',
    );
    expect(
      (
        await p.lake.errorOf('dms', 'DeleteReplicationInstance', {
          ReplicationInstanceArn: p.instanceArn,
        })
      ).name,
    ).toBe('InvalidResourceStateFault');
    await p.lake.call('dms', 'DeleteReplicationTask', { ReplicationTaskArn: p.taskArn });
    await p.lake.call('dms', 'DeleteEndpoint', { EndpointArn: p.sourceArn });
    await p.lake.call('dms', 'DeleteReplicationInstance', {
      ReplicationInstanceArn: p.instanceArn,
    });
    expect((await p.lake.errorOf('dms', 'DeleteEndpoint', { EndpointArn: p.sourceArn })).name).toBe(
      'ResourceNotFoundFault',
    );
  });

  it('answers ResourceNotFoundFault when a Describe filter matches nothing', async () => {
    const lake = new TestLake();
    const error = await lake.errorOf('dms', 'DescribeReplicationTasks', {
      Filters: [{ Name: 'replication-task-id', Values: ['nope'] }],
    });
    expect(error.name).toBe('ResourceNotFoundFault');
  });

  it('summarises tasks for the lake canvas: status, target bucket, rows and objects written', async () => {
    const p = await dmsPipeline();
    await p.lake.call('dms', 'StartReplicationTask', {
      ReplicationTaskArn: p.taskArn,
      StartReplicationTaskType: 'start-replication',
    });
    await p.lake.engine.clock.runUntilIdle();
    const [task] = dmsActivity(p.lake.engine.world).tasks;
    expect(task).toMatchObject({
      identifier: 'shop-to-lake',
      status: 'stopped',
      sourceServerName: 'shop-db.internal',
      targetBucket: 'shop-lake',
      targetPrefix: 'raw/',
      tablesLoaded: 4,
      tablesTotal: 4,
      objectsWritten: 4,
    });
    expect(task!.fullLoadRows).toBeGreaterThan(1460);
  });
});
