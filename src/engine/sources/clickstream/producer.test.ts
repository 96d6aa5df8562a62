import { describe, expect, it } from 'vitest';
import { readLabFile, writeLabFile } from '../../core/labFile';
import { firehoseFlow } from '../../firehose';
import {
  BUCKET,
  bodyOf,
  keysOf,
  lakeWithBucket,
  linesOf,
  ROLE_ARN,
} from '../../firehose/firehose.fixtures';
import { previewObject } from '../../formats';
import { kinesisFlow } from '../../kinesis';
import { lakeWithStream } from '../../kinesis/kinesis.fixtures';
import type { TestLake } from '../../testing/TestLake';
import { clickstreamStatus, configureClickstream } from './producer';
import type { ClickstreamConfig } from './state';

const STREAM_ARN = 'arn:aws:kinesis:us-east-1:111122223333:stream/clicks';

function start(lake: TestLake, config: Partial<ClickstreamConfig> = {}) {
  return configureClickstream(lake.engine.world, {
    enabled: true,
    target: { kind: 'kinesis', streamName: 'clicks' },
    eventsPerSecond: 5,
    ...config,
  });
}

async function pipeline(): Promise<TestLake> {
  const lake = await lakeWithBucket(
    JSON.stringify({
      Statement: [{ Effect: 'Allow', Action: ['s3:PutObject', 'kinesis:*'], Resource: '*' }],
    }),
  );
  await lakeWithStream('clicks', 1, lake);
  await lake.call('firehose', 'CreateDeliveryStream', {
    DeliveryStreamName: 'clicks-to-s3',
    DeliveryStreamType: 'KinesisStreamAsSource',
    KinesisStreamSourceConfiguration: { KinesisStreamARN: STREAM_ARN, RoleARN: ROLE_ARN },
    ExtendedS3DestinationConfiguration: {
      RoleARN: ROLE_ARN,
      BucketARN: `arn:aws:s3:::${BUCKET}`,
      CompressionFormat: 'GZIP',
    },
  });
  await lake.advance('5s');
  return lake;
}

describe('the clickstream producer', () => {
  it('feeds producer → Kinesis → Firehose → S3: GZIP JSON lines under YYYY/MM/dd/HH/ after 10 minutes', async () => {
    const lake = await pipeline();
    start(lake);
    await lake.advance('10m');
    const keys = keysOf(lake);
    expect(keys.length).toBeGreaterThanOrEqual(1);
    for (const key of keys)
      expect(key).toMatch(
        /^2025\/01\/06\/09\/clicks-to-s3-1-2025-01-06-09-\d\d-\d\d-[0-9a-f-]{36}\.gz$/,
      );
    const preview = await previewObject(keys[0]!, bodyOf(lake, keys[0]!));
    expect(preview.format).toBe('json');
    expect(preview.columns.map((c) => c.name)).toEqual(
      expect.arrayContaining(['event_id', 'session_id', 'event_type', 'page', 'ts', 'device']),
    );
    const status = clickstreamStatus(lake.engine.world).counters;
    const [stream] = kinesisFlow(lake.engine.world);
    const [hose] = firehoseFlow(lake.engine.world);
    expect(stream!.incomingRecords).toBe(status.acceptedEvents);
    expect(stream!.outgoingRecords).toBe(status.acceptedEvents);
    const delivered = keys.reduce((n, k) => n + linesOf(lake, k).length, 0);
    expect(hose!.deliveredRecords).toBe(delivered);
    expect(delivered + hose!.bufferedRecords).toBe(status.acceptedEvents);
    expect(status.acceptedEvents).toBe(5 * 600);
  });

  it('is deterministic: the same seed and configuration give the same objects', async () => {
    const run = async () => {
      const lake = await pipeline();
      start(lake, { eventsPerSecond: 3 });
      await lake.advance('6m');
      return keysOf(lake).map((k) => [k, Array.from(bodyOf(lake, k)).join(',')]);
    };
    expect(await run()).toEqual(await run());
  });

  it('multiplies the rate during bursts', async () => {
    const lake = await lakeWithStream();
    start(lake, {
      eventsPerSecond: 2,
      burst: { everySeconds: 10, durationSeconds: 2, multiplier: 10 },
    });
    await lake.advance('10s');
    // Ten ticks, 09:00:11…09:00:20; epoch seconds ending in 0 or 1 (09:00:11 and 09:00:20) are in a burst.
    expect(clickstreamStatus(lake.engine.world).counters.sentEvents).toBe(8 * 2 + 2 * 20);
  });

  it('is throttled like any producer: one shard takes 1,000 records a second, the rest fail', async () => {
    const lake = await lakeWithStream();
    start(lake, { eventsPerSecond: 1500 });
    await lake.advance('3s');
    const counters = clickstreamStatus(lake.engine.world).counters;
    expect(counters.acceptedEvents).toBe(3000);
    expect(counters.failedEvents).toBe(1500);
    expect(counters.lastError?.code).toBe('ProvisionedThroughputExceededException');
  });

  it('calls as its principal, so IAM applies', async () => {
    const lake = await lakeWithStream();
    await lake.call('iam', 'CreateUser', { UserName: 'web-app' });
    start(lake, { principal: 'web-app' });
    await lake.advance('2s');
    const counters = clickstreamStatus(lake.engine.world).counters;
    expect(counters.acceptedEvents).toBe(0);
    expect(counters.lastError?.code).toBe('AccessDeniedException');
  });

  it('can target a Direct PUT Firehose stream', async () => {
    const lake = await lakeWithBucket();
    await lake.call('firehose', 'CreateDeliveryStream', {
      DeliveryStreamName: 'direct',
      ExtendedS3DestinationConfiguration: {
        RoleARN: ROLE_ARN,
        BucketARN: `arn:aws:s3:::${BUCKET}`,
      },
    });
    await lake.advance('5s');
    start(lake, { target: { kind: 'firehose', deliveryStreamName: 'direct' }, eventsPerSecond: 1 });
    await lake.advance('6m');
    expect(keysOf(lake)).toHaveLength(1);
    expect(linesOf(lake, keysOf(lake)[0]!)).toHaveLength(300);
  });

  it('keeps producing after the lab is saved and loaded (its ticks live in the world)', async () => {
    const lake = await lakeWithStream();
    start(lake);
    await lake.advance('2s');
    lake.engine.restore(readLabFile(writeLabFile(lake.engine.snapshot())));
    await lake.advance('2s');
    expect(clickstreamStatus(lake.engine.world).counters.acceptedEvents).toBe(20);
  });

  it('lets "run until idle" return while it runs: the deliveries it causes are background work', async () => {
    const lake = await pipeline();
    start(lake);
    await lake.advance('1m');
    await lake.engine.clock.runUntilIdle();
    expect(lake.now().getTime() - Date.parse('2025-01-06T09:01:15Z')).toBeLessThan(60_000);
  });

  it('stops when configured with enabled: false', async () => {
    const lake = await lakeWithStream();
    start(lake);
    await lake.advance('2s');
    configureClickstream(lake.engine.world, {
      enabled: false,
      target: { kind: 'kinesis', streamName: 'clicks' },
      eventsPerSecond: 5,
    });
    await lake.advance('1m');
    expect(clickstreamStatus(lake.engine.world).counters.sentEvents).toBe(10);
  });

  it('samples a 24-hour jump (one second per minute, then the last 15 minutes live) and stays fast', async () => {
    const lake = await pipeline();
    start(lake, { eventsPerSecond: 10 });
    const began = performance.now();
    const cpu = process.cpuUsage();
    await lake.advance('24h');
    const used = process.cpuUsage(cpu);
    console.info(
      `24 h clock jump, producer at 10 events/s → Kinesis → Firehose → S3: ${(performance.now() - began).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`,
    );
    const counters = clickstreamStatus(lake.engine.world).counters;
    expect(counters.modelledEvents).toBeCloseTo(10 * 86_400, -2);
    expect(counters.sentEvents).toBeGreaterThan(10 * 2300);
    expect(counters.sentEvents).toBeLessThan(10 * 2400);
    expect(counters.sentEvents + counters.sampledOutEvents).toBeCloseTo(counters.modelledEvents, 0);
    expect(keysOf(lake).some((k) => k.startsWith('2025/01/07/08/'))).toBe(true);
    // The cost is bounded by the number of ticks (requests), not the jump; wall time is only logged
    // (0.5–1.3 s of CPU on the development machine; wall time grows when other suites share the CPU).
    expect(counters.requests).toBeLessThan(2400);
  });
});
