import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { lakeWithStream, utf8 } from './kinesis.fixtures';

type Summary = {
  StreamDescriptionSummary: {
    StreamStatus: string;
    OpenShardCount: number;
    StreamModeDetails: { StreamMode: string };
    RetentionPeriodHours: number;
  };
};
type Shards = {
  Shards: { ShardId: string; HashKeyRange: { StartingHashKey: string; EndingHashKey: string } }[];
};

describe('Kinesis streams', () => {
  it('creates a stream CREATING that turns ACTIVE after a short simulated delay', async () => {
    const lake = new TestLake();
    await lake.call('kinesis', 'CreateStream', { StreamName: 'clicks', ShardCount: 2 });
    const summary = () =>
      lake.call<Summary>('kinesis', 'DescribeStreamSummary', { StreamName: 'clicks' });
    expect((await summary()).StreamDescriptionSummary).toMatchObject({
      StreamStatus: 'CREATING',
      OpenShardCount: 2,
      RetentionPeriodHours: 24,
    });
    await lake.advance('5s');
    expect((await summary()).StreamDescriptionSummary.StreamStatus).toBe('CREATING');
    await lake.advance('5s');
    expect((await summary()).StreamDescriptionSummary.StreamStatus).toBe('ACTIVE');
  });

  it('refuses puts while the stream is still CREATING (ResourceNotFoundException)', async () => {
    const lake = new TestLake();
    await lake.call('kinesis', 'CreateStream', { StreamName: 'clicks', ShardCount: 1 });
    const error = await lake.errorOf('kinesis', 'PutRecord', {
      StreamName: 'clicks',
      PartitionKey: 'a',
      Data: utf8('x'),
    });
    expect(error.name).toBe('ResourceNotFoundException');
  });

  it('splits the 128-bit hash key space evenly across the shards', async () => {
    const lake = await lakeWithStream('clicks', 2);
    const { Shards } = await lake.call<Shards>('kinesis', 'ListShards', { StreamName: 'clicks' });
    expect(Shards.map((s) => s.ShardId)).toEqual(['shardId-000000000000', 'shardId-000000000001']);
    expect(Shards[0]!.HashKeyRange).toEqual({
      StartingHashKey: '0',
      EndingHashKey: (2n ** 127n - 1n).toString(),
    });
    expect(Shards[1]!.HashKeyRange).toEqual({
      StartingHashKey: (2n ** 127n).toString(),
      EndingHashKey: (2n ** 128n - 1n).toString(),
    });
  });

  it('gives an ON_DEMAND stream four shards and refuses a ShardCount with it', async () => {
    const lake = new TestLake();
    await lake.call('kinesis', 'CreateStream', {
      StreamName: 'od',
      StreamModeDetails: { StreamMode: 'ON_DEMAND' },
    });
    const summary = await lake.call<Summary>('kinesis', 'DescribeStreamSummary', {
      StreamName: 'od',
    });
    expect(summary.StreamDescriptionSummary).toMatchObject({
      OpenShardCount: 4,
      StreamModeDetails: { StreamMode: 'ON_DEMAND' },
    });
    const error = await lake.errorOf('kinesis', 'CreateStream', {
      StreamName: 'od2',
      ShardCount: 2,
      StreamModeDetails: { StreamMode: 'ON_DEMAND' },
    });
    expect(error.name).toBe('InvalidArgumentException');
  });

  it('refuses a second stream with the same name (ResourceInUseException)', async () => {
    const lake = await lakeWithStream();
    expect(
      (await lake.errorOf('kinesis', 'CreateStream', { StreamName: 'clicks', ShardCount: 1 })).name,
    ).toBe('ResourceInUseException');
  });

  // Kinesis: "If the stream is in the ACTIVE state, you can delete it" (API_DeleteStream.html).
  it('refuses to delete a stream still CREATING (ResourceInUseException) and deletes it once ACTIVE', async () => {
    const lake = new TestLake();
    await lake.call('kinesis', 'CreateStream', { StreamName: 'clicks', ShardCount: 1 });
    const refused = await lake.errorOf('kinesis', 'DeleteStream', { StreamName: 'clicks' });
    expect(refused.name).toBe('ResourceInUseException');
    expect(refused.message).toMatch(/clicks .* is CREATING, not ACTIVE/);
    await lake.advance('10s');
    await lake.call('kinesis', 'DeleteStream', { StreamName: 'clicks' });
    expect((await lake.errorOf('kinesis', 'DescribeStream', { StreamName: 'clicks' })).name).toBe(
      'ResourceNotFoundException',
    );
  });

  it('lists streams by name and forgets a deleted one', async () => {
    const lake = await lakeWithStream('b-stream');
    await lakeWithStream('a-stream', 1, lake);
    const list = await lake.call<{ StreamNames: string[] }>('kinesis', 'ListStreams', {});
    expect(list.StreamNames).toEqual(['a-stream', 'b-stream']);
    await lake.call('kinesis', 'DeleteStream', { StreamName: 'a-stream' });
    expect(
      (await lake.call<{ StreamNames: string[] }>('kinesis', 'ListStreams', {})).StreamNames,
    ).toEqual(['b-stream']);
    expect((await lake.errorOf('kinesis', 'DescribeStream', { StreamName: 'a-stream' })).name).toBe(
      'ResourceNotFoundException',
    );
  });

  it('finds a stream by its ARN as well as its name', async () => {
    const lake = await lakeWithStream();
    const arn = 'arn:aws:kinesis:us-east-1:111122223333:stream/clicks';
    const out = await lake.call<{ StreamDescription: { StreamName: string; Shards: unknown[] } }>(
      'kinesis',
      'DescribeStream',
      { StreamARN: arn },
    );
    expect(out.StreamDescription.StreamName).toBe('clicks');
    expect(out.StreamDescription.Shards).toHaveLength(1);
  });

  it('bills shard-hours while the stream exists', async () => {
    const lake = await lakeWithStream('clicks', 2);
    await lake.advance('10h');
    const line = Object.values(lake.engine.world.ledger).find(
      (l) => l.usageType === 'Storage-ShardHour',
    );
    expect(line?.quantity).toBeCloseTo(20, 3);
    expect(line?.cost).toBeCloseTo(20 * 0.015, 6);
  });

  it('bills an ON_DEMAND stream per stream-hour and per GB ingested instead of shard-hours', async () => {
    const lake = new TestLake();
    await lake.call('kinesis', 'CreateStream', {
      StreamName: 'od',
      StreamModeDetails: { StreamMode: 'ON_DEMAND' },
    });
    await lake.advance('10s');
    await lake.call('kinesis', 'PutRecord', {
      StreamName: 'od',
      PartitionKey: 'k',
      Data: new Uint8Array(1024),
    });
    await lake.advance('2h');
    const lines = Object.values(lake.engine.world.ledger);
    expect(lines.find((l) => l.usageType === 'OnDemand-StreamHour')?.quantity).toBeCloseTo(2, 3);
    expect(lines.find((l) => l.usageType === 'OnDemand-DataIngested')?.quantity).toBeCloseTo(
      1024 / 1024 ** 3,
      12,
    );
    expect(lines.some((l) => l.usageType === 'Storage-ShardHour')).toBe(false);
  });

  it('lets IAM decide: a user without kinesis:CreateStream is denied', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
    expect(
      (
        await lake
          .as('analyst')
          .errorOf('kinesis', 'CreateStream', { StreamName: 'x', ShardCount: 1 })
      ).name,
    ).toBe('AccessDeniedException');
  });
});
