import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { gunzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readShopTable } from '../sources/shopdb';
import {
  dmsPipeline,
  keysIn,
  mappings,
  objectBytes,
  objectText,
  startTask,
  taskView,
  type Pipeline,
} from './testFixtures';

async function fullLoad(options: Parameters<typeof dmsPipeline>[0] = {}): Promise<Pipeline> {
  const p = await dmsPipeline(options);
  await startTask(p);
  await p.lake.engine.clock.runUntilIdle();
  return p;
}

const lines = (text: string) => text.trimEnd().split('\n');

describe('DMS full load to S3', () => {
  it('writes <BucketFolder>/<schema>/<table>/LOAD00000001.csv for each selected table', async () => {
    const p = await fullLoad();
    expect(await keysIn(p)).toEqual([
      'raw/shop/customers/LOAD00000001.csv',
      'raw/shop/order_items/LOAD00000001.csv',
      'raw/shop/orders/LOAD00000001.csv',
      'raw/shop/products/LOAD00000001.csv',
    ]);
  });

  it('writes every row with no header and no Op column by default, in the table column order', async () => {
    const p = await fullLoad();
    const rows = lines(await objectText(p, 'raw/shop/products/LOAD00000001.csv'));
    const products = readShopTable(p.lake.engine.world, 'shop', 'products');
    expect(rows).toHaveLength(products.length);
    const first = products[0]!;
    expect(rows[0]).toBe([first.id, first.name, first.category, first.price].join(','));
  });

  it('adds a header row with AddColumnName, Op=I with IncludeOpForFullLoad, and the transfer time with TimestampColumnName', async () => {
    const p = await fullLoad({
      s3: { AddColumnName: true, IncludeOpForFullLoad: true, TimestampColumnName: 'dms_ts' },
    });
    const rows = lines(await objectText(p, 'raw/shop/products/LOAD00000001.csv'));
    expect(rows[0]).toBe('Op,dms_ts,id,name,category,price');
    expect(rows[1]).toMatch(/^I,2025-01-06 09:05:\d\d\.\d{3}000,1,/);
  });

  it('uses CsvDelimiter between values', async () => {
    const p = await fullLoad({ s3: { CsvDelimiter: '|' } });
    expect(lines(await objectText(p, 'raw/shop/products/LOAD00000001.csv'))[0]).toMatch(
      /^1\|[^,]+\|[A-Za-z]+\|\d/,
    );
  });

  it('splits a table into LOAD00000001, LOAD00000002, … when it passes MaxFileSize (KB)', async () => {
    const p = await fullLoad({ s3: { MaxFileSize: 8 } });
    const keys = await keysIn(p, 'raw/shop/customers/');
    expect(keys.length).toBeGreaterThan(2);
    expect(keys[0]).toBe('raw/shop/customers/LOAD00000001.csv');
    expect(keys[1]).toBe('raw/shop/customers/LOAD00000002.csv');
    let total = 0;
    for (const key of keys) total += lines(await objectText(p, key)).length;
    expect(total).toBe(500);
  });

  it('gzips CSV files with CompressionType GZIP', async () => {
    const p = await fullLoad({ s3: { CompressionType: 'gzip' } });
    const bytes = await objectBytes(p, 'raw/shop/products/LOAD00000001.csv.gz');
    expect(lines(new TextDecoder().decode(gunzipSync(bytes)))).toHaveLength(60);
  });

  it('writes real Parquet files with DataFormat parquet', async () => {
    const p = await fullLoad({ s3: { DataFormat: 'parquet', IncludeOpForFullLoad: true } });
    const bytes = await objectBytes(p, 'raw/shop/orders/LOAD00000001.parquet');
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    expect(parquetMetadata(buffer).num_rows).toBe(900n);
    const rows = await parquetReadObjects({ file: buffer, rowEnd: 1 });
    expect(Object.keys(rows[0]!)).toEqual([
      'Op',
      'order_id',
      'customer_id',
      'order_date',
      'status',
      'total',
    ]);
    expect(rows[0]!.Op).toBe('I');
  });

  it('loads only the tables the selection rules pick, under transformed names', async () => {
    const p = await fullLoad({
      tableMappings: mappings(
        {
          'rule-type': 'selection',
          'rule-id': '1',
          'rule-name': 'orders',
          'object-locator': { 'schema-name': 'shop', 'table-name': 'order%' },
          'rule-action': 'include',
        },
        {
          'rule-type': 'selection',
          'rule-id': '2',
          'rule-name': 'no-items',
          'object-locator': { 'schema-name': 'shop', 'table-name': 'order_items' },
          'rule-action': 'exclude',
        },
        {
          'rule-type': 'transformation',
          'rule-id': '3',
          'rule-name': 'prefix',
          'rule-target': 'table',
          'object-locator': { 'schema-name': 'shop', 'table-name': '%' },
          'rule-action': 'add-prefix',
          value: 'src_',
        },
      ),
    });
    expect(await keysIn(p)).toEqual(['raw/shop/src_orders/LOAD00000001.csv']);
  });

  it('stops a full-load task by itself when done: stopped, FULL_LOAD_ONLY_FINISHED, 100 percent', async () => {
    const p = await fullLoad();
    const task = await taskView(p);
    expect(task.Status).toBe('stopped');
    expect(task.StopReason).toBe('Stop Reason FULL_LOAD_ONLY_FINISHED');
    expect(task.ReplicationTaskStats).toMatchObject({
      FullLoadProgressPercent: 100,
      TablesLoaded: 4,
      TablesLoading: 0,
      TablesQueued: 0,
      TablesErrored: 0,
    });
    expect(task.ReplicationTaskStats.FullLoadFinishDate).toBeInstanceOf(Date);
  });

  it('goes creating → ready → starting → running with tables in Full load, then reports per-table rows', async () => {
    const p = await dmsPipeline();
    expect((await taskView(p)).Status).toBe('ready');
    await startTask(p);
    expect((await taskView(p)).Status).toBe('starting');
    await p.lake.advance('16s');
    const running = await taskView(p);
    expect(running.Status).toBe('running');
    expect(running.ReplicationTaskStats).toMatchObject({
      TablesLoading: 4,
      TablesLoaded: 0,
      FullLoadProgressPercent: 0,
    });
    await p.lake.engine.clock.runUntilIdle();
    const stats = await p.lake.call<{
      TableStatistics: { TableName: string; FullLoadRows: number; TableState: string }[];
    }>('dms', 'DescribeTableStatistics', { ReplicationTaskArn: p.taskArn });
    expect(stats.TableStatistics.map((t) => [t.TableName, t.FullLoadRows, t.TableState])).toEqual([
      ['customers', 500, 'Table completed'],
      ['products', 60, 'Table completed'],
      ['orders', 900, 'Table completed'],
      [
        'order_items',
        readShopTable(p.lake.engine.world, 'shop', 'order_items').length,
        'Table completed',
      ],
    ]);
  });

  it('writes the same bytes for the same seed', async () => {
    const a = await fullLoad({ seed: 4 });
    const b = await fullLoad({ seed: 4 });
    const key = 'raw/shop/customers/LOAD00000001.csv';
    expect(await objectText(a, key)).toBe(await objectText(b, key));
  });
});
