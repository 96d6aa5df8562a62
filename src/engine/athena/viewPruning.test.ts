import { beforeAll, describe, expect, it } from 'vitest';
import type { TestLake } from '../testing/TestLake';
import { runQuery, shopLake } from './testLake.fixtures';

const sizeOf = async (lake: TestLake, month: string) =>
  (
    await lake.call<{ ContentLength: number }>('s3', 'HeadObject', {
      Bucket: 'shop-raw-zone',
      Key: `shop/orders/year=2025/month=${month}/orders.csv`,
    })
  ).ContentLength;

/** Runs a query that must succeed; answers its rows (header first), bytes and partition counts. */
async function stats(lake: TestLake, sql: string) {
  const out = await runQuery(lake, sql);
  expect(out.reason).toBeUndefined();
  const details = lake.engine.world.athena?.executions[out.id]?.details;
  return {
    rows: out.rows.slice(1),
    scanned: out.scanned,
    read: details?.partitionsRead,
    pruned: details?.partitionsPruned,
  };
}

const views: Record<string, string> = {
  curated_view: 'SELECT order_id, customer_id, status, total, year, month FROM orders',
  renamed_view: 'SELECT o.order_id, o.total, o.month AS m FROM shop.orders o',
  star_view: "SELECT * FROM orders WHERE status <> 'unknown'",
  monthly_view:
    'SELECT year, month, status, count(*) AS n, round(sum(total), 2) AS revenue FROM orders GROUP BY year, month, status',
  nested_view: 'SELECT order_id, month FROM curated_view',
  limited_view: 'SELECT order_id, month FROM orders LIMIT 100000',
  windowed_view: 'SELECT order_id, month, row_number() OVER (ORDER BY order_id) AS rn FROM orders',
  derived_view: "SELECT order_id, concat(year, '-', month) AS ym, month FROM orders",
  global_view: 'SELECT max(month) AS month FROM orders',
  outer_view: 'SELECT c.id, o.month FROM customers c LEFT JOIN orders o ON o.customer_id = c.id',
};

// Athena (Trino) expands a view and pushes the outer predicate down to the base table's
// partitions (trino.io/docs/current/optimizer/pushdown.html).
describe('a query on a view prunes the base table partitions', () => {
  let lake: TestLake;
  let march: number;
  beforeAll(async () => {
    lake = await shopLake();
    for (const [name, sql] of Object.entries(views))
      expect((await runQuery(lake, `CREATE VIEW ${name} AS ${sql}`)).state).toBe('SUCCEEDED');
    march = await sizeOf(lake, '03');
  }, 60_000);

  it('an outer WHERE on a partition column passed through the view reads only that partition', async () => {
    const direct = await stats(lake, "SELECT count(*) FROM orders WHERE month = '03'");
    const viaView = await stats(lake, "SELECT count(*) FROM curated_view WHERE month = '03'");
    expect(viaView).toEqual({ rows: direct.rows, scanned: march, read: 1, pruned: 2 });
  });

  it('a column renamed by the view (o.month AS m) prunes under its new name', async () => {
    const out = await stats(lake, "SELECT count(*) FROM renamed_view r WHERE r.m IN ('03')");
    expect(out).toMatchObject({ rows: [['300']], scanned: march, read: 1, pruned: 2 });
  });

  it('SELECT * views and views of views prune too; the view’s own WHERE still applies', async () => {
    expect(await stats(lake, "SELECT count(*) FROM star_view WHERE month = '03'")).toMatchObject({
      rows: [['300']],
      read: 1,
    });
    expect(await stats(lake, "SELECT count(*) FROM nested_view WHERE month = '03'")).toMatchObject({
      rows: [['300']],
      read: 1,
      pruned: 2,
    });
  });

  it('a grouping key of a GROUP BY view prunes, and the groups are those of the full table', async () => {
    const direct = await stats(
      lake,
      "SELECT status, count(*) FROM orders WHERE month = '03' GROUP BY status ORDER BY status",
    );
    const viaView = await stats(
      lake,
      "SELECT status, n FROM monthly_view WHERE month = '03' ORDER BY status",
    );
    expect(viaView).toMatchObject({ rows: direct.rows, read: 1, pruned: 2 });
  });

  it.each([
    ['limited_view', "SELECT count(*) FROM limited_view WHERE month = '03'"],
    ['windowed_view', "SELECT max(rn) FROM windowed_view WHERE month = '03'"],
    ['derived_view', "SELECT count(*) FROM derived_view WHERE ym = '2025-03'"],
    ['global_view', "SELECT * FROM global_view WHERE month = '03'"],
    ['outer_view', "SELECT count(*) FROM outer_view WHERE month = '03'"],
  ])(
    '%s: a view that would change its rows under pruning reads every partition',
    async (_, sql) => {
      const out = await stats(lake, sql);
      expect(out).toMatchObject({ read: 3, pruned: 0 });
    },
  );

  it('a window over the whole view still numbers every row of the table', async () => {
    expect(
      (await stats(lake, "SELECT max(rn) FROM windowed_view WHERE month = '03'")).rows,
    ).toEqual([['900']]);
  });
});

describe('pruning one reference never narrows another reference to the same table', () => {
  let lake: TestLake;
  beforeAll(async () => {
    lake = await shopLake();
    await runQuery(lake, `CREATE VIEW curated_view AS ${views.curated_view!}`);
  }, 60_000);

  // concat(month, '') defeats pruning: the same question, answered from every partition.
  const unpruned = (sql: string) =>
    sql.replace(
      /(\w+\.)?month = '03'/,
      (_, q: string | undefined) => `concat(${q ?? ''}month, '') = '03'`,
    );

  it.each([
    "SELECT count(*) FROM orders WHERE month = '03' AND total > (SELECT avg(total) FROM orders)",
    "SELECT count(*) FROM orders a JOIN orders b ON a.customer_id = b.customer_id WHERE a.month = '03'",
    "SELECT count(*) FROM curated_view v JOIN orders o ON o.customer_id = v.customer_id WHERE v.month = '03'",
  ])('%s', async (sql) => {
    const pruned = await stats(lake, sql);
    const full = await stats(lake, unpruned(sql));
    expect(pruned.rows).toEqual(full.rows);
    expect(pruned.pruned).toBeGreaterThan(0);
    expect(pruned.scanned).toBeLessThan(full.scanned);
  });
});
