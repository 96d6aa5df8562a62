import {
  CreateEndpointCommand,
  CreateReplicationInstanceCommand,
  CreateReplicationTaskCommand,
  DatabaseMigrationServiceClient,
  DescribeReplicationTasksCommand,
  DescribeTableStatisticsCommand,
  ResourceNotFoundFault,
  StartReplicationTaskCommand,
} from '@aws-sdk/client-database-migration-service';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../index';
import { DMS_ROLE_ARN, DMS_TRUST, mappings, WRITE_POLICY } from './testFixtures';

describe('the SDK bridge: DMS through the real client', () => {
  it('migrates the shop database to S3 with the real DatabaseMigrationServiceClient', async () => {
    const engine = createEngine();
    const config = engine.sdkConfig();
    const dms = new DatabaseMigrationServiceClient(config);
    const iam = new IAMClient(config);
    await new S3Client(config).send(new CreateBucketCommand({ Bucket: 'shop-lake' }));
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'DmsS3Writer',
        AssumeRolePolicyDocument: DMS_TRUST,
      }),
    );
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: 'DmsS3Writer',
        PolicyName: 'w',
        PolicyDocument: WRITE_POLICY,
      }),
    );
    const { ReplicationInstance } = await dms.send(
      new CreateReplicationInstanceCommand({
        ReplicationInstanceIdentifier: 'lab',
        ReplicationInstanceClass: 'dms.t3.micro',
      }),
    );
    expect(ReplicationInstance?.InstanceCreateTime).toEqual(engine.clock.now());
    await engine.clock.advance(5 * 60_000);
    const source = await dms.send(
      new CreateEndpointCommand({
        EndpointIdentifier: 'shop',
        EndpointType: 'source',
        EngineName: 'mysql',
        ServerName: 'shop-db.internal',
        Port: 3306,
        Username: 'dms_user',
        Password: 'secret',
      }),
    );
    const target = await dms.send(
      new CreateEndpointCommand({
        EndpointIdentifier: 'lake',
        EndpointType: 'target',
        EngineName: 's3',
        S3Settings: { BucketName: 'shop-lake', ServiceAccessRoleArn: DMS_ROLE_ARN },
      }),
    );
    const { ReplicationTask } = await dms.send(
      new CreateReplicationTaskCommand({
        ReplicationTaskIdentifier: 'shop-full-load',
        SourceEndpointArn: source.Endpoint!.EndpointArn!,
        TargetEndpointArn: target.Endpoint!.EndpointArn!,
        ReplicationInstanceArn: ReplicationInstance!.ReplicationInstanceArn!,
        MigrationType: 'full-load',
        TableMappings: mappings(),
      }),
    );
    await engine.clock.advance(10_000);
    const TaskArn = ReplicationTask!.ReplicationTaskArn!;
    await dms.send(
      new StartReplicationTaskCommand({
        ReplicationTaskArn: TaskArn,
        StartReplicationTaskType: 'start-replication',
      }),
    );
    await engine.clock.runUntilIdle();
    const { ReplicationTasks } = await dms.send(
      new DescribeReplicationTasksCommand({
        Filters: [{ Name: 'replication-task-arn', Values: [TaskArn] }],
      }),
    );
    expect(ReplicationTasks?.[0]).toMatchObject({
      Status: 'stopped',
      StopReason: 'Stop Reason FULL_LOAD_ONLY_FINISHED',
      ReplicationTaskStats: { FullLoadProgressPercent: 100, TablesLoaded: 4 },
    });
    expect(ReplicationTasks?.[0]?.ReplicationTaskStats?.FullLoadFinishDate).toBeInstanceOf(Date);
    const stats = await dms.send(
      new DescribeTableStatisticsCommand({ ReplicationTaskArn: TaskArn }),
    );
    expect(stats.TableStatistics?.find((t) => t.TableName === 'customers')?.FullLoadRows).toBe(500);
    const listed = await new S3Client(config).send(
      new ListObjectsV2Command({ Bucket: 'shop-lake' }),
    );
    expect(listed.Contents?.map((o) => o.Key)).toContain('shop/customers/LOAD00000001.csv');
  });

  it('surfaces ResourceNotFoundFault as the SDK exception class', async () => {
    const dms = new DatabaseMigrationServiceClient(createEngine().sdkConfig());
    const error = await dms
      .send(
        new StartReplicationTaskCommand({
          ReplicationTaskArn: 'arn:aws:dms:us-east-1:111122223333:task:NOPE',
          StartReplicationTaskType: 'start-replication',
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundFault);
  });
});
