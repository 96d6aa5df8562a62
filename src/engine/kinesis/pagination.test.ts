import {
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ListShardsCommand,
  ListStreamsCommand,
} from '@aws-sdk/client-kinesis';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../testing/sdkFailure';
import { lakeWithStream } from './kinesis.fixtures';

describe('Kinesis pagination, through the real SDK client', () => {
  // API_ListShards.html: "Don't specify StreamName … if you specify NextToken because the latter unambiguously identifies the stream."
  it('pages ListShards with a NextToken alone and refuses it together with StreamName', async () => {
    const lake = await lakeWithStream('clicks', 3);
    const kinesis = new KinesisClient(lake.engine.sdkConfig());
    const first = await kinesis.send(
      new ListShardsCommand({ StreamName: 'clicks', MaxResults: 2 }),
    );
    expect(first.Shards?.map((s) => s.ShardId)).toEqual([
      'shardId-000000000000',
      'shardId-000000000001',
    ]);
    const second = await kinesis.send(new ListShardsCommand({ NextToken: first.NextToken }));
    expect(second.Shards?.map((s) => s.ShardId)).toEqual(['shardId-000000000002']);
    expect(second.NextToken).toBeUndefined();
    const both = await failureOf(
      kinesis.send(new ListShardsCommand({ StreamName: 'clicks', NextToken: first.NextToken })),
    );
    expect(both.name).toBe('InvalidArgumentException');
    const withStart = await failureOf(
      kinesis.send(
        new ListShardsCommand({
          NextToken: first.NextToken,
          ExclusiveStartShardId: 'shardId-000000000000',
        }),
      ),
    );
    expect(withStart.name).toBe('InvalidArgumentException');
  });

  // API_ListShards.html: "Tokens expire after 300 seconds … you get ExpiredNextTokenException."
  it('expires a ListShards NextToken after 300 seconds', async () => {
    const lake = await lakeWithStream('clicks', 2);
    const kinesis = new KinesisClient(lake.engine.sdkConfig());
    const first = await kinesis.send(
      new ListShardsCommand({ StreamName: 'clicks', MaxResults: 1 }),
    );
    await lake.advance('301s');
    const late = await failureOf(
      kinesis.send(new ListShardsCommand({ NextToken: first.NextToken })),
    );
    expect(late.name).toBe('ExpiredNextTokenException');
  });

  // API_ListStreams.html: "The default value is 100. If you specify a value greater than 100, at most 100 results are returned."
  it('returns at most 100 streams per ListStreams page and pages on with NextToken', async () => {
    const lake = await lakeWithStream('s000');
    for (let i = 1; i < 102; i++) {
      await lake.call('kinesis', 'CreateStream', {
        StreamName: `s${String(i).padStart(3, '0')}`,
        ShardCount: 1,
      });
      // At most five streams may be CREATING at once (API_CreateStream.html): let them turn ACTIVE.
      if (i % 5 === 0) await lake.advance('10s');
    }
    const kinesis = new KinesisClient(lake.engine.sdkConfig());
    const first = await kinesis.send(new ListStreamsCommand({ Limit: 500 }));
    expect(first.StreamNames).toHaveLength(100);
    expect(first.HasMoreStreams).toBe(true);
    expect(first.StreamSummaries?.[0]?.StreamCreationTimestamp).toBeInstanceOf(Date);
    const rest = await kinesis.send(new ListStreamsCommand({ NextToken: first.NextToken }));
    expect(rest.StreamNames).toEqual(['s100', 's101']);
    expect(rest.HasMoreStreams).toBe(false);
    const after = await kinesis.send(
      new ListStreamsCommand({ ExclusiveStartStreamName: 's099', Limit: 1 }),
    );
    expect(after.StreamNames).toEqual(['s100']);
  });

  // API_GetRecords.html: "If you specify a value that is greater than 10,000, GetRecords throws InvalidArgumentException."
  it('refuses a GetRecords Limit above 10,000 with InvalidArgumentException', async () => {
    const lake = await lakeWithStream('clicks', 1);
    const kinesis = new KinesisClient(lake.engine.sdkConfig());
    const { ShardIterator } = await kinesis.send(
      new GetShardIteratorCommand({
        StreamName: 'clicks',
        ShardId: 'shardId-000000000000',
        ShardIteratorType: 'TRIM_HORIZON',
      }),
    );
    const error = await failureOf(
      kinesis.send(new GetRecordsCommand({ ShardIterator, Limit: 10_001 })),
    );
    expect(error.name).toBe('InvalidArgumentException');
    const ok = await kinesis.send(new GetRecordsCommand({ ShardIterator, Limit: 10_000 }));
    expect(ok.Records).toEqual([]);
  });

  // API_DescribeStream.html: Limit "default value is 100 … greater than 100, at most 100 results are returned".
  it('describes at most 100 shards per DescribeStream call', async () => {
    const lake = await lakeWithStream('wide', 64);
    const out = await lake.call<{
      StreamDescription: { Shards: unknown[]; HasMoreShards: boolean };
    }>('kinesis', 'DescribeStream', { StreamName: 'wide', Limit: 1000 });
    expect(out.StreamDescription.Shards).toHaveLength(64);
    expect(out.StreamDescription.HasMoreShards).toBe(false);
    const zero = await lake.errorOf('kinesis', 'DescribeStream', { StreamName: 'wide', Limit: 0 });
    expect(zero.name).toBe('ValidationException');
  });
});
