import { describe, expect, it } from 'vitest';
import { readLabFile, writeLabFile } from '../engine/core/labFile';
import { SCENARIOS, scenarioById } from './index';
import { CLICKSTREAM_PREFIX } from './streamingClickstream';

const keysUnder = (world: ReturnType<typeof readLabFile>, bucket: string, prefix: string) =>
  Object.keys(world.s3.buckets[bucket]?.objects ?? {}).filter((k) => k.startsWith(prefix));

describe('the scenario library', () => {
  it('has unique ids and the four scenarios instructors open most', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'empty',
        'shop-raw-zone',
        'shop-athena-ready',
        'streaming-clickstream',
      ]),
    );
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s builds a valid world that survives a lab file round trip',
    async (_id, scenario) => {
      const engine = await scenario.build();
      const world = engine.snapshot();
      expect(readLabFile(writeLabFile(world))).toEqual(world);
      expect(engine.eventLog().filter((e) => !e.readOnly && e.outcome !== 'allowed')).toEqual([]);
    },
  );

  it('the raw zone scenario holds the sample data', async () => {
    const engine = await scenarioById('shop-raw-zone')!.build();
    expect(keysUnder(engine.world, 'shop-raw-zone', 'shop/orders/').length).toBeGreaterThan(0);
  });

  it('the Athena-ready scenario answers a query on shop.orders', async () => {
    const engine = await scenarioById('shop-athena-ready')!.build();
    expect(Object.keys(engine.world.glue.databases ?? {})).toContain('shop');
    const { QueryExecutionId } = await engine.call<{ QueryExecutionId: string }>(
      'athena',
      'StartQueryExecution',
      { QueryString: 'SELECT count(*) FROM orders', QueryExecutionContext: { Database: 'shop' } },
    );
    await engine.settled();
    const { QueryExecution } = await engine.call<{ QueryExecution: { Status: { State: string } } }>(
      'athena',
      'GetQueryExecution',
      { QueryExecutionId },
    );
    expect(QueryExecution.Status.State).toBe('SUCCEEDED');
  });

  it('the streaming scenario delivers clickstream objects to the raw zone after 10 minutes', async () => {
    const engine = await scenarioById('streaming-clickstream')!.build();
    expect(keysUnder(engine.world, 'shop-raw-zone', CLICKSTREAM_PREFIX)).toEqual([]);
    await engine.clock.advance(10 * 60_000);
    const keys = keysUnder(engine.world, 'shop-raw-zone', CLICKSTREAM_PREFIX);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys[0]).toMatch(/\.gz$/);
  });
});
