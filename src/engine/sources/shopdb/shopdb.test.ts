import { describe, expect, it } from 'vitest';
import { createEngine } from '../../index';
import {
  changesAfter,
  configureShopDb,
  openShopDb,
  readShopTable,
  shopDbActivity,
  shopDbState,
  shopDbTables,
} from './index';
import { BINLOG_RETENTION_MS } from './evolve';

const HOUR = 3_600_000;

function openedEngine(seed = 1) {
  const engine = createEngine({ seed });
  openShopDb(engine.world);
  return engine;
}

describe('the shop database', () => {
  it('lists four tables of schema shop with Hive column types and primary keys', () => {
    const tables = shopDbTables(createEngine().world);
    expect(tables.map((t) => t.table)).toEqual(['customers', 'products', 'orders', 'order_items']);
    expect(tables.every((t) => t.schema === 'shop')).toBe(true);
    expect(tables.find((t) => t.table === 'order_items')?.primaryKey).toEqual([
      'order_id',
      'product_id',
    ]);
    expect(tables.find((t) => t.table === 'orders')?.columns).toEqual([
      { name: 'order_id', type: 'bigint' },
      { name: 'customer_id', type: 'bigint' },
      { name: 'order_date', type: 'date' },
      { name: 'status', type: 'string' },
      { name: 'total', type: 'double' },
    ]);
  });

  it('is seeded from the sample shop: 500 customers, 60 products, 900 orders, the same rows for the same seed', () => {
    const a = openedEngine(7);
    const b = openedEngine(7);
    expect(readShopTable(a.world, 'shop', 'customers')).toHaveLength(500);
    expect(readShopTable(a.world, 'shop', 'products')).toHaveLength(60);
    expect(readShopTable(a.world, 'shop', 'orders')).toHaveLength(900);
    expect(readShopTable(a.world, 'shop', 'order_items')).toEqual(
      readShopTable(b.world, 'shop', 'order_items'),
    );
    expect(readShopTable(openedEngine(8).world, 'shop', 'customers')).not.toEqual(
      readShopTable(a.world, 'shop', 'customers'),
    );
  });

  it('keeps one row per primary key in order_items (a product twice in an order is one line)', () => {
    const items = readShopTable(openedEngine().world, 'shop', 'order_items');
    const keys = new Set(items.map((i) => `${i.order_id}|${i.product_id}`));
    expect(keys.size).toBe(items.length);
  });

  it('answers EntityNotFoundException for a table the database does not have', () => {
    expect(() => readShopTable(createEngine().world, 'shop', 'invoices')).toThrow(/does not exist/);
  });

  it('does not evolve until something opens it', async () => {
    const engine = createEngine();
    await engine.clock.advance(HOUR);
    expect(shopDbActivity(engine.world).online).toBe(false);
    expect(engine.world.sources?.shopDb).toBeUndefined();
  });

  it('commits changesPerMinute changes per simulated minute, each logged with LSN, time, op and row images', async () => {
    const engine = openedEngine();
    configureShopDb(engine.world, { changesPerMinute: 3 });
    await engine.clock.advance(10 * 60_000);
    const db = shopDbState(engine.world);
    const log = changesAfter(db, 0);
    // A new order inserts the order and its items: one business change can log several rows.
    expect(log.length).toBeGreaterThanOrEqual(30);
    expect(log.map((c) => c.lsn)).toEqual(log.map((_, i) => i + 1));
    expect(log.every((c, i) => i === 0 || c.at >= log[i - 1]!.at)).toBe(true);
    const update = log.find((c) => c.op === 'U')!;
    expect(update.before).toBeDefined();
    expect(update.after).toBeDefined();
    const insert = log.find((c) => c.op === 'I')!;
    expect(insert.before).toBeUndefined();
    expect(readShopTable(engine.world, 'shop', insert.table).length).toBeGreaterThan(0);
  });

  it('inserts orders, moves statuses along and deletes a few customers over a day', async () => {
    const engine = openedEngine();
    await engine.clock.advance(24 * HOUR);
    const activity = shopDbActivity(engine.world);
    expect(activity.totals.inserts).toBeGreaterThan(1000);
    expect(activity.totals.updates).toBeGreaterThan(500);
    expect(activity.totals.deletes).toBeGreaterThan(5);
    expect(activity.rowCounts.orders).toBeGreaterThan(900);
    const statuses = new Set(readShopTable(engine.world, 'shop', 'orders').map((o) => o.status));
    expect(statuses).toContain('pending');
  });

  it('evolves the same way for the same seed, whatever the steps the clock takes', async () => {
    const a = openedEngine(3);
    const b = openedEngine(3);
    await a.clock.advance(2 * HOUR);
    for (let i = 0; i < 8; i++) await b.clock.advance(HOUR / 4);
    expect(readShopTable(a.world, 'shop', 'orders')).toEqual(
      readShopTable(b.world, 'shop', 'orders'),
    );
    expect(shopDbState(a.world).log).toEqual(shopDbState(b.world).log);
  });

  it('purges binlog entries older than 24 hours', async () => {
    const engine = openedEngine();
    await engine.clock.advance(30 * HOUR);
    const log = shopDbState(engine.world).log;
    expect(log[0]!.lsn).toBeGreaterThan(1);
    expect(log[0]!.at).toBeGreaterThanOrEqual(
      engine.clock.now().getTime() - BINLOG_RETENTION_MS - 60_000,
    );
  });

  it('holds at most about a day of binlog even during a 30-day jump', async () => {
    const engine = openedEngine();
    await engine.clock.advance(30 * 24 * HOUR);
    const log = shopDbState(engine.world).log;
    expect(log.length).toBeLessThan(24 * 60 * 2 * 3);
    expect(log.at(-1)!.at).toBeGreaterThan(engine.clock.now().getTime() - HOUR);
  });

  it('rejects a negative change rate', () => {
    expect(() => configureShopDb(createEngine().world, { changesPerMinute: -1 })).toThrow(
      /between 0 and 600/,
    );
  });

  it('jumps 24 hours at 10 changes a minute', async () => {
    const engine = openedEngine();
    configureShopDb(engine.world, { changesPerMinute: 10 });
    await engine.clock.advance(24 * HOUR);
    expect(shopDbActivity(engine.world).totals.inserts).toBeGreaterThan(5000);
  });
});
