import type { World } from '../../engine/world';
import { SHOP_DB_PORT, SHOP_DB_SERVER_NAME, SHOP_SCHEMA } from '../../engine/sources/shopdb';
import { rolePolicy, trustPolicy, type RolePurpose } from './roles';

/** Values an earlier step returns and a later step needs (endpoint ARNs…). */
export type Refs = Record<string, string>;

/** One AWS call of a pipeline, in the order the console makes them. */
export interface PlanStep {
  service: string;
  operation: string;
  input: (refs: Refs) => unknown;
  /** Reads a value from the output for later steps. */
  keep?: (output: unknown, refs: Refs) => void;
}

export interface Target {
  bucket: string;
  prefix: string;
}

export interface RoleChoice {
  /** Create the role (with the trust and inline policies) before the pipeline. */
  create: boolean;
  roleName: string;
}

export const roleArnOf = (world: World, roleName: string) =>
  `arn:aws:iam::${world.defaultAccountId}:role/${roleName}`;

/** CreateRole + PutRolePolicy when the user chose "Create a role for me". */
export function roleSteps(
  role: RoleChoice,
  purpose: RolePurpose,
  target: Target,
  streamArn?: string,
): PlanStep[] {
  if (!role.create) return [];
  return [
    {
      service: 'iam',
      operation: 'CreateRole',
      input: () => ({ RoleName: role.roleName, AssumeRolePolicyDocument: trustPolicy(purpose) }),
    },
    {
      service: 'iam',
      operation: 'PutRolePolicy',
      input: () => ({
        RoleName: role.roleName,
        PolicyName: `${purpose}-to-${target.bucket}`,
        PolicyDocument: rolePolicy(purpose, target, streamArn),
      }),
    },
  ];
}

export interface StreamingForm {
  streamName: string;
  shardCount: number;
  deliveryStreamName: string;
  bufferSeconds: number;
  bufferMiB: number;
  role: RoleChoice;
  target: Target;
}

/** Clickstream app → Kinesis Data Streams → Firehose → S3 (the app is configured after the calls). */
export function streamingPlan(world: World, form: StreamingForm): PlanStep[] {
  const streamArn = `arn:aws:kinesis:${world.region}:${world.defaultAccountId}:stream/${form.streamName}`;
  const roleArn = roleArnOf(world, form.role.roleName);
  return [
    {
      service: 'kinesis',
      operation: 'CreateStream',
      input: () => ({ StreamName: form.streamName, ShardCount: form.shardCount }),
    },
    ...roleSteps(form.role, 'firehose', form.target, streamArn),
    {
      service: 'firehose',
      operation: 'CreateDeliveryStream',
      input: () => ({
        DeliveryStreamName: form.deliveryStreamName,
        DeliveryStreamType: 'KinesisStreamAsSource',
        KinesisStreamSourceConfiguration: { KinesisStreamARN: streamArn, RoleARN: roleArn },
        ExtendedS3DestinationConfiguration: {
          RoleARN: roleArn,
          BucketARN: `arn:aws:s3:::${form.target.bucket}`,
          ...(form.target.prefix ? { Prefix: form.target.prefix } : {}),
          BufferingHints: { IntervalInSeconds: form.bufferSeconds, SizeInMBs: form.bufferMiB },
        },
      }),
    },
  ];
}

export interface DmsForm {
  instanceIdentifier: string;
  /** An instance that already exists is reused instead of created. */
  reuseInstanceArn?: string;
  taskIdentifier: string;
  migrationType: 'full-load' | 'cdc' | 'full-load-and-cdc';
  role: RoleChoice;
  target: Target;
}

const SELECT_ALL = JSON.stringify({
  rules: [
    {
      'rule-type': 'selection',
      'rule-id': '1',
      'rule-name': 'include-shop',
      'object-locator': { 'schema-name': SHOP_SCHEMA, 'table-name': '%' },
      'rule-action': 'include',
    },
  ],
});

/** The first half: instance (unless reused), role, and the two endpoints. */
export function dmsSetupPlan(world: World, form: DmsForm): PlanStep[] {
  const folder = form.target.prefix.replace(/\/+$/, '');
  const steps: PlanStep[] = [];
  if (!form.reuseInstanceArn)
    steps.push({
      service: 'dms',
      operation: 'CreateReplicationInstance',
      input: () => ({
        ReplicationInstanceIdentifier: form.instanceIdentifier,
        ReplicationInstanceClass: 'dms.t3.medium',
      }),
      keep: (out, refs) => {
        refs.instanceArn = (
          out as { ReplicationInstance: { ReplicationInstanceArn: string } }
        ).ReplicationInstance.ReplicationInstanceArn;
      },
    });
  steps.push(...roleSteps(form.role, 'dms', form.target));
  steps.push(
    {
      service: 'dms',
      operation: 'CreateEndpoint',
      input: () => ({
        EndpointIdentifier: `${form.taskIdentifier}-source`,
        EndpointType: 'source',
        EngineName: 'mysql',
        ServerName: SHOP_DB_SERVER_NAME,
        Port: SHOP_DB_PORT,
        Username: 'dms_user',
        Password: 'lakelab',
      }),
      keep: (out, refs) => {
        refs.sourceArn = (out as { Endpoint: { EndpointArn: string } }).Endpoint.EndpointArn;
      },
    },
    {
      service: 'dms',
      operation: 'CreateEndpoint',
      input: () => ({
        EndpointIdentifier: `${form.taskIdentifier}-target`,
        EndpointType: 'target',
        EngineName: 's3',
        S3Settings: {
          BucketName: form.target.bucket,
          ...(folder ? { BucketFolder: folder } : {}),
          ServiceAccessRoleArn: roleArnOf(world, form.role.roleName),
        },
      }),
      keep: (out, refs) => {
        refs.targetArn = (out as { Endpoint: { EndpointArn: string } }).Endpoint.EndpointArn;
      },
    },
  );
  return steps;
}

/** The second half, once the instance is available (DMS refuses tasks on a creating instance). */
export function dmsTaskStep(form: DmsForm): PlanStep {
  return {
    service: 'dms',
    operation: 'CreateReplicationTask',
    input: (refs) => ({
      ReplicationTaskIdentifier: form.taskIdentifier,
      SourceEndpointArn: refs.sourceArn ?? '<source EndpointArn>',
      TargetEndpointArn: refs.targetArn ?? '<target EndpointArn>',
      ReplicationInstanceArn:
        form.reuseInstanceArn ?? refs.instanceArn ?? '<ReplicationInstanceArn>',
      MigrationType: form.migrationType,
      TableMappings: SELECT_ALL,
    }),
  };
}

export interface TransferForm {
  userName: string;
  role: RoleChoice;
  target: Target;
}

/** SFTP partner → Transfer Family → S3: a server, the user's role, the user with its home directory. */
export function transferPlan(world: World, form: TransferForm): PlanStep[] {
  const home = `/${form.target.bucket}/${form.target.prefix.replace(/\/+$/, '')}`.replace(
    /\/$/,
    '',
  );
  return [
    {
      service: 'transfer',
      operation: 'CreateServer',
      input: () => ({ Protocols: ['SFTP'], IdentityProviderType: 'SERVICE_MANAGED', Domain: 'S3' }),
      keep: (out, refs) => {
        refs.serverId = (out as { ServerId: string }).ServerId;
      },
    },
    ...roleSteps(form.role, 'transfer', form.target),
    {
      service: 'transfer',
      operation: 'CreateUser',
      input: (refs) => ({
        ServerId: refs.serverId ?? '<ServerId>',
        UserName: form.userName,
        Role: roleArnOf(world, form.role.roleName),
        HomeDirectory: home,
      }),
    },
  ];
}

/** Runs the steps in order; stops at the first failure (the store has shown its AWS error). */
export async function runPlan(
  call: (service: string, operation: string, input: unknown) => Promise<unknown>,
  steps: PlanStep[],
  refs: Refs = {},
): Promise<Refs> {
  for (const step of steps) {
    const out = await call(step.service, step.operation, step.input(refs));
    step.keep?.(out, refs);
  }
  return refs;
}
