import { describe, expect, it } from 'vitest';
import type { TestLake } from '../testing/TestLake';
import { directPut, json, lakeWithBucket } from './firehose.fixtures';
import { recordIdOf } from './recordIds';

describe('Firehose RecordIds', () => {
  it('are the time in hex, the counter padded to 8 hex digits and 16 hex digits', () => {
    const now = Date.UTC(2025, 0, 6, 9);
    for (const counter of [1, 0xfffffffe, 2 ** 40]) {
      const id = recordIdOf(now.toString(16), counter, 12345);
      const time = now.toString(16);
      const count = counter.toString(16).padStart(8, '0');
      expect(id.slice(0, time.length + count.length)).toBe(time + count);
      expect(id.slice(time.length + count.length)).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('differ from one counter to the next and between salts, in their opaque part too', () => {
    const time = (0).toString(16);
    const tails = new Set<string>();
    for (let counter = 1; counter <= 10_000; counter++)
      tails.add(recordIdOf(time, counter, 7).slice(-16));
    expect(tails.size).toBe(10_000);
    expect(recordIdOf(time, 1, 7)).not.toBe(recordIdOf(time, 1, 8));
  });
});

async function putIds(lake: TestLake, records: number): Promise<string[]> {
  const out = await lake.call<{ RequestResponses: { RecordId: string }[] }>(
    'firehose',
    'PutRecordBatch',
    {
      DeliveryStreamName: 'clicks',
      Records: Array.from({ length: records }, (_, i) => ({ Data: json(i) })),
    },
  );
  return out.RequestResponses.map((r) => r.RecordId);
}

describe('PutRecordBatch RequestResponses', () => {
  it('hold one unique RecordId per record, the same for the same seed', async () => {
    const runs: string[][] = [];
    for (let run = 0; run < 2; run++) {
      const lake = await lakeWithBucket();
      await directPut(lake, 'clicks');
      const first = await putIds(lake, 3);
      const afterSalt = lake.engine.world.rng;
      runs.push([...first, ...(await putIds(lake, 2))]);
      expect(lake.engine.world.rng).toBe(afterSalt);
    }
    expect(new Set(runs[0]).size).toBe(5);
    expect(runs[1]).toEqual(runs[0]);
  });

  it('are written out in the JSON an SDK client reads', async () => {
    const lake = await lakeWithBucket();
    await directPut(lake, 'clicks');
    const out = await lake.call('firehose', 'PutRecordBatch', {
      DeliveryStreamName: 'clicks',
      Records: [{ Data: json(1) }, { Data: json(2) }],
    });
    const wire = JSON.parse(JSON.stringify(out)) as { RequestResponses: { RecordId: string }[] };
    expect(wire.RequestResponses.map((r) => r.RecordId)).toHaveLength(2);
  });
});
