import { describe, expect, it } from 'vitest';
import type { ResultSet } from './env';
import { firstColumn, statementLab } from './statements.fixtures';

const SHAPE: ResultSet = { columns: [{ name: 'msg', type: 'varchar' }], rows: [] };

describe('EXPLAIN', () => {
  it('prints a Query Plan: output columns, each table scanned, the columns read and the partition filter', async () => {
    const lab = await statementLab();
    await lab.run(
      "CREATE EXTERNAL TABLE logs (msg string, level string) PARTITIONED BY (dt string) STORED AS PARQUET LOCATION 's3://lake/logs/'",
    );
    await lab.run("ALTER TABLE logs ADD PARTITION (dt='1') PARTITION (dt='2')");
    const filtered = await lab.run("EXPLAIN SELECT msg FROM logs WHERE dt = '1'", { rows: SHAPE });
    expect(filtered.columns).toEqual([{ name: 'Query Plan', type: 'string' }]);
    expect(firstColumn(filtered)).toEqual([
      'Output[columnNames = [msg:varchar]]',
      '    TableScan[table = awsdatacatalog:default:logs]',
      '        Location: s3://lake/logs/',
      '        Columns read: dt, msg',
      '        Partition keys: dt (2 partitions in the catalog)',
      '        Partition filter: on dt; only matching partitions are read',
    ]);
    const all = firstColumn(await lab.run('EXPLAIN SELECT * FROM logs', { rows: SHAPE }));
    expect(all).toContain('        Partition filter: none; all 2 partitions are read');
  });

  it('explains the query of a CTAS or INSERT INTO, and validates with TYPE VALIDATE', async () => {
    const lab = await statementLab();
    const ctas = firstColumn(
      await lab.run('EXPLAIN CREATE TABLE copy AS SELECT msg FROM logs', { rows: SHAPE }),
    );
    expect(ctas.slice(0, 2)).toEqual([
      'TableCommit[awsdatacatalog:default:copy]',
      'Output[columnNames = [msg:varchar]]',
    ]);
    expect(lab.ranQueries).toEqual(['SELECT * FROM (SELECT msg FROM logs) LIMIT 0']);
    expect(await lab.run('EXPLAIN (TYPE VALIDATE) SELECT msg FROM logs', { rows: SHAPE })).toEqual({
      columns: [{ name: 'Valid', type: 'boolean' }],
      rows: [[1]],
    });
  });

  it('refuses EXPLAIN ANALYZE and statements other than queries', async () => {
    const lab = await statementLab();
    expect(await lab.errorOf('EXPLAIN ANALYZE SELECT 1', { rows: SHAPE })).toMatchObject({
      errorType: 'NOT_SUPPORTED',
    });
    expect(await lab.errorOf('EXPLAIN DROP TABLE x', { rows: SHAPE })).toMatchObject({
      errorType: 'NOT_SUPPORTED',
    });
  });
});
