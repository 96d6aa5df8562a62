import { describe, expect, it } from 'vitest';
import { AwsError } from '../../engine/core/errors';
import { TestLake } from '../../engine/testing/TestLake';
import type { World } from '../../engine/world';
import {
  dmsSetupPlan,
  dmsTaskStep,
  streamingPlan,
  transferPlan,
  type DmsForm,
  type PlanStep,
  type StreamingForm,
} from './plans';
import { appFlowPlan, appFlowRunStep, dataSyncPlan, dataSyncStartStep } from './plansFiles';
import { storageGatewayPlan } from './plansGateway';
import { readinessOf } from '../../store/waitingDeletesSlice';
import { createAtomically, type PlanCall, type UndoCall } from './rollback';

/** Every resource a pipeline can create, by name: the world "as before" means these are equal. */
function resourceLists(world: World) {
  const account = world.iam.accounts[world.defaultAccountId]!;
  return {
    roles: Object.values(account.roles).map((r) => [r.RoleName, Object.keys(r.inlinePolicies)]),
    buckets: Object.keys(world.s3.buckets),
    kinesis: Object.keys(world.kinesis?.streams ?? {}),
    firehose: Object.keys(world.firehose?.streams ?? {}),
    dms: [world.dms?.instances, world.dms?.endpoints, world.dms?.tasks].map((m) =>
      Object.keys(m ?? {}),
    ),
    datasync: [world.datasync?.agents, world.datasync?.locations, world.datasync?.tasks].map((m) =>
      Object.keys(m ?? {}),
    ),
    transfer: Object.values(world.transfer?.servers ?? {}).map((s) => [
      s.ServerId,
      Object.keys(s.users),
    ]),
    appflow: [world.appflow?.connectorProfiles, world.appflow?.flows].map((m) =>
      Object.keys(m ?? {}),
    ),
    storagegateway: [world.storagegateway?.gateways, world.storagegateway?.fileShares].map((m) =>
      Object.keys(m ?? {}),
    ),
  };
}

/** The lake's calls, where the n-th call of the plan (1-based) is refused; rollback calls pass. */
function failingAt(lake: TestLake, n: number): PlanCall {
  let count = 0;
  return (service, operation, input, options) => {
    if (!options?.quiet && ++count === n)
      return Promise.reject(new AwsError('ServiceUnavailableException', `${operation} refused`));
    return lake.call(service, operation, input);
  };
}

async function lakeWithBucket(bucket = 'raw-zone'): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('s3', 'CreateBucket', { Bucket: bucket });
  return lake;
}

const streamingForm: StreamingForm = {
  streamName: 'clicks',
  shardCount: 1,
  deliveryStreamName: 'clicks-to-s3',
  bufferSeconds: 60,
  bufferMiB: 5,
  role: { create: true, roleName: 'FirehoseRole' },
  target: { bucket: 'raw-zone', prefix: '' },
};

const dmsForm: DmsForm = {
  instanceIdentifier: 'lab-instance',
  taskIdentifier: 'shop-to-lake',
  migrationType: 'full-load',
  role: { create: true, roleName: 'DmsRole' },
  target: { bucket: 'raw-zone', prefix: '' },
};

const PLANS: Record<string, (world: World) => PlanStep[]> = {
  streaming: (w) => streamingPlan(w, streamingForm),
  dms: (w) => [...dmsSetupPlan(w, dmsForm), dmsTaskStep(dmsForm)],
  transfer: (w) =>
    transferPlan(w, {
      userName: 'acme',
      role: { create: true, roleName: 'TransferRole' },
      target: { bucket: 'raw-zone', prefix: 'acme/' },
    }),
  datasync: (w) => [
    ...dataSyncPlan(w, {
      hostname: 'nas.corp.internal',
      path: '/exports/sales',
      taskName: 'sales',
      agentName: 'onprem',
      role: { create: true, roleName: 'DataSyncRole' },
      target: { bucket: 'raw-zone', prefix: 'sales/' },
    }),
    dataSyncStartStep,
  ],
  storagegateway: (w) =>
    storageGatewayPlan(w, {
      hostname: 'nas.corp.internal',
      path: '/exports/sales',
      gatewayName: 'onprem-file-gateway',
      fileShareName: 'sales',
      copyExisting: true,
      role: { create: true, roleName: 'FileGatewayRole' },
      target: { bucket: 'raw-zone', prefix: 'sales/' },
    }),
  appflow: (w) => [
    ...appFlowPlan(w, {
      flowName: 'crm-accounts',
      object: 'Account',
      fileType: 'JSON',
      target: { bucket: 'raw-zone', prefix: 'crm/' },
    }),
    appFlowRunStep('crm-accounts'),
  ],
};

describe('a pipeline whose N-th call fails leaves the world as before', () => {
  for (const [kind, plan] of Object.entries(PLANS)) {
    const length = plan(new TestLake().engine.world).length;
    for (let n = 1; n <= length; n++)
      it(`${kind}: call ${n} of ${length} fails, every earlier resource is deleted again`, async () => {
        const lake = await lakeWithBucket();
        const before = resourceLists(lake.engine.world);
        const steps = plan(lake.engine.world);
        const outcome = await createAtomically(failingAt(lake, n), steps.slice(0, n));
        expect(outcome.ok).toBe(false);
        if (outcome.ok) return;
        expect(outcome.failure.operation).toBe(steps[n - 1]!.operation);
        expect(outcome.failure.error).toEqual({
          code: 'ServiceUnavailableException',
          message: `${steps[n - 1]!.operation} refused`,
        });
        expect(outcome.failure.leftovers).toEqual([]);
        await deleteWaitingOnceCreated(lake, outcome.failure.waiting);
        expect(resourceLists(lake.engine.world)).toEqual(before);
      });
  }
});

/**
 * What the store does with the deletes AWS refused while their stream was CREATING: once the
 * clock has made the streams ACTIVE (Kinesis 10 s, Firehose 5 s), it makes them, in order.
 */
async function deleteWaitingOnceCreated(lake: TestLake, waiting: readonly UndoCall[]) {
  if (!waiting.length) return;
  for (const u of waiting)
    expect(readinessOf(lake.engine.world, u), `${u.resource} is still being created`).toBe(
      'creating',
    );
  await lake.advance('10s');
  for (const u of waiting) await lake.call(u.service, u.operation, u.input);
}

describe('the rollback of a pipeline the canvas creates', () => {
  it('runs the real deletes newest first when Firehose refuses the stream name', async () => {
    const lake = await lakeWithBucket();
    const before = resourceLists(lake.engine.world);
    const steps = streamingPlan(lake.engine.world, {
      ...streamingForm,
      deliveryStreamName: 'clicks to s3',
    });
    const outcome = await createAtomically((s, o, i) => lake.call(s, o, i), steps);
    if (outcome.ok) throw new Error('expected the create to fail');
    expect(outcome.failure.operation).toBe('CreateDeliveryStream');
    expect(outcome.failure.error.code).toBe('InvalidArgumentException');
    expect(outcome.failure.error.message).toMatch(/clicks to s3/);
    expect(outcome.failure.rollback.map((r) => r.operation)).toEqual([
      'DeleteRolePolicy',
      'DeleteRole',
      'DeleteStream',
    ]);
    // Kinesis refuses to delete the stream while it is CREATING: the delete waits, not a leftover.
    expect(outcome.failure.rollback.at(-1)).toMatchObject({
      waiting: true,
      error: { code: 'ResourceInUseException' },
    });
    expect(outcome.failure.leftovers).toEqual([]);
    expect(outcome.failure.waiting.map((u) => u.resource)).toEqual(['Kinesis data stream clicks']);
    await deleteWaitingOnceCreated(lake, outcome.failure.waiting);
    expect(resourceLists(lake.engine.world)).toEqual(before);
  });

  it('never deletes a role that existed before the draft', async () => {
    const lake = await lakeWithBucket();
    const first = await createAtomically(
      (s, o, i) => lake.call(s, o, i),
      streamingPlan(lake.engine.world, streamingForm),
    );
    expect(first.ok).toBe(true);
    const before = resourceLists(lake.engine.world);
    const again = streamingPlan(lake.engine.world, {
      ...streamingForm,
      streamName: 'clicks-2',
      deliveryStreamName: 'clicks-to-s3',
      role: { create: false, roleName: 'FirehoseRole' },
    });
    const outcome = await createAtomically((s, o, i) => lake.call(s, o, i), again);
    if (outcome.ok) throw new Error('expected ResourceInUseException');
    expect(outcome.failure.error.code).toBe('ResourceInUseException');
    expect(outcome.failure.rollback.map((r) => r.resource)).toEqual([
      'Kinesis data stream clicks-2',
    ]);
    await deleteWaitingOnceCreated(lake, outcome.failure.waiting);
    expect(resourceLists(lake.engine.world)).toEqual(before);
  });

  it('says exactly what is left over when a delete itself fails', async () => {
    const lake = await lakeWithBucket();
    const steps = streamingPlan(lake.engine.world, { ...streamingForm, deliveryStreamName: '' });
    const call: PlanCall = (service, operation, input) =>
      operation === 'DeleteRolePolicy'
        ? Promise.reject(new AwsError('AccessDenied', 'not allowed to iam:DeleteRolePolicy'))
        : lake.call(service, operation, input);
    const outcome = await createAtomically(call, steps);
    if (outcome.ok) throw new Error('expected the create to fail');
    // The policy stays, so IAM refuses to delete the role (DeleteConflict); the stream goes once created.
    expect(outcome.failure.leftovers).toEqual([
      'inline policy firehose-to-raw-zone of IAM role FirehoseRole',
      'IAM role FirehoseRole',
    ]);
    expect(outcome.failure.rollback.at(1)?.error?.code).toBe('DeleteConflict');
    await deleteWaitingOnceCreated(lake, outcome.failure.waiting);
    expect(lake.engine.world.kinesis?.streams['clicks']).toBeUndefined();
  });

  it('undoes the DMS endpoints and instance when the task fails once the instance is up', async () => {
    const lake = await lakeWithBucket();
    const before = resourceLists(lake.engine.world);
    const call: PlanCall = (s, o, i) => lake.call(s, o, i);
    const setup = await createAtomically(call, dmsSetupPlan(lake.engine.world, dmsForm));
    if (!setup.ok) throw new Error('setup failed');
    await lake.advance('10m');
    const outcome = await createAtomically(failingAt(lake, 1), [dmsTaskStep(dmsForm)], setup);
    if (outcome.ok) throw new Error('expected the task to fail');
    expect(outcome.failure.rollback.map((r) => r.operation)).toEqual([
      'DeleteEndpoint',
      'DeleteEndpoint',
      'DeleteRolePolicy',
      'DeleteRole',
      'DeleteReplicationInstance',
    ]);
    expect(resourceLists(lake.engine.world)).toEqual(before);
  });

  it('rolls back when the call after the plan (the source system) fails', async () => {
    const lake = await lakeWithBucket();
    const before = resourceLists(lake.engine.world);
    const outcome = await createAtomically(
      (s, o, i) => lake.call(s, o, i),
      streamingPlan(lake.engine.world, streamingForm),
      {
        finish: {
          service: 'sources',
          operation: 'ConfigureClickstream',
          run: () => Promise.reject(new AwsError('InvalidParameterValue', 'bad rate')),
        },
      },
    );
    if (outcome.ok) throw new Error('expected the finish to fail');
    expect(outcome.failure.operation).toBe('ConfigureClickstream');
    expect(outcome.failure.waiting.map((u) => u.operation)).toEqual([
      'DeleteDeliveryStream',
      'DeleteStream',
    ]);
    await deleteWaitingOnceCreated(lake, outcome.failure.waiting);
    expect(resourceLists(lake.engine.world)).toEqual(before);
  });

  it('refuses, before any call, a step it would not know how to undo', async () => {
    const lake = await lakeWithBucket();
    const step: PlanStep = { service: 's3', operation: 'CreateBucket', input: () => ({}) };
    await expect(createAtomically((s, o, i) => lake.call(s, o, i), [step])).rejects.toThrow(
      /No delete is known for s3:CreateBucket/,
    );
  });
});

describe('the delete each create call is undone with', () => {
  it('deletes an MSK cluster the draft created, by the ARN CreateClusterV2 returned', async () => {
    const lake = new TestLake();
    const input = {
      ClusterName: 'clicks',
      Serverless: {
        VpcConfigs: [{ SubnetIds: ['subnet-1', 'subnet-2'] }],
        ClientAuthentication: { Sasl: { Iam: { Enabled: true } } },
      },
    };
    const created = await createAtomically(
      (s, o, i) => lake.call(s, o, i),
      [{ service: 'kafka', operation: 'CreateClusterV2', input: () => input }],
    );
    if (!created.ok) throw new Error(created.failure.error.message);
    expect(created.undo.map((u) => [u.operation, u.resource])).toEqual([
      ['DeleteCluster', 'MSK cluster clicks'],
    ]);
    await lake.call('kafka', created.undo[0]!.operation, created.undo[0]!.input);
    const arn = created.undo[0]!.input.ClusterArn;
    const described = await lake.call<{ ClusterInfo: { State: string } }>(
      'kafka',
      'DescribeClusterV2',
      { ClusterArn: arn },
    );
    expect(described.ClusterInfo.State).toBe('DELETING');
  });
});
