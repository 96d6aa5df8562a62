import { describe, expect, it } from 'vitest';
import { statementLab } from './statements.fixtures';

describe('ALTER TABLE ADD/REPLACE COLUMNS', () => {
  it('ADD COLUMNS appends after the existing columns; REPLACE COLUMNS replaces them; partition keys stay', async () => {
    const lab = await statementLab();
    await lab.run(
      "CREATE EXTERNAL TABLE t (a int) PARTITIONED BY (dt string) STORED AS PARQUET LOCATION 's3://lake/t/'",
    );
    await lab.run("ALTER TABLE t ADD COLUMNS (b string COMMENT 'new', c array<int>)");
    const added = await lab.table('default', 't');
    expect(added.StorageDescriptor?.Columns).toEqual([
      { Name: 'a', Type: 'int' },
      { Name: 'b', Type: 'string', Comment: 'new' },
      { Name: 'c', Type: 'array<int>' },
    ]);
    await lab.run('ALTER TABLE t REPLACE COLUMNS (x bigint)');
    const replaced = await lab.table('default', 't');
    expect(replaced.StorageDescriptor?.Columns).toEqual([{ Name: 'x', Type: 'bigint' }]);
    expect(replaced.PartitionKeys).toEqual([{ Name: 'dt', Type: 'string' }]);
  });

  it('refuses a column that already exists, partition keys included', async () => {
    const lab = await statementLab();
    await lab.run(
      "CREATE EXTERNAL TABLE t (a int) PARTITIONED BY (dt string) LOCATION 's3://lake/t/'",
    );
    expect(await lab.errorOf('ALTER TABLE t ADD COLUMNS (a string)')).toMatchObject({
      errorType: 'ALREADY_EXISTS',
    });
    expect(await lab.errorOf('ALTER TABLE t ADD COLUMNS (dt string)')).toMatchObject({
      errorType: 'ALREADY_EXISTS',
    });
  });
});
