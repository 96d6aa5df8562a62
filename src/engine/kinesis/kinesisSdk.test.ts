import {
  CreateStreamCommand,
  DescribeStreamSummaryCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  KinesisClient,
  PutRecordsCommand,
} from '@aws-sdk/client-kinesis';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../index';
import { text, utf8 } from './kinesis.fixtures';

describe('Kinesis through the real AWS SDK client', () => {
  it('creates a stream, waits for ACTIVE, puts records with partial failure and reads them back byte for byte', async () => {
    const engine = createEngine();
    const kinesis = new KinesisClient(engine.sdkConfig());
    await kinesis.send(new CreateStreamCommand({ StreamName: 'clicks', ShardCount: 1 }));
    const status = async () =>
      (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'clicks' })))
        .StreamDescriptionSummary?.StreamStatus;
    expect(await status()).toBe('CREATING');
    await engine.clock.advance(10_000);
    expect(await status()).toBe('ACTIVE');

    const records = Array.from({ length: 500 }, (_, i) => ({
      PartitionKey: `k${i}`,
      Data: utf8(`{"n":${i}}`),
    }));
    await kinesis.send(new PutRecordsCommand({ StreamName: 'clicks', Records: records }));
    await kinesis.send(new PutRecordsCommand({ StreamName: 'clicks', Records: records }));
    const third = await kinesis.send(
      new PutRecordsCommand({ StreamName: 'clicks', Records: records.slice(0, 3) }),
    );
    expect(third.FailedRecordCount).toBe(3);
    expect(third.Records?.[0]?.ErrorCode).toBe('ProvisionedThroughputExceededException');

    const { ShardIterator } = await kinesis.send(
      new GetShardIteratorCommand({
        StreamName: 'clicks',
        ShardId: 'shardId-000000000000',
        ShardIteratorType: 'TRIM_HORIZON',
      }),
    );
    const out = await kinesis.send(new GetRecordsCommand({ ShardIterator, Limit: 2 }));
    expect(out.Records?.map((r) => text(r.Data))).toEqual(['{"n":0}', '{"n":1}']);
    expect(out.Records?.[0]?.ApproximateArrivalTimestamp).toEqual(engine.clock.now());
    expect(out.Records?.[0]?.SequenceNumber).toMatch(/^\d{56}$/);
  });
});
