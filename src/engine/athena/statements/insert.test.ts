import { gunzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { previewObject } from '../../formats';
import type { ResultSet } from './env';
import { statementLab } from './statements.fixtures';

const ROWS: ResultSet = {
  columns: [
    { name: 'id', type: 'bigint' },
    { name: 'name', type: 'varchar' },
    { name: 'dt', type: 'varchar' },
  ],
  rows: [
    [1, 'a', '2024-01-01'],
    [2, 'b', '2024-01-02'],
  ],
};

describe('INSERT INTO', () => {
  it('writes Parquet files into partition folders, creating the partitions that are missing', async () => {
    const lab = await statementLab();
    await lab.run(
      "CREATE EXTERNAL TABLE events (id bigint, name string) PARTITIONED BY (dt string) STORED AS PARQUET LOCATION 's3://lake/events/'",
    );
    await lab.run(
      "ALTER TABLE events ADD PARTITION (dt='2024-01-01') LOCATION 's3://lake/custom/'",
    );
    const result = await lab.run('INSERT INTO events SELECT id, name, dt FROM staging', {
      rows: ROWS,
      queryId: 'ins-1',
    });
    expect(result.rows).toEqual([[2]]);
    const [custom = ''] = await lab.keys('custom/');
    const [created = ''] = await lab.keys('events/dt=2024-01-02/');
    expect(custom).toMatch(/^custom\/ins-1_/);
    expect(created).toMatch(/^events\/dt=2024-01-02\/ins-1_/);
    expect((await previewObject(created, await lab.object(created))).rows).toEqual([[2, 'b']]);
    expect(await lab.partitionValues('default', 'events')).toEqual([
      ['2024-01-01'],
      ['2024-01-02'],
    ]);
  });

  it('maps a column list onto the table, NULL for the others, in the table’s text format', async () => {
    const lab = await statementLab();
    await lab.run(
      "CREATE EXTERNAL TABLE people (id bigint, name string, age int) ROW FORMAT DELIMITED FIELDS TERMINATED BY '|' LOCATION 's3://lake/people/'",
    );
    const rows: ResultSet = {
      columns: [
        { name: 'name', type: 'varchar' },
        { name: 'id', type: 'bigint' },
      ],
      rows: [['zoe', 7]],
    };
    await lab.run('INSERT INTO people (name, id) SELECT name, id FROM staging', {
      rows,
      queryId: 'ins-2',
    });
    const [key = ''] = await lab.keys('people/');
    expect(key).toMatch(/^people\/ins-2_.*\.gz$/);
    expect(strFromU8(gunzipSync(await lab.object(key)))).toBe('7|zoe|\\N\n');
  });

  it('fails on a column count mismatch, an unknown column or a view', async () => {
    const lab = await statementLab();
    await lab.run(
      "CREATE EXTERNAL TABLE people (id bigint, name string) LOCATION 's3://lake/people/'",
    );
    expect(
      await lab.errorOf('INSERT INTO people SELECT 1', {
        rows: { columns: [{ name: '_col0', type: 'integer' }], rows: [[1]] },
      }),
    ).toMatchObject({
      errorType: 'TYPE_MISMATCH',
      message:
        'Insert query has mismatched column types: Table: [bigint, varchar], Query: [integer]',
    });
    const text: ResultSet = {
      columns: [
        { name: 'a', type: 'varchar' },
        { name: 'b', type: 'varchar' },
      ],
      rows: [['x', 'y']],
    };
    expect(await lab.errorOf("INSERT INTO people SELECT 'x', 'y'", { rows: text })).toMatchObject({
      errorType: 'TYPE_MISMATCH',
    });
    const narrow: ResultSet = {
      columns: [
        { name: 'a', type: 'integer' },
        { name: 'b', type: 'varchar(3)' },
      ],
      rows: [[1, 'abc']],
    };
    await expect(
      lab.run("INSERT INTO people SELECT 1, 'abc'", { rows: narrow }),
    ).resolves.toMatchObject({ rows: [[1]] });
    expect(await lab.errorOf('INSERT INTO people (nope) SELECT 1', { rows: ROWS })).toMatchObject({
      errorType: 'COLUMN_NOT_FOUND',
    });
    await lab.run('CREATE VIEW v AS SELECT 1 AS id', {
      rows: { columns: [{ name: 'id', type: 'integer' }], rows: [] },
    });
    expect(await lab.errorOf('INSERT INTO v SELECT 1', { rows: ROWS })).toMatchObject({
      errorType: 'NOT_SUPPORTED',
    });
    expect(await lab.errorOf('INSERT INTO missing SELECT 1', { rows: ROWS })).toMatchObject({
      errorType: 'TABLE_NOT_FOUND',
    });
  });
});
