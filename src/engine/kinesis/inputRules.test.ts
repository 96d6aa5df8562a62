import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { lakeWithStream, utf8 } from './kinesis.fixtures';

const SHARD0 = 'shardId-000000000000';

describe('Kinesis data-plane input rules', () => {
  // API_PutRecord.html: ExplicitHashKey "Pattern: 0|([1-9]\d{0,38})"; a value past 2^128 - 1 names no hash key.
  it('answers ValidationException for a malformed ExplicitHashKey and InvalidArgumentException past 2^128 - 1', async () => {
    const lake = await lakeWithStream('clicks');
    const put = (ExplicitHashKey: string) =>
      lake.errorOf('kinesis', 'PutRecord', {
        StreamName: 'clicks',
        PartitionKey: 'k',
        Data: utf8('x'),
        ExplicitHashKey,
      });
    expect((await put('abc')).name).toBe('ValidationException');
    expect((await put('007')).name).toBe('ValidationException');
    expect((await put((2n ** 128n).toString())).name).toBe('InvalidArgumentException');
  });

  // API_GetShardIterator.html: sequence numbers are those "returned by earlier calls to PutRecord, PutRecords, GetRecords, or DescribeStream".
  it('refuses AT_SEQUENCE_NUMBER with a sequence number of another shard or never handed out', async () => {
    const lake = await lakeWithStream('clicks', 2);
    const one = await lake.call<{ ShardId: string; SequenceNumber: string }>(
      'kinesis',
      'PutRecord',
      {
        StreamName: 'clicks',
        PartitionKey: 'k',
        Data: utf8('x'),
      },
    );
    const other = one.ShardId === SHARD0 ? 'shardId-000000000001' : SHARD0;
    const iterator = (ShardId: string, StartingSequenceNumber: string) =>
      lake.errorOf('kinesis', 'GetShardIterator', {
        StreamName: 'clicks',
        ShardId,
        ShardIteratorType: 'AT_SEQUENCE_NUMBER',
        StartingSequenceNumber,
      });
    expect((await iterator(other, one.SequenceNumber)).name).toBe('InvalidArgumentException');
    const unissued = (BigInt(one.SequenceNumber) + 1000n).toString();
    expect((await iterator(one.ShardId, unissued)).name).toBe('InvalidArgumentException');
    await lake.call('kinesis', 'GetShardIterator', {
      StreamName: 'clicks',
      ShardId: one.ShardId,
      ShardIteratorType: 'AT_SEQUENCE_NUMBER',
      StartingSequenceNumber: one.SequenceNumber,
    });
  });

  it('answers ValidationException for an unknown ShardIteratorType, ResourceNotFoundException for an unknown shard', async () => {
    const lake = await lakeWithStream('clicks');
    const get = (ShardId: string, ShardIteratorType: string) =>
      lake.errorOf('kinesis', 'GetShardIterator', {
        StreamName: 'clicks',
        ShardId,
        ShardIteratorType,
      });
    expect((await get(SHARD0, 'OLDEST')).name).toBe('ValidationException');
    expect((await get('shardId-000000000009', 'LATEST')).name).toBe('ResourceNotFoundException');
  });

  // ResourceInUseException: "For successful operation, the resource must be in the ACTIVE state" (listed by API_ListShards.html).
  it('refuses ListShards on a stream still CREATING with ResourceInUseException', async () => {
    const lake = new TestLake();
    await lake.call('kinesis', 'CreateStream', { StreamName: 'clicks', ShardCount: 1 });
    expect((await lake.errorOf('kinesis', 'ListShards', { StreamName: 'clicks' })).name).toBe(
      'ResourceInUseException',
    );
    await lake.advance('10s');
    await lake.call('kinesis', 'ListShards', { StreamName: 'clicks' });
  });
});
