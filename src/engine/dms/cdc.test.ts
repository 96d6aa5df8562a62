import { parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../index';
import { configureShopDb, readShopTable, shopDbState } from '../sources/shopdb';
import {
  dmsPipeline,
  keysIn,
  objectBytes,
  objectText,
  startTask,
  taskView,
  type Pipeline,
} from './testFixtures';

const CDC_FILE = /\/\d{8}-\d{9}\.csv$/;
const lines = (text: string) => text.trimEnd().split('\n');

async function cdcFiles(p: Pipeline, table: string): Promise<string[]> {
  return (await keysIn(p, `raw/shop/${table}/`)).filter((k) => CDC_FILE.test(k));
}

async function allCdcLines(p: Pipeline, table: string): Promise<string[]> {
  const out: string[] = [];
  for (const key of await cdcFiles(p, table)) out.push(...lines(await objectText(p, key)));
  return out;
}

type TableStats = { TableName: string; Inserts: number; Updates: number; Deletes: number };
async function tableStats(p: Pipeline): Promise<TableStats[]> {
  return (
    await p.lake.call<{ TableStatistics: TableStats[] }>('dms', 'DescribeTableStatistics', {
      ReplicationTaskArn: p.taskArn,
    })
  ).TableStatistics;
}

describe('DMS ongoing replication (CDC) to S3', () => {
  it('after the full load, writes timestamp-named CDC files whose first column is Op I, U or D', async () => {
    const p = await dmsPipeline({ migrationType: 'full-load-and-cdc' });
    configureShopDb(p.lake.engine.world, { changesPerMinute: 20 });
    await startTask(p);
    await p.lake.advance('2h');
    expect((await taskView(p)).Status).toBe('running');
    expect(await keysIn(p, 'raw/shop/orders/LOAD')).toEqual(['raw/shop/orders/LOAD00000001.csv']);
    const orders = await allCdcLines(p, 'orders');
    const ops = new Set(orders.map((line) => line.split(',')[0]));
    expect(ops).toEqual(new Set(['I', 'U']));
    const customers = await allCdcLines(p, 'customers');
    expect(new Set(customers.map((l) => l[0]))).toContain('D');
  });

  it('writes an update as its after image and a delete as its before image', async () => {
    const p = await dmsPipeline({ migrationType: 'cdc' });
    configureShopDb(p.lake.engine.world, { changesPerMinute: 20 });
    await startTask(p);
    await p.lake.advance('1h');
    const db = shopDbState(p.lake.engine.world);
    const update = db.log.find((c) => c.op === 'U' && c.table === 'orders')!;
    const deletion = db.log.find((c) => c.op === 'D')!;
    const orders = await allCdcLines(p, 'orders');
    expect(orders).toContain(['U', ...Object.values(update.after!)].join(','));
    const deleted = await allCdcLines(p, deletion.table);
    expect(deleted).toContain(['D', ...Object.values(deletion.before!)].join(','));
  });

  it('a cdc task writes no LOAD files and replays the changes made while it runs, in order', async () => {
    const p = await dmsPipeline({ migrationType: 'cdc' });
    configureShopDb(p.lake.engine.world, { changesPerMinute: 10 });
    await startTask(p);
    await p.lake.advance('30m');
    expect((await keysIn(p)).some((k) => k.includes('LOAD'))).toBe(false);
    const stats = await tableStats(p);
    const applied = stats.reduce((sum, t) => sum + t.Inserts + t.Updates + t.Deletes, 0);
    expect(applied).toBeGreaterThan(100);
    const inserted = stats.find((t) => t.TableName === 'orders')!.Inserts;
    const rows = (await allCdcLines(p, 'orders')).filter((l) => l.startsWith('I,'));
    expect(rows).toHaveLength(inserted);
  });

  it('writes a file at most every CdcMaxBatchInterval seconds', async () => {
    const p = await dmsPipeline({ migrationType: 'cdc', s3: { CdcMaxBatchInterval: 600 } });
    configureShopDb(p.lake.engine.world, { changesPerMinute: 20 });
    await startTask(p);
    await p.lake.advance('61m');
    const files = await cdcFiles(p, 'orders');
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files.length).toBeLessThanOrEqual(6);
  });

  it('writes early when a batch reaches CdcMinFileSize (KB)', async () => {
    const p = await dmsPipeline({
      migrationType: 'cdc',
      s3: { CdcMaxBatchInterval: 3600, CdcMinFileSize: 1 },
    });
    configureShopDb(p.lake.engine.world, { changesPerMinute: 30 });
    await startTask(p);
    await p.lake.advance('30m');
    expect((await cdcFiles(p, 'orders')).length).toBeGreaterThan(10);
  });

  it('adds the commit time with TimestampColumnName and a header with AddColumnName', async () => {
    const p = await dmsPipeline({
      migrationType: 'cdc',
      s3: { TimestampColumnName: 'commit_ts', AddColumnName: true },
    });
    configureShopDb(p.lake.engine.world, { changesPerMinute: 20 });
    await startTask(p);
    await p.lake.advance('10m');
    const [first] = await cdcFiles(p, 'orders');
    const rows = lines(await objectText(p, first!));
    expect(rows[0]).toBe('Op,commit_ts,order_id,customer_id,order_date,status,total');
    expect(rows[1]).toMatch(/^[IUD],2025-01-06 \d\d:\d\d:\d\d\.\d{3}000,\d+,/);
  });

  it('writes only inserts, without Op, with CdcInsertsOnly (Op=I only when IncludeOpForFullLoad)', async () => {
    const p = await dmsPipeline({ migrationType: 'cdc', s3: { CdcInsertsOnly: true } });
    configureShopDb(p.lake.engine.world, { changesPerMinute: 20 });
    await startTask(p);
    await p.lake.advance('20m');
    const orders = await allCdcLines(p, 'orders');
    expect(orders.length).toBeGreaterThan(0);
    // Without Op the first value is the order id.
    expect(orders.every((line) => /^\d+,\d+,2025-01-06,pending,/.test(line))).toBe(true);
    const withOp = await dmsPipeline({
      migrationType: 'cdc',
      s3: { CdcInsertsOnly: true, IncludeOpForFullLoad: true },
    });
    await startTask(withOp);
    await withOp.lake.advance('20m');
    expect((await allCdcLines(withOp, 'orders')).every((line) => line.startsWith('I,'))).toBe(true);
  });

  it('writes Parquet CDC files with the Op column first', async () => {
    const p = await dmsPipeline({ migrationType: 'cdc', s3: { DataFormat: 'parquet' } });
    configureShopDb(p.lake.engine.world, { changesPerMinute: 20 });
    await startTask(p);
    await p.lake.advance('5m');
    const key = (await keysIn(p, 'raw/shop/orders/')).find((k) =>
      /\/\d{8}-\d{9}\.parquet$/.test(k),
    )!;
    const bytes = await objectBytes(p, key);
    const file = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    const rows = await parquetReadObjects({ file });
    expect(Object.keys(rows[0]!)[0]).toBe('Op');
    expect(new Set(rows.map((r) => r.Op))).toContain('I');
  });

  it('puts CDC files in date folders with DatePartitionEnabled', async () => {
    const p = await dmsPipeline({ migrationType: 'cdc', s3: { DatePartitionEnabled: true } });
    await startTask(p);
    await p.lake.advance('30m');
    const keys = await keysIn(p, 'raw/shop/orders/');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => /^raw\/shop\/orders\/2025\/01\/06\/\d{8}-\d{9}\.csv$/.test(k))).toBe(
      true,
    );
  });

  it('counts Inserts, Updates and Deletes per table as it applies them', async () => {
    const p = await dmsPipeline({ migrationType: 'full-load-and-cdc' });
    configureShopDb(p.lake.engine.world, { changesPerMinute: 20 });
    await startTask(p);
    await p.lake.advance('3h');
    const stats = await tableStats(p);
    const orders = stats.find((t) => t.TableName === 'orders')!;
    expect(orders.Inserts).toBeGreaterThan(0);
    expect(orders.Updates).toBeGreaterThan(0);
    expect(stats.find((t) => t.TableName === 'customers')!.Deletes).toBeGreaterThan(0);
  });

  it('keeps the full load and the changes consistent: LOAD rows plus CDC give the current table', async () => {
    const p = await dmsPipeline({ migrationType: 'full-load-and-cdc' });
    configureShopDb(p.lake.engine.world, { changesPerMinute: 15 });
    await startTask(p);
    await p.lake.advance('1h');
    const state = new Map<string, string>();
    for (const line of lines(await objectText(p, 'raw/shop/orders/LOAD00000001.csv')))
      state.set(line.split(',')[0]!, line);
    for (const line of await allCdcLines(p, 'orders')) {
      const [op, ...values] = line.split(',');
      if (op === 'D') state.delete(values[0]!);
      else state.set(values[0]!, values.join(','));
    }
    const flushed = (await taskView(p)).ReplicationTaskStats;
    expect(flushed).toBeDefined();
    const db = shopDbState(p.lake.engine.world);
    const pending = db.log.filter(
      (c) =>
        c.table === 'orders' &&
        c.lsn > (p.lake.engine.world.dms!.tasks[p.taskArn]!.checkpointLsn ?? 0),
    );
    const current = readShopTable(p.lake.engine.world, 'shop', 'orders').filter(
      (row) => !pending.some((c) => c.after?.order_id === row.order_id),
    );
    for (const row of current)
      expect(state.get(String(row.order_id))).toBe(Object.values(row).join(','));
  });

  it('stops on request (stopping → stopped, NORMAL) and resume-processing continues from the checkpoint', async () => {
    const p = await dmsPipeline({ migrationType: 'cdc' });
    configureShopDb(p.lake.engine.world, { changesPerMinute: 10 });
    await startTask(p);
    await p.lake.advance('20m');
    await p.lake.call('dms', 'StopReplicationTask', { ReplicationTaskArn: p.taskArn });
    expect((await taskView(p)).Status).toBe('stopping');
    await p.lake.advance('10s');
    const stopped = await taskView(p);
    expect([stopped.Status, stopped.StopReason]).toEqual(['stopped', 'Stop Reason NORMAL']);
    const before = (await tableStats(p)).reduce((s, t) => s + t.Inserts + t.Updates + t.Deletes, 0);
    await p.lake.advance('20m');
    await startTask(p, 'resume-processing');
    await p.lake.advance('5m');
    const after = (await tableStats(p)).reduce((s, t) => s + t.Inserts + t.Updates + t.Deletes, 0);
    // The changes made while stopped are applied after resuming: nothing is lost.
    expect(after).toBeGreaterThan(before + 200);
  });

  it('fails when the binlog no longer holds its checkpoint (stopped for more than 24 hours)', async () => {
    const p = await dmsPipeline({ migrationType: 'cdc' });
    await startTask(p);
    await p.lake.advance('5m');
    await p.lake.call('dms', 'StopReplicationTask', { ReplicationTaskArn: p.taskArn });
    await p.lake.advance('26h');
    await startTask(p, 'resume-processing');
    await p.lake.advance('2m');
    const task = await taskView(p);
    expect(task.Status).toBe('failed');
    expect(task.LastFailureMessage).toMatch(/binlog retention 24 hours/);
  });

  it('keeps replicating through a 24-hour clock jump', async () => {
    const p = await dmsPipeline({ migrationType: 'full-load-and-cdc' });
    await startTask(p);
    await p.lake.advance('24h');
    // Most of this is S3 storage accrual over every object at each per-minute CDC step (s3/storageCost.ts).
    expect((await taskView(p)).Status).toBe('running');
    expect((await cdcFiles(p, 'orders')).length).toBeGreaterThan(500);
  });
});

describe('DMS and the shop database in a saved lab', () => {
  it('a restored snapshot replicates exactly as the original does', async () => {
    const p = await dmsPipeline({ migrationType: 'full-load-and-cdc' });
    await startTask(p);
    await p.lake.advance('10m');
    const copy = createEngine();
    copy.restore(p.lake.engine.snapshot());
    await p.lake.advance('30m');
    await copy.clock.advance(30 * 60_000);
    expect(JSON.stringify(copy.world.dms)).toBe(JSON.stringify(p.lake.engine.world.dms));
    expect(JSON.stringify(copy.world.sources?.shopDb)).toBe(
      JSON.stringify(p.lake.engine.world.sources?.shopDb),
    );
    expect(Object.keys(copy.world.s3.buckets['shop-lake']!.objects).sort()).toEqual(
      Object.keys(p.lake.engine.world.s3.buckets['shop-lake']!.objects).sort(),
    );
  });
});
