// Ingestion benchmark, bundled with rolldown and run in Node (see bench/ingestion.mjs): 30 simulated
// days of a 50 events/s clickstream through Firehose (5-minute buffer) plus a DMS CDC task.
import { createEngine } from '../src/engine';
import type { Engine } from '../src/engine/engine';

const TRUST = (service: string) =>
  JSON.stringify({
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  });
const WRITE = JSON.stringify({
  Statement: [
    {
      Effect: 'Allow',
      Action: ['s3:PutObject', 's3:ListBucket', 's3:DeleteObject'],
      Resource: '*',
    },
  ],
});

/** The engine with the clickstream and the CDC task running, before the timed jump. */
export async function setUpIngestion(): Promise<Engine> {
  const engine = createEngine();
  const call = (service: string, op: string, input: unknown) => engine.call(service, op, input);
  await call('s3', 'CreateBucket', { Bucket: 'raw' });
  for (const [role, service] of [
    ['FirehoseRole', 'firehose.amazonaws.com'],
    ['DmsRole', 'dms.amazonaws.com'],
  ] as const) {
    await call('iam', 'CreateRole', { RoleName: role, AssumeRolePolicyDocument: TRUST(service) });
    await call('iam', 'PutRolePolicy', {
      RoleName: role,
      PolicyName: 'write',
      PolicyDocument: WRITE,
    });
  }
  await call('firehose', 'CreateDeliveryStream', {
    DeliveryStreamName: 'clicks',
    ExtendedS3DestinationConfiguration: {
      RoleARN: 'arn:aws:iam::111122223333:role/FirehoseRole',
      BucketARN: 'arn:aws:s3:::raw',
      Prefix: 'clickstream/',
      BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 300 },
    },
  });
  const instance = await engine.call<{ ReplicationInstance: { ReplicationInstanceArn: string } }>(
    'dms',
    'CreateReplicationInstance',
    {
      ReplicationInstanceIdentifier: 'bench',
      ReplicationInstanceClass: 'dms.t3.medium',
    },
  );
  await engine.clock.advance(5 * 60_000);
  const source = await engine.call<{ Endpoint: { EndpointArn: string } }>('dms', 'CreateEndpoint', {
    EndpointIdentifier: 'src',
    EndpointType: 'source',
    EngineName: 'mysql',
    ServerName: 'shop-db.internal',
    Port: 3306,
    Username: 'u',
    Password: 'p',
  });
  const target = await engine.call<{ Endpoint: { EndpointArn: string } }>('dms', 'CreateEndpoint', {
    EndpointIdentifier: 'dst',
    EndpointType: 'target',
    EngineName: 's3',
    S3Settings: {
      BucketName: 'raw',
      BucketFolder: 'dms',
      ServiceAccessRoleArn: 'arn:aws:iam::111122223333:role/DmsRole',
    },
  });
  const task = await engine.call<{ ReplicationTask: { ReplicationTaskArn: string } }>(
    'dms',
    'CreateReplicationTask',
    {
      ReplicationTaskIdentifier: 'cdc',
      SourceEndpointArn: source.Endpoint.EndpointArn,
      TargetEndpointArn: target.Endpoint.EndpointArn,
      ReplicationInstanceArn: instance.ReplicationInstance.ReplicationInstanceArn,
      MigrationType: 'full-load-and-cdc',
      TableMappings: JSON.stringify({
        rules: [
          {
            'rule-type': 'selection',
            'rule-id': '1',
            'rule-name': 'all',
            'object-locator': { 'schema-name': 'shop', 'table-name': '%' },
            'rule-action': 'include',
          },
        ],
      }),
    },
  );
  await engine.clock.advance(60_000);
  await call('dms', 'StartReplicationTask', {
    ReplicationTaskArn: task.ReplicationTask.ReplicationTaskArn,
    StartReplicationTaskType: 'start-replication',
  });
  await call('sources', 'ConfigureClickstream', {
    enabled: true,
    target: { kind: 'firehose', deliveryStreamName: 'clicks' },
    eventsPerSecond: 50,
  });
  return engine;
}

/** `threadCpuMs` reads the main thread's CPU time (GC helper threads excluded). */
export async function benchIngestion(
  days: number,
  threadCpuMs: () => number = () => 0,
): Promise<{ ms: number; cpuMs: number; firehoseObjects: number; dmsObjects: number }> {
  const engine = await setUpIngestion();
  const start = performance.now();
  const cpu = threadCpuMs();
  await engine.clock.advance(days * 24 * 3_600_000);
  const cpuMs = threadCpuMs() - cpu;
  const ms = performance.now() - start;
  const keys = Object.keys(engine.world.s3.buckets.raw?.objects ?? {});
  return {
    ms,
    cpuMs,
    firehoseObjects: keys.filter((k) => k.startsWith('clickstream/')).length,
    dmsObjects: keys.filter((k) => k.startsWith('dms/')).length,
  };
}
