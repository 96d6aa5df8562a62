import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { activeServerlessCluster, lakeWithHooks } from './kafka.fixtures';
import {
  DEFAULT_RETENTION_MS,
  MAX_RECORDS_PER_PARTITION,
  murmur2,
  offsetsForTime,
  partitionFor,
  produceToTopic,
} from './topics';

describe('Kafka topics in an MSK cluster', () => {
  it("hashes keys with Kafka's murmur2 (the values of Kafka's own UtilsTest)", () => {
    expect(murmur2(strToU8('21'))).toBe(-973932308);
    expect(murmur2(strToU8('foobar'))).toBe(-790332482);
    expect(murmur2(strToU8('a-little-bit-long-string'))).toBe(-985981536);
    expect(murmur2(strToU8('a-little-bit-longer-string'))).toBe(-1486304829);
    expect(murmur2(strToU8('abc'))).toBe(479470107);
  });

  it('creates the topic on the first write, with offsets per partition and the producer time as timestamp', async () => {
    const { lake, hooks } = lakeWithHooks();
    const arn = await activeServerlessCluster(lake);
    const ctx = hooks.contextFor('', 'kafka', 'Produce');
    const records = ['s-1', 's-2', 's-3', 's-1'].map((key, i) => ({
      key,
      value: strToU8(`click ${i}`),
    }));
    produceToTopic(ctx, arn, 'clicks', records, { partitions: 3 });
    const topic = lake.engine.world.kafka!.clusters[arn]!.topics['clicks']!;
    expect(topic.partitions).toHaveLength(3);
    for (const p of topic.partitions)
      expect(p.records.map((r) => r.offset)).toEqual(p.records.map((_, i) => i));
    const s1 = topic.partitions[partitionFor('s-1', 3)]!;
    // One key, one partition: the session's clicks keep their order.
    expect(s1.records.filter((r) => r.key === 's-1').map((r) => atob(r.value))).toEqual([
      'click 0',
      'click 3',
    ]);
    expect(topic.partitions.reduce((n, p) => n + p.records.length, 0)).toBe(4);
    expect(s1.records[0]!.timestamp).toBe(lake.now().getTime());
  });

  it('refuses writes to a cluster that is not ACTIVE', async () => {
    const { lake, hooks } = lakeWithHooks();
    const { ClusterArn } = await lake.call<{ ClusterArn: string }>('kafka', 'CreateClusterV2', {
      ClusterName: 'early',
      Serverless: {
        VpcConfigs: [{ SubnetIds: ['subnet-1', 'subnet-2'] }],
        ClientAuthentication: { Sasl: { Iam: { Enabled: true } } },
      },
    });
    expect(() =>
      produceToTopic(hooks.contextFor('', 'kafka', 'Produce'), ClusterArn, 't', [
        { value: strToU8('x') },
      ]),
    ).toThrow(/CREATING/);
  });

  it('drops records older than retention.ms (7 days by default) on the next write', async () => {
    const { lake, hooks } = lakeWithHooks();
    const arn = await activeServerlessCluster(lake);
    produceToTopic(hooks.contextFor('', 'kafka', 'Produce'), arn, 'clicks', [
      { value: strToU8('old') },
    ]);
    await lake.advance(DEFAULT_RETENTION_MS + 60_000);
    produceToTopic(hooks.contextFor('', 'kafka', 'Produce'), arn, 'clicks', [
      { value: strToU8('new') },
    ]);
    const partition = lake.engine.world.kafka!.clusters[arn]!.topics['clicks']!.partitions[0]!;
    expect(partition.records.map((r) => r.offset)).toEqual([1]);
  });

  it('finds offsets by time as offsetsForTimes does: the first record at or after the instant', async () => {
    const { lake, hooks } = lakeWithHooks();
    const arn = await activeServerlessCluster(lake);
    produceToTopic(hooks.contextFor('', 'kafka', 'Produce'), arn, 'clicks', [
      { value: strToU8('a') },
    ]);
    await lake.advance('1m');
    const middle = lake.now().getTime();
    produceToTopic(hooks.contextFor('', 'kafka', 'Produce'), arn, 'clicks', [
      { value: strToU8('b') },
    ]);
    const topic = lake.engine.world.kafka!.clusters[arn]!.topics['clicks']!;
    expect(offsetsForTime(topic, middle)).toEqual([1]);
    expect(offsetsForTime(topic, middle + 1)).toEqual([2]);
    expect(offsetsForTime(topic, 0)).toEqual([0]);
  });

  it("keeps a partition's stored bytes in step with its records, and caps a partition at LakeLab's limit", async () => {
    const { lake, hooks } = lakeWithHooks();
    const arn = await activeServerlessCluster(lake);
    const ctx = hooks.contextFor('', 'kafka', 'Produce');
    const batch = Array.from({ length: 1000 }, () => ({ value: strToU8('0123456789') }));
    for (let i = 0; i < 56; i++) produceToTopic(ctx, arn, 'clicks', batch);
    const partition = lake.engine.world.kafka!.clusters[arn]!.topics['clicks']!.partitions[0]!;
    expect(partition.nextOffset).toBe(56_000);
    expect(partition.records.length).toBeLessThanOrEqual(MAX_RECORDS_PER_PARTITION * 1.1);
    expect(partition.records[0]!.offset).toBe(56_000 - partition.records.length);
    expect(partition.bytes).toBe(partition.records.length * 10);
  });
});
