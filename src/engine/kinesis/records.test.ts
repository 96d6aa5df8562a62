import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lakeWithStream, utf8 } from './kinesis.fixtures';

type PutOut = { ShardId: string; SequenceNumber: string };
type PutsOut = {
  FailedRecordCount: number;
  Records: {
    ShardId?: string;
    SequenceNumber?: string;
    ErrorCode?: string;
    ErrorMessage?: string;
  }[];
};

const records = (count: number, bytes = 10, key = (i: number) => `user-${i}`) =>
  Array.from({ length: count }, (_, i) => ({ PartitionKey: key(i), Data: new Uint8Array(bytes) }));

describe('Kinesis PutRecord and PutRecords', () => {
  it('routes a record to the shard whose hash-key range holds the MD5 of its partition key', async () => {
    const lake = await lakeWithStream('clicks', 4);
    for (const key of ['alice', 'bob', 'carol', 'dave', 'erin']) {
      const hash = BigInt(`0x${createHash('md5').update(key).digest('hex')}`);
      const expected = Number(hash / (2n ** 128n / 4n));
      const out = await lake.call<PutOut>('kinesis', 'PutRecord', {
        StreamName: 'clicks',
        PartitionKey: key,
        Data: utf8(key),
      });
      expect(out.ShardId).toBe(`shardId-${String(expected).padStart(12, '0')}`);
    }
  });

  it('sends a record to the shard its ExplicitHashKey names, whatever the partition key', async () => {
    const lake = await lakeWithStream('clicks', 2);
    const out = await lake.call<PutOut>('kinesis', 'PutRecord', {
      StreamName: 'clicks',
      PartitionKey: 'a',
      ExplicitHashKey: (2n ** 128n - 1n).toString(),
      Data: utf8('x'),
    });
    expect(out.ShardId).toBe('shardId-000000000001');
  });

  it('hands out sequence numbers as increasing decimal strings', async () => {
    const lake = await lakeWithStream();
    const seqs: string[] = [];
    for (let i = 0; i < 3; i++)
      seqs.push(
        (
          await lake.call<PutOut>('kinesis', 'PutRecord', {
            StreamName: 'clicks',
            PartitionKey: 'k',
            Data: utf8('x'),
          })
        ).SequenceNumber,
      );
    for (const s of seqs) expect(s).toMatch(/^\d+$/);
    expect(BigInt(seqs[0]!)).toBeLessThan(BigInt(seqs[1]!));
    expect(BigInt(seqs[1]!)).toBeLessThan(BigInt(seqs[2]!));
  });

  it('throttles a shard past 1,000 records in one simulated second: PutRecords fails only the excess', async () => {
    const lake = await lakeWithStream();
    const first = await lake.call<PutsOut>('kinesis', 'PutRecords', {
      StreamName: 'clicks',
      Records: records(500),
    });
    const second = await lake.call<PutsOut>('kinesis', 'PutRecords', {
      StreamName: 'clicks',
      Records: records(500),
    });
    const third = await lake.call<PutsOut>('kinesis', 'PutRecords', {
      StreamName: 'clicks',
      Records: records(500),
    });
    expect([first.FailedRecordCount, second.FailedRecordCount, third.FailedRecordCount]).toEqual([
      0, 0, 500,
    ]);
    expect(third.Records[0]).toMatchObject({ ErrorCode: 'ProvisionedThroughputExceededException' });
    expect(third.Records[0]!.ErrorMessage).toContain(
      'Rate exceeded for shard shardId-000000000000 in stream clicks',
    );
    await lake.advance('1s');
    expect(
      (
        await lake.call<PutsOut>('kinesis', 'PutRecords', {
          StreamName: 'clicks',
          Records: records(500),
        })
      ).FailedRecordCount,
    ).toBe(0);
  });

  it('throttles a shard past 1 MiB in one second, counting partition keys, and keeps per-record results in order', async () => {
    const lake = await lakeWithStream();
    const big = 400 * 1024;
    const out = await lake.call<PutsOut>('kinesis', 'PutRecords', {
      StreamName: 'clicks',
      Records: records(3, big),
    });
    expect(out.FailedRecordCount).toBe(1);
    expect(out.Records.map((r) => r.ErrorCode ?? 'ok')).toEqual([
      'ok',
      'ok',
      'ProvisionedThroughputExceededException',
    ]);
  });

  it('throttles per shard: another shard still takes records in the same second', async () => {
    const lake = await lakeWithStream('clicks', 2);
    const low = { ExplicitHashKey: '0' };
    const high = { ExplicitHashKey: (2n ** 128n - 1n).toString() };
    const batch = (hash: object) => records(500).map((r) => ({ ...r, ...hash }));
    await lake.call('kinesis', 'PutRecords', { StreamName: 'clicks', Records: batch(low) });
    await lake.call('kinesis', 'PutRecords', { StreamName: 'clicks', Records: batch(low) });
    const full = await lake.call<PutsOut>('kinesis', 'PutRecords', {
      StreamName: 'clicks',
      Records: batch(low),
    });
    const other = await lake.call<PutsOut>('kinesis', 'PutRecords', {
      StreamName: 'clicks',
      Records: batch(high),
    });
    expect([full.FailedRecordCount, other.FailedRecordCount]).toEqual([500, 0]);
  });

  it('makes PutRecord itself fail with ProvisionedThroughputExceededException on a full shard', async () => {
    const lake = await lakeWithStream();
    await lake.call('kinesis', 'PutRecords', { StreamName: 'clicks', Records: records(500) });
    await lake.call('kinesis', 'PutRecords', { StreamName: 'clicks', Records: records(500) });
    const error = await lake.errorOf('kinesis', 'PutRecord', {
      StreamName: 'clicks',
      PartitionKey: 'k',
      Data: utf8('x'),
    });
    expect(error.name).toBe('ProvisionedThroughputExceededException');
  });

  it('refuses more than 500 records in one PutRecords and records over 1 MiB', async () => {
    const lake = await lakeWithStream();
    expect(
      (await lake.errorOf('kinesis', 'PutRecords', { StreamName: 'clicks', Records: records(501) }))
        .name,
    ).toBe('ValidationException');
    const huge = { StreamName: 'clicks', PartitionKey: 'k', Data: new Uint8Array(1024 * 1024) };
    expect((await lake.errorOf('kinesis', 'PutRecord', huge)).name).toBe('ValidationException');
  });

  it('bills PUT payload units of 25 KB per record (a 30 KB record is two units)', async () => {
    const lake = await lakeWithStream();
    await lake.call('kinesis', 'PutRecords', {
      StreamName: 'clicks',
      Records: [...records(1, 30 * 1024), ...records(1, 100)],
    });
    const line = Object.values(lake.engine.world.ledger).find(
      (l) => l.usageType === 'PutRequestPayloadUnits',
    );
    expect(line?.quantity).toBeCloseTo(3 / 1e6, 12);
  });

  it('takes Data as base64 text, as the JSON wire protocol carries it', async () => {
    const lake = await lakeWithStream();
    const out = await lake.call<PutOut>('kinesis', 'PutRecord', {
      StreamName: 'clicks',
      PartitionKey: 'k',
      Data: 'aGVsbG8=',
    });
    expect(out.ShardId).toBe('shardId-000000000000');
    expect(lake.engine.world.kinesis?.streams['clicks']?.shards[0]?.records[0]?.Data).toBe(
      'aGVsbG8=',
    );
  });
});
