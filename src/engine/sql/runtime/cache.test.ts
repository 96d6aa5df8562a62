import { describe, expect, it } from 'vitest';
import { inProcessSqlRunner } from '../inProcessRunner';
import { loadSqlJsFromPackage } from './sqlJs';
import { createSqlRuntime } from './sqlRuntime';
import { fileOf, requestOf, tableOf } from './testTables';

const orders = (etag: string, csv = '1,10\n2,20\n') =>
  tableOf('orders', 'id int, amount int', [fileOf('orders/a.csv', csv, { etag })]);

describe('SQL runtime: cached sandbox databases', () => {
  it('decodes nothing when the same query runs again on unchanged objects', async () => {
    const runner = inProcessSqlRunner();
    const first = await runner.run(requestOf('SELECT sum(amount) FROM orders', [orders('"e1"')]));
    const second = await runner.run(requestOf('SELECT sum(amount) FROM orders', [orders('"e1"')]));
    expect(first).toMatchObject({ rows: [[30]], filesDecoded: 1 });
    expect(second).toMatchObject({ rows: [[30]], filesDecoded: 0 });
  });

  it('decodes the object again when its ETag changes', async () => {
    const runner = inProcessSqlRunner();
    await runner.run(requestOf('SELECT 1 FROM orders', [orders('"e1"')]));
    const changed = await runner.run(
      requestOf('SELECT sum(amount) FROM orders', [orders('"e2"', '1,10\n2,20\n3,30\n')]),
    );
    expect(changed).toMatchObject({ rows: [[60]], filesDecoded: 1 });
  });

  it('rebuilds a table when its row filter changes', async () => {
    const runner = inProcessSqlRunner();
    await runner.run(requestOf('SELECT 1 FROM orders', [orders('"e1"')]));
    const filtered = await runner.run(
      requestOf('SELECT id FROM orders', [{ ...orders('"e1"'), rowFilter: 'amount > 10' }]),
    );
    expect(filtered).toMatchObject({ rows: [[2]], filesDecoded: 1 });
  });

  it('never shows one sandbox the tables of another', async () => {
    const runner = inProcessSqlRunner();
    await runner.run(requestOf('SELECT 1 FROM orders', [orders('"e1"')], { sandboxKey: 'A' }));
    const customers = tableOf('customers', 'id int', [fileOf('customers/a.csv', '1\n')]);
    const inB = await runner.run(
      requestOf(
        'SELECT name FROM lake.sqlite_master UNION ALL SELECT name FROM sqlite_master',
        [customers],
        {
          sandboxKey: 'B',
        },
      ),
    );
    expect(inB.rows).toEqual([['customers']]);
    await expect(
      runner.run(requestOf('SELECT * FROM orders', [], { sandboxKey: 'B' })),
    ).rejects.toMatchObject({ errorType: 'SQLITE_ERROR', message: 'no such table: orders' });
  });

  it('closes the least recently used sandbox when the cache outgrows its budget', async () => {
    const runtime = createSqlRuntime({ loadSqlJs: loadSqlJsFromPackage, maxCacheBytes: 1 });
    await runtime.run(requestOf('SELECT 1 FROM orders', [orders('"e1"')], { sandboxKey: 'A' }));
    await runtime.run(requestOf('SELECT 1 FROM orders', [orders('"e1"')], { sandboxKey: 'B' }));
    expect(await runtime.sandboxKeys()).toEqual(['B']);
  });

  it('keeps queries from changing cached tables', async () => {
    const runner = inProcessSqlRunner();
    await expect(
      runner.run(requestOf('DELETE FROM orders', [orders('"e1"')])),
    ).rejects.toMatchObject({ errorType: 'SQLITE_ERROR' });
    const after = await runner.run(requestOf('SELECT count(*) FROM orders', [orders('"e1"')]));
    expect(after).toMatchObject({ rows: [[2]], filesDecoded: 0 });
  });

  it('keeps the previous table when a rebuild fails', async () => {
    const runner = inProcessSqlRunner();
    const json = (etag: string, text: string) => ({
      ...tableOf('j', 'id int', [fileOf('j/a.json', text, { etag })]),
      format: 'json' as const,
    });
    await runner.run(requestOf('SELECT 1 FROM j', [json('"e1"', '{"id":1}\n')]));
    await expect(
      runner.run(requestOf('SELECT 1 FROM j', [json('"e2"', '{"id"\n')])),
    ).rejects.toMatchObject({
      errorType: 'HIVE_BAD_DATA',
    });
    expect(
      await runner.run(requestOf('SELECT id FROM j', [json('"e1"', '{"id":1}\n')])),
    ).toMatchObject({
      rows: [[1]],
      filesDecoded: 0,
    });
  });
});

describe('SQL runtime: functions', () => {
  it('registers the Trino function library, usable in row filters too', async () => {
    const runner = inProcessSqlRunner();
    const people = tableOf('people', 'name string', [fileOf('people/a.csv', 'Ann\nbob\n')], {
      rowFilter: "trino_lower(name) = 'bob'",
    });
    const result = await runner.run(requestOf('SELECT trino_upper(name) FROM people', [people]));
    expect(result.rows).toEqual([['BOB']]);
  });
});

describe('SQL runtime: time and cancellation', () => {
  it('answers lakelab_now() with the simulated time of the request', async () => {
    const runner = inProcessSqlRunner();
    const result = await runner.run(
      requestOf('SELECT lakelab_now()', [], { nowMs: Date.UTC(2025, 5, 1, 12, 0, 0, 7) }),
    );
    expect(result.rows).toEqual([['2025-06-01 12:00:00.007']]);
  });

  it('rejects a query cancelled before it runs with USER_CANCELLED', async () => {
    const runner = inProcessSqlRunner();
    const request = requestOf('SELECT 1', []);
    runner.cancel(request.id);
    await expect(runner.run(request)).rejects.toMatchObject({ errorType: 'USER_CANCELLED' });
  });

  it('rejects a query cancelled while it waits for sql.js to load', async () => {
    const runner = inProcessSqlRunner();
    const request = requestOf('SELECT 1', []);
    const running = runner.run(request);
    runner.cancel(request.id);
    await expect(running).rejects.toMatchObject({ errorType: 'USER_CANCELLED' });
  });
});
