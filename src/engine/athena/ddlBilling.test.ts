import { beforeAll, describe, expect, it } from 'vitest';
import { monthToDateByService } from '../core/costLedger';
import type { TestLake } from '../testing/TestLake';
import { runQuery, shopLake } from './testLake.fixtures';

const athenaCost = (lake: TestLake) =>
  monthToDateByService(lake.engine.world.ledger, lake.engine.world.clock.now).athena ?? 0;

/** Runs a statement that must succeed, and answers its statistics and what it cost. */
async function freeOrBilled(lake: TestLake, sql: string) {
  const before = athenaCost(lake);
  const out = await runQuery(lake, sql);
  expect(out.reason).toBeUndefined();
  expect(out.state).toBe('SUCCEEDED');
  return { scanned: out.scanned, charged: athenaCost(lake) - before };
}

// Athena pricing, as quoted by rcpedia.stanford.edu/services/athena.html (aws-semantics.md): "no
// charges for Data Definition Language (DDL) statements like CREATE/ALTER/DROP TABLE, statements
// for managing partitions, failed queries"; athena-explain-statement.html: "Because EXPLAIN
// queries do not scan any data, Athena does not charge for them".
describe('Athena bills DDL and utility statements nothing and reports 0 bytes scanned', () => {
  let lake: TestLake;
  beforeAll(async () => {
    lake = await shopLake();
  }, 60_000);

  it('CREATE VIEW, CREATE OR REPLACE VIEW and DROP VIEW scan 0 bytes and cost nothing', async () => {
    const view = 'SELECT order_id, status, total, year, month FROM orders';
    expect(await freeOrBilled(lake, `CREATE VIEW free_view AS ${view}`)).toEqual({
      scanned: 0,
      charged: 0,
    });
    expect(
      await freeOrBilled(lake, `CREATE OR REPLACE VIEW free_view AS ${view} WHERE total > 10`),
    ).toEqual({ scanned: 0, charged: 0 });
    expect(await freeOrBilled(lake, 'DROP VIEW free_view')).toEqual({ scanned: 0, charged: 0 });
  });

  it('CREATE VIEW still validates its query: a missing table or column fails as Athena does', async () => {
    const noTable = await runQuery(lake, 'CREATE VIEW broken AS SELECT * FROM nope');
    expect(noTable.state).toBe('FAILED');
    expect(noTable.reason).toMatch(
      /^TABLE_NOT_FOUND: .*'awsdatacatalog\.shop\.nope' does not exist/,
    );
    const noColumn = await runQuery(lake, 'CREATE VIEW broken AS SELECT colour FROM orders');
    expect(noColumn.state).toBe('FAILED');
    expect(noColumn.reason).toMatch(/^COLUMN_NOT_FOUND: .*'colour' cannot be resolved/);
    expect(noColumn.scanned).toBe(0);
  });

  it.each([
    'SHOW TABLES',
    'SHOW DATABASES',
    'SHOW PARTITIONS orders',
    'SHOW COLUMNS IN orders',
    'SHOW CREATE TABLE orders',
    'SHOW TBLPROPERTIES orders',
    'DESCRIBE orders',
    'MSCK REPAIR TABLE orders',
    "ALTER TABLE orders ADD IF NOT EXISTS PARTITION (year = '2025', month = '03') LOCATION 's3://shop-raw-zone/shop/orders/year=2025/month=03/'",
    "ALTER TABLE orders SET TBLPROPERTIES ('note' = 'free')",
    "CREATE EXTERNAL TABLE scratch (a string) LOCATION 's3://shop-raw-zone/scratch/'",
    'ALTER TABLE scratch ADD COLUMNS (b int)',
    "ALTER TABLE scratch SET LOCATION 's3://shop-raw-zone/scratch2/'",
    "ALTER TABLE orders DROP IF EXISTS PARTITION (year = '2024', month = '12')",
    'DROP TABLE scratch',
    'CREATE DATABASE IF NOT EXISTS scratch_db',
    'DROP DATABASE scratch_db',
    'CREATE VIEW kept_view AS SELECT status, month FROM orders',
    'SHOW VIEWS',
    'SHOW CREATE VIEW kept_view',
    'DESCRIBE kept_view',
    "EXPLAIN SELECT count(*) FROM orders WHERE month = '02'",
    'EXPLAIN (TYPE VALIDATE) SELECT * FROM orders',
  ])('%s scans 0 bytes and costs nothing', async (sql) => {
    expect(await freeOrBilled(lake, sql)).toEqual({ scanned: 0, charged: 0 });
  });

  it('CTAS and INSERT INTO are DML: billed for the bytes their SELECT reads', async () => {
    const ctas = await freeOrBilled(
      lake,
      "CREATE TABLE march WITH (format = 'PARQUET', external_location = 's3://query-results/march/') AS SELECT order_id, total FROM orders WHERE month = '03'",
    );
    expect(ctas.scanned).toBeGreaterThan(0);
    expect(ctas.charged).toBeCloseTo((5 * 10) / (1024 * 1024), 9);
    const insert = await freeOrBilled(
      lake,
      "INSERT INTO march SELECT order_id, total FROM orders WHERE month = '02'",
    );
    expect(insert.scanned).toBeGreaterThan(0);
    expect(insert.charged).toBeCloseTo((5 * 10) / (1024 * 1024), 9);
  });
});
