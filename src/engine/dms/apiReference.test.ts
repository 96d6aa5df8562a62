import {
  CreateEndpointCommand,
  CreateReplicationInstanceCommand,
  DatabaseMigrationServiceClient,
  DescribeEndpointsCommand,
  DescribeReplicationInstancesCommand,
  DescribeTableStatisticsCommand,
  StartReplicationTaskCommand,
} from '@aws-sdk/client-database-migration-service';
import { describe, expect, it } from 'vitest';
import { DMS_ROLE_ARN, dmsPipeline, dmsSdkClient, failure, mappings } from './testFixtures';

async function createTargets(dms: DatabaseMigrationServiceClient, count: number) {
  for (let n = 1; n <= count; n++)
    await dms.send(
      new CreateEndpointCommand({
        EndpointIdentifier: `target-${n}`,
        EndpointType: 'target',
        EngineName: 's3',
        S3Settings: { BucketName: 'b', ServiceAccessRoleArn: DMS_ROLE_ARN },
      }),
    );
}

describe('DMS as the API reference documents it (real SDK client)', () => {
  // API_DescribeEndpoints: MaxRecords "Default: 100. Constraints: Minimum 20, maximum 100"; a Marker
  // is returned when more records exist.
  it('pages Describe answers with MaxRecords and Marker', async () => {
    const { dms } = dmsSdkClient();
    await createTargets(dms, 25);
    const first = await dms.send(new DescribeEndpointsCommand({ MaxRecords: 20 }));
    expect(first.Endpoints).toHaveLength(20);
    expect(first.Marker).toEqual(expect.any(String));
    const second = await dms.send(
      new DescribeEndpointsCommand({ MaxRecords: 20, Marker: first.Marker }),
    );
    expect(second.Endpoints?.map((e) => e.EndpointIdentifier)).toEqual([
      'target-21',
      'target-22',
      'target-23',
      'target-24',
      'target-25',
    ]);
    expect(second.Marker).toBeUndefined();
    const all = await dms.send(new DescribeEndpointsCommand({}));
    expect(all.Endpoints).toHaveLength(25);
    expect(all.Marker).toBeUndefined();
  });

  it('refuses MaxRecords outside 20–100 with InvalidParameterValueException', async () => {
    const { dms } = dmsSdkClient();
    for (const MaxRecords of [5, 101])
      expect(
        await failure(dms.send(new DescribeReplicationInstancesCommand({ MaxRecords }))),
      ).toMatchObject({ name: 'InvalidParameterValueException' });
  });

  // API_DescribeTableStatistics: MaxRecords "Constraints: Minimum 20, maximum 500".
  it('lets DescribeTableStatistics ask for up to 500 records', async () => {
    const p = await dmsPipeline();
    const stats = await p.lake.call<{ TableStatistics: unknown[] }>(
      'dms',
      'DescribeTableStatistics',
      { ReplicationTaskArn: p.taskArn, MaxRecords: 500 },
    );
    expect(stats.TableStatistics).toEqual([]);
    const tooMany = await p.lake.errorOf('dms', 'DescribeTableStatistics', {
      ReplicationTaskArn: p.taskArn,
      MaxRecords: 501,
    });
    expect(tooMany.name).toBe('InvalidParameterValueException');
  });

  // API_CreateReplicationInstance: PubliclyAccessible "The default value is true";
  // AutoMinorVersionUpgrade "Default: true"; AvailabilityZone system-chosen in the Region.
  it('creates an instance with the documented defaults and keeps the given settings', async () => {
    const { dms } = dmsSdkClient();
    const { ReplicationInstance: byDefault } = await dms.send(
      new CreateReplicationInstanceCommand({
        ReplicationInstanceIdentifier: 'defaults',
        ReplicationInstanceClass: 'dms.t3.micro',
      }),
    );
    expect(byDefault).toMatchObject({
      PubliclyAccessible: true,
      AutoMinorVersionUpgrade: true,
      MultiAZ: false,
      AllocatedStorage: 50,
      AvailabilityZone: expect.stringMatching(/^us-east-1[a-f]$/),
    });
    const { ReplicationInstance: chosen } = await dms.send(
      new CreateReplicationInstanceCommand({
        ReplicationInstanceIdentifier: 'private',
        // The API reference's own example class.
        ReplicationInstanceClass: 'dms.c4.large',
        PubliclyAccessible: false,
        AutoMinorVersionUpgrade: false,
        AvailabilityZone: 'us-east-1d',
        AllocatedStorage: 100,
      }),
    );
    expect(chosen).toMatchObject({
      ReplicationInstanceClass: 'dms.c4.large',
      PubliclyAccessible: false,
      AutoMinorVersionUpgrade: false,
      AvailabilityZone: 'us-east-1d',
      AllocatedStorage: 100,
    });
    const described = await dms.send(
      new DescribeReplicationInstancesCommand({
        Filters: [{ Name: 'replication-instance-id', Values: ['private'] }],
      }),
    );
    expect(described.ReplicationInstances?.[0]?.PubliclyAccessible).toBe(false);
  });

  // API_CreateReplicationInstance: "You can't set the AvailabilityZone parameter if the Multi-AZ
  // parameter is set to true."
  it('refuses AvailabilityZone with MultiAZ (InvalidParameterCombinationException)', async () => {
    const { dms } = dmsSdkClient();
    const error = await failure(
      dms.send(
        new CreateReplicationInstanceCommand({
          ReplicationInstanceIdentifier: 'multi',
          ReplicationInstanceClass: 'dms.t3.micro',
          MultiAZ: true,
          AvailabilityZone: 'us-east-1a',
        }),
      ),
    );
    // Not a modelled DMS fault: the SDK raises its service exception with the code as name.
    expect(error).toMatchObject({ name: 'InvalidParameterCombinationException' });
  });

  // API_CreateEndpoint: ServiceAccessRoleArn, "the service access role that you want to use to
  // create the endpoint", may be given at the top level instead of in S3Settings.
  it('takes an S3 target role from the top-level ServiceAccessRoleArn', async () => {
    const { dms } = dmsSdkClient();
    const { Endpoint } = await dms.send(
      new CreateEndpointCommand({
        EndpointIdentifier: 'lake',
        EndpointType: 'target',
        EngineName: 's3',
        ServiceAccessRoleArn: DMS_ROLE_ARN,
        S3Settings: { BucketName: 'shop-lake' },
      }),
    );
    expect(Endpoint?.ServiceAccessRoleArn).toBe(DMS_ROLE_ARN);
    expect(Endpoint?.S3Settings?.ServiceAccessRoleArn).toBe(DMS_ROLE_ARN);
  });

  // API_CreateReplicationTask: ReplicationTaskSettings are "Overall settings for the task, in JSON
  // format"; CdcStartTime and CdcStartPosition: "Specifying both values results in an error."
  it('refuses task settings that are not JSON, and both CDC start fields at once', async () => {
    const p = await dmsPipeline();
    const base = {
      SourceEndpointArn: p.sourceArn,
      TargetEndpointArn: p.targetArn,
      ReplicationInstanceArn: p.instanceArn,
      MigrationType: 'cdc',
      TableMappings: mappings(),
    };
    const badSettings = await p.lake.errorOf('dms', 'CreateReplicationTask', {
      ...base,
      ReplicationTaskIdentifier: 'bad-settings',
      ReplicationTaskSettings: '{not json',
    });
    expect(badSettings.name).toBe('InvalidParameterValueException');
    const both = await p.lake.errorOf('dms', 'CreateReplicationTask', {
      ...base,
      ReplicationTaskIdentifier: 'both-starts',
      CdcStartTime: new Date(0),
      CdcStartPosition: 'mysql-bin-changelog.000024:373',
    });
    expect(both.name).toBe('InvalidParameterCombinationException');
    const start = await p.lake.errorOf('dms', 'StartReplicationTask', {
      ReplicationTaskArn: p.taskArn,
      StartReplicationTaskType: 'start-replication',
      CdcStartTime: new Date(0),
      CdcStartPosition: 'mysql-bin-changelog.000024:373',
    });
    expect(start.name).toBe('InvalidParameterCombinationException');
  });

  it('answers DescribeTableStatistics through the SDK once a task has run', async () => {
    const p = await dmsPipeline();
    const dms = new DatabaseMigrationServiceClient(p.lake.engine.sdkConfig());
    await dms.send(
      new StartReplicationTaskCommand({
        ReplicationTaskArn: p.taskArn,
        StartReplicationTaskType: 'start-replication',
      }),
    );
    await p.lake.engine.clock.runUntilIdle();
    const { TableStatistics, Marker } = await dms.send(
      new DescribeTableStatisticsCommand({ ReplicationTaskArn: p.taskArn, MaxRecords: 20 }),
    );
    expect(TableStatistics).toHaveLength(4);
    expect(Marker).toBeUndefined();
    expect(TableStatistics?.[0]?.FullLoadEndTime).toBeInstanceOf(Date);
  });

  // DescribeReplicationTasks answers the task's whole settings, defaults included (user guide,
  // "Specifying task settings"; full-load settings: MaxFullLoadSubTasks "The default is 8; the
  // maximum value is 49"); WithoutSettings leaves settings and mappings out.
  it('reports the task settings with their defaults, merged with the given ones', async () => {
    const p = await dmsPipeline();
    type Listed = {
      ReplicationTasks: { ReplicationTaskSettings?: string; TableMappings?: string }[];
    };
    const filters = { Filters: [{ Name: 'replication-task-arn', Values: [p.taskArn] }] };
    const plain = await p.lake.call<Listed>('dms', 'DescribeReplicationTasks', filters);
    const defaults = JSON.parse(plain.ReplicationTasks[0]!.ReplicationTaskSettings!);
    expect(defaults.FullLoadSettings).toMatchObject({
      MaxFullLoadSubTasks: 8,
      TargetTablePrepMode: 'DROP_AND_CREATE',
      CommitRate: 10000,
    });
    expect(defaults.TargetMetadata).toMatchObject({
      SupportLobs: true,
      LimitedSizeLobMode: true,
      LobMaxSize: 32,
    });
    const bare = await p.lake.call<Listed>('dms', 'DescribeReplicationTasks', {
      ...filters,
      WithoutSettings: true,
    });
    expect(bare.ReplicationTasks[0]!.ReplicationTaskSettings).toBeUndefined();
    expect(bare.ReplicationTasks[0]!.TableMappings).toBeUndefined();
    const base = {
      SourceEndpointArn: p.sourceArn,
      TargetEndpointArn: p.targetArn,
      ReplicationInstanceArn: p.instanceArn,
      MigrationType: 'full-load',
      TableMappings: mappings(),
    };
    const created = await p.lake.call<{ ReplicationTask: { ReplicationTaskSettings: string } }>(
      'dms',
      'CreateReplicationTask',
      {
        ...base,
        ReplicationTaskIdentifier: 'tuned',
        ReplicationTaskSettings: JSON.stringify({
          FullLoadSettings: { MaxFullLoadSubTasks: 4 },
          Logging: { EnableLogging: true },
        }),
      },
    );
    const tuned = JSON.parse(created.ReplicationTask.ReplicationTaskSettings);
    expect(tuned.FullLoadSettings).toMatchObject({ MaxFullLoadSubTasks: 4, CommitRate: 10000 });
    expect(tuned.Logging.EnableLogging).toBe(true);
    const tooMany = await p.lake.errorOf('dms', 'CreateReplicationTask', {
      ...base,
      ReplicationTaskIdentifier: 'too-many',
      ReplicationTaskSettings: JSON.stringify({ FullLoadSettings: { MaxFullLoadSubTasks: 50 } }),
    });
    expect(tooMany.name).toBe('InvalidParameterValueException');
  });
});
