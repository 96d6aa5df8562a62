import { describe, expect, it } from 'vitest';
import { lakeWithStream, utf8 } from './kinesis.fixtures';

type Shards = {
  Shards: {
    ShardId: string;
    ParentShardId?: string;
    AdjacentParentShardId?: string;
    HashKeyRange: { StartingHashKey: string; EndingHashKey: string };
    SequenceNumberRange: { EndingSequenceNumber?: string };
  }[];
};
const HALF = (2n ** 127n).toString();

describe('Kinesis SplitShard and MergeShards', () => {
  // API_SplitShard.html: the two children share the parent's range, split at NewStartingHashKey; the stream is UPDATING meanwhile.
  it('splits a shard at NewStartingHashKey into two children, then merges them back', async () => {
    const lake = await lakeWithStream('clicks', 1);
    await lake.call('kinesis', 'SplitShard', {
      StreamName: 'clicks',
      ShardToSplit: 'shardId-000000000000',
      NewStartingHashKey: HALF,
    });
    const status = async () =>
      (
        await lake.call<{
          StreamDescriptionSummary: { StreamStatus: string; OpenShardCount: number };
        }>('kinesis', 'DescribeStreamSummary', { StreamName: 'clicks' })
      ).StreamDescriptionSummary;
    expect((await status()).StreamStatus).toBe('UPDATING');
    await lake.advance('10s');
    expect(await status()).toMatchObject({ StreamStatus: 'ACTIVE', OpenShardCount: 2 });
    const { Shards } = await lake.call<Shards>('kinesis', 'ListShards', { StreamName: 'clicks' });
    expect(Shards[0]!.SequenceNumberRange.EndingSequenceNumber).toBeDefined();
    expect(Shards.slice(1).map((s) => [s.ShardId, s.ParentShardId, s.HashKeyRange])).toEqual([
      [
        'shardId-000000000001',
        'shardId-000000000000',
        { StartingHashKey: '0', EndingHashKey: (2n ** 127n - 1n).toString() },
      ],
      [
        'shardId-000000000002',
        'shardId-000000000000',
        { StartingHashKey: HALF, EndingHashKey: (2n ** 128n - 1n).toString() },
      ],
    ]);
    const put = await lake.call<{ ShardId: string }>('kinesis', 'PutRecord', {
      StreamName: 'clicks',
      PartitionKey: 'k',
      Data: utf8('x'),
      ExplicitHashKey: HALF,
    });
    expect(put.ShardId).toBe('shardId-000000000002');

    await lake.call('kinesis', 'MergeShards', {
      StreamName: 'clicks',
      ShardToMerge: 'shardId-000000000001',
      AdjacentShardToMerge: 'shardId-000000000002',
    });
    await lake.advance('10s');
    const merged = (
      await lake.call<Shards>('kinesis', 'ListShards', { StreamName: 'clicks' })
    ).Shards.at(-1)!;
    expect(merged).toMatchObject({
      ShardId: 'shardId-000000000003',
      ParentShardId: 'shardId-000000000001',
      AdjacentParentShardId: 'shardId-000000000002',
      HashKeyRange: { StartingHashKey: '0', EndingHashKey: (2n ** 128n - 1n).toString() },
    });
  });

  it('refuses a split key outside the shard and a merge of shards that are not adjacent (InvalidArgumentException)', async () => {
    const lake = await lakeWithStream('clicks', 3);
    const split = await lake.errorOf('kinesis', 'SplitShard', {
      StreamName: 'clicks',
      ShardToSplit: 'shardId-000000000000',
      NewStartingHashKey: '0',
    });
    expect(split.name).toBe('InvalidArgumentException');
    const merge = await lake.errorOf('kinesis', 'MergeShards', {
      StreamName: 'clicks',
      ShardToMerge: 'shardId-000000000000',
      AdjacentShardToMerge: 'shardId-000000000002',
    });
    expect(merge.name).toBe('InvalidArgumentException');
  });
});
