import { describe, expect, it } from 'vitest';
import { configureClickstream } from '../../engine/sources/clickstream/producer';
import { TestLake } from '../../engine/testing/TestLake';
import { deriveLakeGraph } from './graph';
import {
  dmsSetupPlan,
  dmsTaskStep,
  runPlan,
  streamingPlan,
  transferPlan,
  type DmsForm,
} from './plans';
import { configureSftpPartner } from '../../engine/sources/sftp';

const keysOf = (lake: TestLake, bucket: string) =>
  Object.keys(lake.engine.world.s3.buckets[bucket]?.objects ?? {}).sort();

async function lakeWithBucket(bucket: string): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('s3', 'CreateBucket', { Bucket: bucket });
  return lake;
}

const call = (lake: TestLake) => (service: string, operation: string, input: unknown) =>
  lake.call(service, operation, input);

describe('the streaming pipeline the canvas creates', () => {
  it('delivers click events under Firehose’s default YYYY/MM/dd/HH/ prefix with the role it created', async () => {
    const lake = await lakeWithBucket('lake-raw-zone');
    const steps = streamingPlan(lake.engine.world, {
      streamName: 'clicks',
      shardCount: 1,
      deliveryStreamName: 'clicks-to-s3',
      bufferSeconds: 60,
      bufferMiB: 5,
      role: { create: true, roleName: 'FirehoseDeliveryRole-clicks' },
      target: { bucket: 'lake-raw-zone', prefix: '' },
    });
    expect(steps.map((s) => s.operation)).toEqual([
      'CreateStream',
      'CreateRole',
      'PutRolePolicy',
      'CreateDeliveryStream',
    ]);
    await runPlan(call(lake), steps);
    configureClickstream(lake.engine.world, {
      enabled: true,
      target: { kind: 'kinesis', streamName: 'clicks' },
      eventsPerSecond: 5,
    });
    await lake.advance('10m');
    const keys = keysOf(lake, 'lake-raw-zone');
    expect(keys.length).toBeGreaterThan(3);
    expect(keys.every((k) => /^\d{4}\/\d{2}\/\d{2}\/\d{2}\/clicks-to-s3-\d+-/.test(k))).toBe(true);

    const graph = deriveLakeGraph(lake.engine.world);
    expect(graph.edges.map((e) => e.id)).toEqual([
      'kinesis:clicks->firehose:clicks-to-s3',
      'firehose:clicks-to-s3->bucket:lake-raw-zone',
      'clickstream->kinesis:clicks',
    ]);
    const bucket = graph.nodes.find((n) => n.id === 'bucket:lake-raw-zone');
    expect(bucket?.objects?.count).toBe(keys.length);
  });

  it('the role may write only under the pipeline’s prefix', async () => {
    const lake = await lakeWithBucket('lake-raw-zone');
    const steps = streamingPlan(lake.engine.world, {
      streamName: 'clicks',
      shardCount: 1,
      deliveryStreamName: 'clicks-to-s3',
      bufferSeconds: 60,
      bufferMiB: 5,
      role: { create: true, roleName: 'R' },
      target: { bucket: 'lake-raw-zone', prefix: 'clicks/' },
    });
    const policy = JSON.parse(
      (steps[2]!.input({}) as { PolicyDocument: string }).PolicyDocument,
    ) as { Statement: { Action: string[]; Resource: string[] }[] };
    const put = policy.Statement.find((s) => s.Action.includes('s3:PutObject'));
    expect(put?.Resource).toEqual(['arn:aws:s3:::lake-raw-zone/clicks/*']);
  });
});

describe('the DMS pipeline the canvas creates', () => {
  it('creates the task once the instance is available, and a full load writes shop/orders/LOAD00000001.csv', async () => {
    const lake = await lakeWithBucket('shop-raw-zone');
    const form: DmsForm = {
      instanceIdentifier: 'lab-instance',
      taskIdentifier: 'shop-to-lake',
      migrationType: 'full-load',
      role: { create: true, roleName: 'DmsS3TargetRole-shop' },
      target: { bucket: 'shop-raw-zone', prefix: '' },
    };
    const refs = await runPlan(call(lake), dmsSetupPlan(lake.engine.world, form));
    const early = await lake.errorOf('dms', 'CreateReplicationTask', dmsTaskStep(form).input(refs));
    expect(early.name).toBe('InvalidResourceStateFault');
    await lake.advance('10m');
    await runPlan(call(lake), [dmsTaskStep(form)], refs);
    await lake.advance('1m');
    const graph = deriveLakeGraph(lake.engine.world);
    const task = graph.nodes.find((n) => n.id === 'dms:shop-to-lake');
    expect(task?.status).toBe('ready');
    const arn = Object.keys(lake.engine.world.dms!.tasks)[0]!;
    await lake.call('dms', 'StartReplicationTask', {
      ReplicationTaskArn: arn,
      StartReplicationTaskType: 'start-replication',
    });
    await lake.advance('10m');
    expect(keysOf(lake, 'shop-raw-zone')).toContain('shop/orders/LOAD00000001.csv');
  });
});

describe('the SFTP pipeline the canvas creates', () => {
  it('lands the partner’s uploads under the user’s home directory, written with the role it created', async () => {
    const lake = await lakeWithBucket('partner-raw-zone');
    const refs = await runPlan(
      call(lake),
      transferPlan(lake.engine.world, {
        userName: 'acme',
        role: { create: true, roleName: 'TransferUserRole-acme' },
        target: { bucket: 'partner-raw-zone', prefix: 'partners/acme/' },
      }),
    );
    configureSftpPartner(lake.engine.world, { ServerId: refs.serverId!, UserName: 'acme' });
    await lake.advance('3h');
    const keys = keysOf(lake, 'partner-raw-zone');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.startsWith('partners/acme/inventory_'))).toBe(true);
    const edges = deriveLakeGraph(lake.engine.world).edges.map((e) => e.target);
    expect(edges).toContain('bucket:partner-raw-zone');
  });
});
