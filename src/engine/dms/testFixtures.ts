import {
  DatabaseMigrationServiceClient,
  type S3Settings,
} from '@aws-sdk/client-database-migration-service';
import { createEngine } from '../index';
import { TestLake } from '../testing/TestLake';

export const DMS_ROLE_ARN = 'arn:aws:iam::111122223333:role/DmsS3Writer';
export const DMS_TRUST = JSON.stringify({
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'dms.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
export const WRITE_POLICY = JSON.stringify({
  Statement: [
    {
      Effect: 'Allow',
      Action: ['s3:PutObject', 's3:DeleteObject', 's3:ListBucket'],
      Resource: '*',
    },
  ],
});
export const READ_ONLY_POLICY = JSON.stringify({
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }],
});

/** Selection rules: include shop.% unless told otherwise. */
export function mappings(...rules: object[]): string {
  const all = rules.length
    ? rules
    : [
        {
          'rule-type': 'selection',
          'rule-id': '1',
          'rule-name': 'all',
          'object-locator': { 'schema-name': 'shop', 'table-name': '%' },
          'rule-action': 'include',
        },
      ];
  return JSON.stringify({ rules: all });
}

export interface Pipeline {
  lake: TestLake;
  instanceArn: string;
  sourceArn: string;
  targetArn: string;
  taskArn: string;
}

/** A bucket, a writer role, an available instance, the shop source, an S3 target and a ready task. */
export async function dmsPipeline(
  options: {
    seed?: number;
    s3?: Partial<S3Settings>;
    migrationType?: string;
    tableMappings?: string;
    rolePolicy?: string;
    serverName?: string;
  } = {},
): Promise<Pipeline> {
  const lake = new TestLake({ seed: options.seed ?? 1 });
  await lake.call('s3', 'CreateBucket', { Bucket: 'shop-lake' });
  await lake.call('iam', 'CreateRole', {
    RoleName: 'DmsS3Writer',
    AssumeRolePolicyDocument: DMS_TRUST,
  });
  await lake.call('iam', 'PutRolePolicy', {
    RoleName: 'DmsS3Writer',
    PolicyName: 'write',
    PolicyDocument: options.rolePolicy ?? WRITE_POLICY,
  });
  const instance = await lake.call<{ ReplicationInstance: { ReplicationInstanceArn: string } }>(
    'dms',
    'CreateReplicationInstance',
    { ReplicationInstanceIdentifier: 'lab-instance', ReplicationInstanceClass: 'dms.t3.medium' },
  );
  await lake.advance('5m');
  const source = await lake.call<{ Endpoint: { EndpointArn: string } }>('dms', 'CreateEndpoint', {
    EndpointIdentifier: 'shop-source',
    EndpointType: 'source',
    EngineName: 'mysql',
    ServerName: options.serverName ?? 'shop-db.internal',
    Port: 3306,
    Username: 'dms_user',
    Password: 'secret',
  });
  const target = await lake.call<{ Endpoint: { EndpointArn: string } }>('dms', 'CreateEndpoint', {
    EndpointIdentifier: 'lake-target',
    EndpointType: 'target',
    EngineName: 's3',
    S3Settings: {
      BucketName: 'shop-lake',
      BucketFolder: 'raw',
      ServiceAccessRoleArn: DMS_ROLE_ARN,
      ...options.s3,
    },
  });
  const task = await lake.call<{ ReplicationTask: { ReplicationTaskArn: string } }>(
    'dms',
    'CreateReplicationTask',
    {
      ReplicationTaskIdentifier: 'shop-to-lake',
      SourceEndpointArn: source.Endpoint.EndpointArn,
      TargetEndpointArn: target.Endpoint.EndpointArn,
      ReplicationInstanceArn: instance.ReplicationInstance.ReplicationInstanceArn,
      MigrationType: options.migrationType ?? 'full-load',
      TableMappings: options.tableMappings ?? mappings(),
    },
  );
  await lake.advance('10s');
  return {
    lake,
    instanceArn: instance.ReplicationInstance.ReplicationInstanceArn,
    sourceArn: source.Endpoint.EndpointArn,
    targetArn: target.Endpoint.EndpointArn,
    taskArn: task.ReplicationTask.ReplicationTaskArn,
  };
}

export async function startTask(p: Pipeline, type = 'start-replication'): Promise<void> {
  await p.lake.call('dms', 'StartReplicationTask', {
    ReplicationTaskArn: p.taskArn,
    StartReplicationTaskType: type,
  });
}

export interface TaskView {
  Status: string;
  StopReason?: string;
  LastFailureMessage?: string;
  ReplicationTaskStats: Record<string, number | Date | undefined>;
}

export async function taskView(p: Pipeline): Promise<TaskView> {
  const out = await p.lake.call<{ ReplicationTasks: TaskView[] }>(
    'dms',
    'DescribeReplicationTasks',
    {
      Filters: [{ Name: 'replication-task-arn', Values: [p.taskArn] }],
    },
  );
  return out.ReplicationTasks[0]!;
}

/** Keys under the bucket, sorted. */
export async function keysIn(p: Pipeline, prefix = ''): Promise<string[]> {
  const out = await p.lake.call<{ Contents?: { Key: string }[] }>('s3', 'ListObjectsV2', {
    Bucket: 'shop-lake',
    Prefix: prefix,
  });
  return (out.Contents ?? []).map((o) => o.Key).sort();
}

export async function objectBytes(p: Pipeline, key: string): Promise<Uint8Array> {
  const out = await p.lake.call<{ Body: Uint8Array }>('s3', 'GetObject', {
    Bucket: 'shop-lake',
    Key: key,
  });
  return out.Body;
}

export async function objectText(p: Pipeline, key: string): Promise<string> {
  return new TextDecoder().decode(await objectBytes(p, key));
}

/** An engine and a real DMS SDK client on it. */
export function dmsSdkClient() {
  const engine = createEngine();
  return { engine, dms: new DatabaseMigrationServiceClient(engine.sdkConfig()) };
}

/** The error a call fails with (undefined when it succeeds). */
export const failure = (promise: Promise<unknown>) =>
  promise.then(() => undefined).catch((e: unknown) => e);
