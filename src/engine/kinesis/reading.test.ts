import { describe, expect, it } from 'vitest';
import type { TestLake } from '../testing/TestLake';
import { lakeWithStream, text, utf8 } from './kinesis.fixtures';

type GetOut = {
  Records: { Data: Uint8Array; SequenceNumber: string; ApproximateArrivalTimestamp: Date }[];
  NextShardIterator: string;
  MillisBehindLatest: number;
};

async function put(lake: TestLake, data: string): Promise<string> {
  return (
    await lake.call<{ SequenceNumber: string }>('kinesis', 'PutRecord', {
      StreamName: 'clicks',
      PartitionKey: 'k',
      Data: utf8(data),
    })
  ).SequenceNumber;
}

async function iterator(lake: TestLake, type: string, extra: object = {}): Promise<string> {
  const out = await lake.call<{ ShardIterator: string }>('kinesis', 'GetShardIterator', {
    StreamName: 'clicks',
    ShardId: 'shardId-000000000000',
    ShardIteratorType: type,
    ...extra,
  });
  return out.ShardIterator;
}

async function read(
  lake: TestLake,
  it: string,
): Promise<{ data: string[]; next: string; behind: number }> {
  const out = await lake.call<GetOut>('kinesis', 'GetRecords', { ShardIterator: it });
  return {
    data: out.Records.map((r) => text(r.Data)),
    next: out.NextShardIterator,
    behind: out.MillisBehindLatest,
  };
}

describe('Kinesis GetShardIterator and GetRecords', () => {
  it('reads from the oldest record with TRIM_HORIZON and continues with NextShardIterator', async () => {
    const lake = await lakeWithStream();
    await put(lake, 'a');
    await put(lake, 'b');
    const first = await read(lake, await iterator(lake, 'TRIM_HORIZON'));
    expect(first.data).toEqual(['a', 'b']);
    await put(lake, 'c');
    expect((await read(lake, first.next)).data).toEqual(['c']);
  });

  it('reads only records put after the iterator with LATEST', async () => {
    const lake = await lakeWithStream();
    await put(lake, 'old');
    const latest = await iterator(lake, 'LATEST');
    await put(lake, 'new');
    expect((await read(lake, latest)).data).toEqual(['new']);
  });

  it('starts at or after a sequence number with AT_ and AFTER_SEQUENCE_NUMBER', async () => {
    const lake = await lakeWithStream();
    await put(lake, 'a');
    const seq = await put(lake, 'b');
    await put(lake, 'c');
    expect(
      (
        await read(
          lake,
          await iterator(lake, 'AT_SEQUENCE_NUMBER', { StartingSequenceNumber: seq }),
        )
      ).data,
    ).toEqual(['b', 'c']);
    expect(
      (
        await read(
          lake,
          await iterator(lake, 'AFTER_SEQUENCE_NUMBER', { StartingSequenceNumber: seq }),
        )
      ).data,
    ).toEqual(['c']);
  });

  it('starts at the first record that arrived at or after a time with AT_TIMESTAMP', async () => {
    const lake = await lakeWithStream();
    await put(lake, 'early');
    await lake.advance('1m');
    const from = lake.now();
    await put(lake, 'late');
    expect(
      (await read(lake, await iterator(lake, 'AT_TIMESTAMP', { Timestamp: from }))).data,
    ).toEqual(['late']);
  });

  it('expires a shard iterator five minutes after it was returned', async () => {
    const lake = await lakeWithStream();
    const it = await iterator(lake, 'TRIM_HORIZON');
    await lake.advance('5m');
    await lake.advance('1s');
    expect((await lake.errorOf('kinesis', 'GetRecords', { ShardIterator: it })).name).toBe(
      'ExpiredIteratorException',
    );
  });

  it('allows five GetRecords per shard per second', async () => {
    const lake = await lakeWithStream();
    const it = await iterator(lake, 'TRIM_HORIZON');
    for (let i = 0; i < 5; i++) await read(lake, it);
    expect((await lake.errorOf('kinesis', 'GetRecords', { ShardIterator: it })).name).toBe(
      'ProvisionedThroughputExceededException',
    );
  });
});

describe('Kinesis retention', () => {
  it('drops records older than the 24-hour default retention', async () => {
    const lake = await lakeWithStream();
    await put(lake, 'a');
    await lake.advance('23h');
    await put(lake, 'b');
    await lake.advance('1h');
    await lake.advance('1s');
    expect((await read(lake, await iterator(lake, 'TRIM_HORIZON'))).data).toEqual(['b']);
  });

  it('keeps records longer after IncreaseStreamRetentionPeriod, and bills the extended retention', async () => {
    const lake = await lakeWithStream();
    await lake.call('kinesis', 'IncreaseStreamRetentionPeriod', {
      StreamName: 'clicks',
      RetentionPeriodHours: 48,
    });
    await put(lake, 'a');
    await lake.advance('30h');
    expect((await read(lake, await iterator(lake, 'TRIM_HORIZON'))).data).toEqual(['a']);
    expect(
      Object.values(lake.engine.world.ledger).some((l) => l.usageType === 'Extended-ShardHour'),
    ).toBe(true);
  });

  it('accepts retention periods from 24 to 8,760 hours only, increasing or decreasing as named', async () => {
    const lake = await lakeWithStream();
    const change = (op: string, hours: number) =>
      lake.errorOf('kinesis', op, { StreamName: 'clicks', RetentionPeriodHours: hours });
    expect((await change('IncreaseStreamRetentionPeriod', 8761)).name).toBe(
      'InvalidArgumentException',
    );
    expect((await change('DecreaseStreamRetentionPeriod', 23)).name).toBe(
      'InvalidArgumentException',
    );
    await lake.call('kinesis', 'IncreaseStreamRetentionPeriod', {
      StreamName: 'clicks',
      RetentionPeriodHours: 8760,
    });
    expect((await change('IncreaseStreamRetentionPeriod', 100)).name).toBe(
      'InvalidArgumentException',
    );
    await lake.call('kinesis', 'DecreaseStreamRetentionPeriod', {
      StreamName: 'clicks',
      RetentionPeriodHours: 24,
    });
    expect((await change('DecreaseStreamRetentionPeriod', 48)).name).toBe(
      'InvalidArgumentException',
    );
  });

  it('trims at once when the retention period is decreased', async () => {
    const lake = await lakeWithStream();
    await lake.call('kinesis', 'IncreaseStreamRetentionPeriod', {
      StreamName: 'clicks',
      RetentionPeriodHours: 72,
    });
    await put(lake, 'a');
    await lake.advance('30h');
    await lake.call('kinesis', 'DecreaseStreamRetentionPeriod', {
      StreamName: 'clicks',
      RetentionPeriodHours: 24,
    });
    expect(lake.engine.world.kinesis?.streams['clicks']?.shards[0]?.records).toHaveLength(0);
  });
});
