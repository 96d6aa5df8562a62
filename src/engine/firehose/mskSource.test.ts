import { describe, expect, it } from 'vitest';
import { readLabFile, writeLabFile } from '../core/labFile';
import { configureClickstream } from '../sources/clickstream/producer';
import { clickstreamStatus } from '../sources/clickstream';
import { activeServerlessCluster, provisionedInput } from '../kafka/kafka.fixtures';
import { kafkaFlow } from '../kafka';
import type { TestLake } from '../testing/TestLake';
import {
  bodyOf,
  destination,
  keysOf,
  lakeWithBucket,
  linesOf,
  ROLE_ARN,
} from './firehose.fixtures';
import { firehoseFlow } from './flow';

const READ_POLICY = JSON.stringify({
  Statement: [
    { Effect: 'Allow', Action: ['s3:PutObject', 'kafka:*', 'kafka-cluster:*'], Resource: '*' },
  ],
});

const mskSource = (clusterArn: string, extra: Record<string, unknown> = {}) => ({
  MSKClusterARN: clusterArn,
  TopicName: 'clicks',
  AuthenticationConfiguration: { RoleARN: ROLE_ARN, Connectivity: 'PRIVATE' },
  ...extra,
});

async function createMskStream(
  lake: TestLake,
  clusterArn: string,
  extra: Record<string, unknown> = {},
) {
  await lake.call('firehose', 'CreateDeliveryStream', {
    DeliveryStreamName: 'clicks-msk',
    DeliveryStreamType: 'MSKAsSource',
    MSKSourceConfiguration: mskSource(clusterArn),
    ExtendedS3DestinationConfiguration: destination({
      BufferingHints: { IntervalInSeconds: 60, SizeInMBs: 5 },
    }),
    ...extra,
  });
}

/** Bucket, role, ACTIVE serverless cluster, MSK-sourced stream (ACTIVE), and the app writing 5 events/s. */
async function pipeline(policy = READ_POLICY): Promise<{ lake: TestLake; arn: string }> {
  const lake = await lakeWithBucket(policy);
  const arn = await activeServerlessCluster(lake);
  await createMskStream(lake, arn);
  await lake.advance('5s');
  configureClickstream(lake.engine.world, {
    enabled: true,
    target: { kind: 'msk', clusterArn: arn, topicName: 'clicks', partitions: 3 },
    eventsPerSecond: 5,
  });
  return { lake, arn };
}

describe('Firehose with an Amazon MSK source (MSKAsSource)', () => {
  it('reads the topic on the clock and lands JSON lines under YYYY/MM/dd/HH/', async () => {
    const { lake, arn } = await pipeline();
    await lake.advance('10m');
    configureClickstream(lake.engine.world, {
      enabled: false,
      target: { kind: 'msk', clusterArn: arn, topicName: 'clicks' },
      eventsPerSecond: 5,
    });
    // The last second's records are read on the next poll.
    await lake.advance('1s');
    const keys = keysOf(lake);
    expect(keys.length).toBeGreaterThanOrEqual(9);
    for (const key of keys)
      expect(key).toMatch(/^2025\/01\/06\/09\/clicks-msk-1-2025-01-06-09-\d\d-\d\d-[0-9a-f-]{36}$/);
    const delivered = keys.reduce((n, k) => n + linesOf(lake, k).length, 0);
    const [hose] = firehoseFlow(lake.engine.world);
    const accepted = clickstreamStatus(lake.engine.world).counters.acceptedEvents;
    expect(accepted).toBe(5 * 600);
    expect(delivered + hose!.bufferedRecords).toBe(accepted);
    expect(linesOf(lake, keys[0]!)[0]).toMatchObject({
      event_type: expect.any(String),
      session_id: expect.any(String),
    });
    const [cluster] = kafkaFlow(lake.engine.world);
    expect(cluster!.topics).toEqual([{ name: 'clicks', partitions: 3, storedRecords: accepted }]);
    expect(cluster!.outgoingRecords).toBe(hose!.incomingRecords);
  });

  it('is deterministic: the same seed gives the same objects', async () => {
    const run = async () => {
      const { lake } = await pipeline();
      await lake.advance('3m');
      return keysOf(lake).map((k) => [k, Array.from(bodyOf(lake, k)).join(',')]);
    };
    expect(await run()).toEqual(await run());
  });

  it('starts at ReadFromTimestamp: epoch reads records written before the stream existed', async () => {
    const lake = await lakeWithBucket(READ_POLICY);
    const arn = await activeServerlessCluster(lake);
    configureClickstream(lake.engine.world, {
      enabled: true,
      target: { kind: 'msk', clusterArn: arn, topicName: 'clicks' },
      eventsPerSecond: 2,
    });
    await lake.advance('30s');
    configureClickstream(lake.engine.world, {
      enabled: false,
      target: { kind: 'msk', clusterArn: arn, topicName: 'clicks' },
      eventsPerSecond: 2,
    });
    await createMskStream(lake, arn, {
      MSKSourceConfiguration: mskSource(arn, { ReadFromTimestamp: new Date(0) }),
    });
    await lake.advance('2m');
    expect(keysOf(lake).reduce((n, k) => n + linesOf(lake, k).length, 0)).toBe(60);
    const described = await lake.call<{ DeliveryStreamDescription: Record<string, unknown> }>(
      'firehose',
      'DescribeDeliveryStream',
      { DeliveryStreamName: 'clicks-msk' },
    );
    expect(described.DeliveryStreamDescription).toMatchObject({
      DeliveryStreamType: 'MSKAsSource',
      Source: {
        MSKSourceDescription: {
          MSKClusterARN: arn,
          TopicName: 'clicks',
          AuthenticationConfiguration: { RoleARN: ROLE_ARN, Connectivity: 'PRIVATE' },
          ReadFromTimestamp: new Date(0),
        },
      },
    });
  });

  it('by default reads from when the stream became ACTIVE, leaving older records in the topic', async () => {
    const lake = await lakeWithBucket(READ_POLICY);
    const arn = await activeServerlessCluster(lake);
    const app = {
      target: { kind: 'msk' as const, clusterArn: arn, topicName: 'clicks' },
      eventsPerSecond: 2,
    };
    configureClickstream(lake.engine.world, { enabled: true, ...app });
    await lake.advance('30s');
    configureClickstream(lake.engine.world, { enabled: false, ...app });
    await createMskStream(lake, arn);
    await lake.advance('2m');
    expect(keysOf(lake)).toEqual([]);
  });

  it('refuses PutRecord on a stream whose source is MSK: "This operation is not permitted on MSKAsSource delivery stream type."', async () => {
    const { lake } = await pipeline();
    const error = await lake.errorOf('firehose', 'PutRecord', {
      DeliveryStreamName: 'clicks-msk',
      Record: { Data: new Uint8Array([1]) },
    });
    expect(error).toMatchObject({
      name: 'InvalidArgumentException',
      message: 'This operation is not permitted on MSKAsSource delivery stream type.',
    });
  });

  it('validates the source as Firehose does: required members, an ACTIVE cluster with IAM access control', async () => {
    const lake = await lakeWithBucket(READ_POLICY);
    const arn = await activeServerlessCluster(lake);
    const create = (config: unknown, type = 'MSKAsSource') =>
      lake.errorOf('firehose', 'CreateDeliveryStream', {
        DeliveryStreamName: 'bad',
        DeliveryStreamType: type,
        MSKSourceConfiguration: config,
        ExtendedS3DestinationConfiguration: destination(),
      });
    expect((await create(undefined)).message).toMatch(/MSKSourceConfiguration is required/);
    expect((await create(mskSource(arn, { TopicName: 'no spaces' }))).message).toMatch(/TopicName/);
    expect(
      (
        await create(
          mskSource(arn, {
            AuthenticationConfiguration: { RoleARN: ROLE_ARN, Connectivity: 'VPN' },
          }),
        )
      ).message,
    ).toMatch(/PUBLIC or PRIVATE/);
    expect((await create(mskSource(arn), 'DirectPut')).message).toMatch(
      /only allowed with DeliveryStreamType MSKAsSource/,
    );
    expect((await create(mskSource(arn, { MSKClusterARN: `${arn}x` }))).message).toMatch(
      /does not exist/,
    );
    // Serverless clusters have no public endpoint.
    expect(
      (
        await create(
          mskSource(arn, {
            AuthenticationConfiguration: { RoleARN: ROLE_ARN, Connectivity: 'PUBLIC' },
          }),
        )
      ).message,
    ).toMatch(/not publicly accessible/);
    const { ClusterArn: creating } = await lake.call<{ ClusterArn: string }>(
      'kafka',
      'CreateClusterV2',
      provisionedInput(),
    );
    expect((await create(mskSource(creating))).message).toMatch(/CREATING; it must be ACTIVE/);
    await lake.advance('25m');
    expect((await create(mskSource(creating))).message).toMatch(/IAM access control/);
    for (const e of [await create(undefined)]) expect(e.name).toBe('InvalidArgumentException');
  });

  it('reads as the source role: without kafka-cluster:ReadData the records stay in the topic and the error shows', async () => {
    const policy = JSON.stringify({
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            's3:PutObject',
            'kafka:*',
            'kafka-cluster:Connect',
            'kafka-cluster:DescribeTopic',
          ],
          Resource: '*',
        },
      ],
    });
    const { lake } = await pipeline(policy);
    await lake.advance('2m');
    expect(keysOf(lake)).toEqual([]);
    const [hose] = firehoseFlow(lake.engine.world);
    expect(hose!.lastError?.message).toMatch(/kafka-cluster:ReadData/);
  });

  it('bills serverless data in and out, and Firehose ingestion from MSK', async () => {
    const { lake } = await pipeline();
    await lake.advance('5m');
    const usage = new Set(
      Object.values(lake.engine.world.ledger).map((l) => `${l.service}:${l.usageType}`),
    );
    for (const u of [
      'kafka:Serverless.DataIn',
      'kafka:Serverless.DataOut',
      'kafka:Serverless.PartitionHours',
      'firehose:MSKSource-BilledBytes',
    ])
      expect(usage).toContain(u);
  });

  it('lets "run until idle" return while the app writes: reads and deliveries are background work', async () => {
    const { lake } = await pipeline();
    await lake.advance('2m');
    const before = lake.now().getTime();
    await lake.engine.clock.runUntilIdle();
    expect(lake.now().getTime() - before).toBeLessThan(120_000);
  });

  it('lands objects in every UTC hour folder across a 6-hour jump', async () => {
    const { lake } = await pipeline();
    await lake.advance('6h');
    const hours = new Set(keysOf(lake).map((k) => k.slice(0, 14)));
    expect([...hours]).toEqual([
      '2025/01/06/09/',
      '2025/01/06/10/',
      '2025/01/06/11/',
      '2025/01/06/12/',
      '2025/01/06/13/',
      '2025/01/06/14/',
      '2025/01/06/15/',
    ]);
  });

  it('keeps reading after the lab is saved and loaded (the read loop and the offsets live in the world)', async () => {
    const { lake } = await pipeline();
    await lake.advance('1m');
    lake.engine.restore(readLabFile(writeLabFile(lake.engine.snapshot())));
    await lake.advance('3m');
    const delivered = keysOf(lake).reduce((n, k) => n + linesOf(lake, k).length, 0);
    const [hose] = firehoseFlow(lake.engine.world);
    expect(delivered + hose!.bufferedRecords).toBeGreaterThanOrEqual(5 * 239);
    expect(delivered).toBeGreaterThan(0);
  });
});
