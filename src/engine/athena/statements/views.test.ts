import { describe, expect, it } from 'vitest';
import { fromBase64 } from './base64';
import { viewQueryOf } from './index';
import { firstColumn, statementLab } from './statements.fixtures';
import type { ResultSet } from './env';

const SHAPE: ResultSet = {
  columns: [
    { name: 'region', type: 'varchar' },
    { name: 'orders', type: 'bigint' },
    { name: 'tags', type: 'array(varchar)' },
  ],
  rows: [],
};

describe('CREATE VIEW', () => {
  it('stores a VIRTUAL_VIEW with the Presto view definition Athena writes', async () => {
    const lab = await statementLab();
    await lab.run(
      'CREATE VIEW by_region AS SELECT region, count(*) AS orders, tags FROM orders GROUP BY region, tags',
      { rows: SHAPE },
    );
    const view = await lab.table('default', 'by_region');
    expect(view).toMatchObject({
      TableType: 'VIRTUAL_VIEW',
      Parameters: { presto_view: 'true', comment: 'Presto View' },
      ViewExpandedText: '/* Presto View */',
      StorageDescriptor: {
        Columns: [
          { Name: 'region', Type: 'string' },
          { Name: 'orders', Type: 'bigint' },
          { Name: 'tags', Type: 'array<string>' },
        ],
      },
    });
    const encoded = /^\/\* Presto View: (.*) \*\/$/.exec(view.ViewOriginalText ?? '')?.[1] ?? '';
    expect(JSON.parse(fromBase64(encoded) ?? '')).toEqual({
      originalSql: 'SELECT region, count(*) AS orders, tags FROM orders GROUP BY region, tags',
      catalog: 'awsdatacatalog',
      schema: 'default',
      columns: [
        { name: 'region', type: 'varchar' },
        { name: 'orders', type: 'bigint' },
        { name: 'tags', type: 'array(varchar)' },
      ],
      owner: expect.stringContaining('arn:aws:iam::') as unknown,
      runAsInvoker: false,
    });
    expect(viewQueryOf(view)).toBe(
      'SELECT region, count(*) AS orders, tags FROM orders GROUP BY region, tags',
    );
    expect(lab.ranQueries).toEqual([
      'SELECT * FROM (SELECT region, count(*) AS orders, tags FROM orders GROUP BY region, tags) LIMIT 0',
    ]);
  });

  it('fails for an existing view unless OR REPLACE, which replaces its SQL', async () => {
    const lab = await statementLab();
    await lab.run('CREATE VIEW v AS SELECT 1 AS region', { rows: SHAPE });
    expect(await lab.errorOf('CREATE VIEW v AS SELECT 2 AS region', { rows: SHAPE })).toMatchObject(
      { errorType: 'ALREADY_EXISTS' },
    );
    await lab.run('CREATE OR REPLACE VIEW v AS SELECT 2 AS region', { rows: SHAPE });
    expect(viewQueryOf(await lab.table('default', 'v'))).toBe('SELECT 2 AS region');
    await lab.run("CREATE EXTERNAL TABLE t (a int) LOCATION 's3://lake/t/'");
    expect(
      await lab.errorOf('CREATE OR REPLACE VIEW t AS SELECT 1', { rows: SHAPE }),
    ).toMatchObject({ errorType: 'ALREADY_EXISTS' });
  });

  it('DROP VIEW drops a view only; DROP TABLE refuses a view; SHOW CREATE TABLE prints its SQL', async () => {
    const lab = await statementLab();
    await lab.run('CREATE VIEW v AS SELECT region FROM t', { rows: SHAPE });
    expect(firstColumn(await lab.run('SHOW CREATE VIEW v'))).toEqual([
      'CREATE VIEW awsdatacatalog.default.v AS',
      'SELECT region FROM t',
    ]);
    expect(await lab.errorOf('DROP TABLE v')).toMatchObject({ errorType: 'NOT_SUPPORTED' });
    await lab.run("CREATE EXTERNAL TABLE t (a int) LOCATION 's3://lake/t/'");
    expect(await lab.errorOf('DROP VIEW t')).toMatchObject({ errorType: 'TABLE_NOT_FOUND' });
    await lab.run('DROP VIEW v');
    expect(await lab.errorOf('DROP VIEW v')).toMatchObject({ errorType: 'TABLE_NOT_FOUND' });
    await expect(lab.run('DROP VIEW IF EXISTS v')).resolves.toEqual({ columns: [], rows: [] });
  });

  it('SHOW VIEWS lists only views, filtered by a pattern', async () => {
    const lab = await statementLab();
    await lab.run("CREATE EXTERNAL TABLE orders (a int) LOCATION 's3://lake/o/'");
    await lab.run('CREATE VIEW orders_by_day AS SELECT 1 AS region', { rows: SHAPE });
    await lab.run('CREATE VIEW top_regions AS SELECT 1 AS region', { rows: SHAPE });
    expect(firstColumn(await lab.run('SHOW VIEWS'))).toEqual(['orders_by_day', 'top_regions']);
    expect(firstColumn(await lab.run("SHOW VIEWS IN default LIKE 'orders*'"))).toEqual([
      'orders_by_day',
    ]);
  });

  it('viewQueryOf ignores tables that are not Presto views', () => {
    expect(viewQueryOf({})).toBeUndefined();
    expect(viewQueryOf({ ViewOriginalText: 'SELECT 1' })).toBeUndefined();
    expect(viewQueryOf({ ViewOriginalText: '/* Presto View: bm90IGpzb24= */' })).toBeUndefined();
  });
});
