import {
  DescribeLimitsCommand,
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  ListShardsCommand,
  PutRecordCommand,
  UpdateShardCountCommand,
  UpdateStreamModeCommand,
} from '@aws-sdk/client-kinesis';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../testing/sdkFailure';
import { lakeWithStream, text, utf8 } from './kinesis.fixtures';

describe('Kinesis UpdateShardCount, through the real SDK client', () => {
  // API_UpdateShardCount.html: "sets the status of the stream to UPDATING. After the update is complete … back to ACTIVE."
  it('goes UPDATING, then ACTIVE with the target count of open shards; closed parents keep their records', async () => {
    const lake = await lakeWithStream('clicks', 2);
    const kinesis = new KinesisClient({ ...lake.engine.sdkConfig(), maxAttempts: 1 });
    const put = await kinesis.send(
      new PutRecordCommand({ StreamName: 'clicks', PartitionKey: 'a', Data: utf8('before') }),
    );
    const out = await kinesis.send(
      new UpdateShardCountCommand({
        StreamName: 'clicks',
        TargetShardCount: 4,
        ScalingType: 'UNIFORM_SCALING',
      }),
    );
    expect(out).toMatchObject({ StreamName: 'clicks', CurrentShardCount: 2, TargetShardCount: 4 });
    const summary = async () =>
      (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'clicks' })))
        .StreamDescriptionSummary!;
    expect((await summary()).StreamStatus).toBe('UPDATING');
    await lake.advance('10s');
    expect(await summary()).toMatchObject({ StreamStatus: 'ACTIVE', OpenShardCount: 4 });

    const { Shards } = await kinesis.send(new ListShardsCommand({ StreamName: 'clicks' }));
    expect(Shards).toHaveLength(6);
    const closed = Shards!.filter((s) => s.SequenceNumberRange?.EndingSequenceNumber);
    expect(closed.map((s) => s.ShardId)).toEqual(['shardId-000000000000', 'shardId-000000000001']);
    expect(Shards![2]).toMatchObject({
      ShardId: 'shardId-000000000002',
      ParentShardId: 'shardId-000000000000',
    });

    // The parent still serves its record, then ends: no NextShardIterator, its ChildShards instead.
    const { ShardIterator } = await kinesis.send(
      new GetShardIteratorCommand({
        StreamName: 'clicks',
        ShardId: put.ShardId,
        ShardIteratorType: 'TRIM_HORIZON',
      }),
    );
    const read = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
    expect(read.Records?.map((r) => text(r.Data))).toEqual(['before']);
    expect(read.NextShardIterator).toBeUndefined();
    expect(read.ChildShards?.length).toBeGreaterThan(0);

    const after = await kinesis.send(
      new PutRecordCommand({ StreamName: 'clicks', PartitionKey: 'a', Data: utf8('after') }),
    );
    expect(closed.map((s) => s.ShardId)).not.toContain(after.ShardId);
    expect(after.SequenceNumber! > put.SequenceNumber!).toBe(true);
  });

  // API_UpdateShardCount.html: you cannot "scale up to more than double" or "down below half your current shard count".
  it('refuses more than double or less than half the current count (LimitExceededException) and a stream not ACTIVE', async () => {
    const lake = await lakeWithStream('clicks', 4);
    const kinesis = new KinesisClient({ ...lake.engine.sdkConfig(), maxAttempts: 1 });
    const update = (TargetShardCount: number) =>
      kinesis.send(
        new UpdateShardCountCommand({
          StreamName: 'clicks',
          TargetShardCount,
          ScalingType: 'UNIFORM_SCALING',
        }),
      );
    expect((await failureOf(update(9))).name).toBe('LimitExceededException');
    expect((await failureOf(update(1))).name).toBe('LimitExceededException');
    await update(2);
    expect((await failureOf(update(3))).name).toBe('ResourceInUseException');
  });

  it('answers DescribeLimits with the shard quota and the open shards in use', async () => {
    const lake = await lakeWithStream('clicks', 3);
    const kinesis = new KinesisClient({ ...lake.engine.sdkConfig(), maxAttempts: 1 });
    const limits = await kinesis.send(new DescribeLimitsCommand({}));
    expect(limits).toMatchObject({
      ShardLimit: 20_000,
      OpenShardCount: 3,
      OnDemandStreamCount: 0,
      OnDemandStreamCountLimit: 50,
    });
  });
});

describe('Kinesis UpdateStreamMode, through the real SDK client', () => {
  // API_UpdateStreamMode.html names the stream by StreamARN; the capacity mode switches twice per 24 hours at most (service-sizes-and-limits.html).
  it('switches PROVISIONED to ON_DEMAND and back, UPDATING meanwhile, and refuses a third switch in 24 hours', async () => {
    const lake = await lakeWithStream('clicks', 2);
    const kinesis = new KinesisClient({ ...lake.engine.sdkConfig(), maxAttempts: 1 });
    const StreamARN = 'arn:aws:kinesis:us-east-1:111122223333:stream/clicks';
    const summary = async () =>
      (await kinesis.send(new DescribeStreamSummaryCommand({ StreamARN })))
        .StreamDescriptionSummary!;
    const switchTo = (StreamMode: 'ON_DEMAND' | 'PROVISIONED') =>
      kinesis.send(new UpdateStreamModeCommand({ StreamARN, StreamModeDetails: { StreamMode } }));
    await switchTo('ON_DEMAND');
    expect((await summary()).StreamStatus).toBe('UPDATING');
    expect((await failureOf(switchTo('PROVISIONED'))).name).toBe('ResourceInUseException');
    await lake.advance('10s');
    expect(await summary()).toMatchObject({
      StreamStatus: 'ACTIVE',
      StreamModeDetails: { StreamMode: 'ON_DEMAND' },
    });
    expect((await failureOf(switchTo('ON_DEMAND'))).name).toBe('InvalidArgumentException');
    await switchTo('PROVISIONED');
    await lake.advance('10s');
    expect((await failureOf(switchTo('ON_DEMAND'))).name).toBe('LimitExceededException');
    await lake.advance('24h');
    await switchTo('ON_DEMAND');
  });
});
