import { describe, expect, it } from 'vitest';
import { firstColumn, statementLab } from './statements.fixtures';

const LOGS = `CREATE EXTERNAL TABLE logs (msg string) PARTITIONED BY (year string, month string)
  STORED AS PARQUET LOCATION 's3://lake/logs/'`;

async function labWithLogs() {
  const lab = await statementLab();
  await lab.run(LOGS);
  return lab;
}

describe('MSCK REPAIR TABLE', () => {
  it('adds the Hive-style partitions found under the location and prints Hive’s report', async () => {
    const lab = await labWithLogs();
    await lab.put('logs/year=2024/month=01/a.parquet', 'x');
    await lab.put('logs/year=2024/month=02/b.parquet', 'x');
    await lab.put('logs/year=2024/month=02/c.parquet', 'x');
    await lab.put('logs/not-a-partition/d.parquet', 'x');
    await lab.put('logs/year=2024/month=10:30/e.parquet', 'x');
    const result = await lab.run('MSCK REPAIR TABLE logs');
    expect(firstColumn(result)).toEqual([
      'Partitions not in metastore:\tlogs:year=2024/month=01\tlogs:year=2024/month=02',
      'Repair: Added partition to metastore logs:year=2024/month=01',
      'Repair: Added partition to metastore logs:year=2024/month=02',
    ]);
    expect(await lab.partitionValues('default', 'logs')).toEqual([
      ['2024', '01'],
      ['2024', '02'],
    ]);
    const { Partition } = await lab.engine.call<{
      Partition: { StorageDescriptor?: { Location?: string; InputFormat?: string } };
    }>('glue', 'GetPartition', {
      DatabaseName: 'default',
      TableName: 'logs',
      PartitionValues: ['2024', '02'],
    });
    expect(Partition.StorageDescriptor).toMatchObject({
      Location: 's3://lake/logs/year=2024/month=02/',
      InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
    });
  });

  it('adds only new partitions on a second run and never removes any', async () => {
    const lab = await labWithLogs();
    await lab.put('logs/year=2024/month=01/a.parquet', 'x');
    await lab.run('MSCK REPAIR TABLE logs');
    await lab.engine.call('s3', 'DeleteObject', {
      Bucket: 'lake',
      Key: 'logs/year=2024/month=01/a.parquet',
    });
    await lab.put('logs/year=2025/month=01/a.parquet', 'x');
    expect(firstColumn(await lab.run('MSCK REPAIR TABLE logs'))).toEqual([
      'Partitions not in metastore:\tlogs:year=2025/month=01',
      'Repair: Added partition to metastore logs:year=2025/month=01',
    ]);
    expect(await lab.run('MSCK REPAIR TABLE logs')).toMatchObject({ rows: [] });
    expect(await lab.partitionValues('default', 'logs')).toHaveLength(2);
  });
});

describe('ALTER TABLE partitions', () => {
  it('ADD PARTITION creates partitions at their default or given location; IF NOT EXISTS skips existing ones', async () => {
    const lab = await labWithLogs();
    await lab.run(
      "ALTER TABLE logs ADD PARTITION (year='2024', month='01') PARTITION (month='02', year='2024') LOCATION 's3://lake/elsewhere/'",
    );
    expect(await lab.partitionValues('default', 'logs')).toEqual([
      ['2024', '01'],
      ['2024', '02'],
    ]);
    const locations = await lab.engine.call<{
      Partitions: { Values: string[]; StorageDescriptor: { Location: string } }[];
    }>('glue', 'GetPartitions', { DatabaseName: 'default', TableName: 'logs' });
    expect(
      Object.fromEntries(
        locations.Partitions.map((p) => [p.Values.join('/'), p.StorageDescriptor.Location]),
      ),
    ).toEqual({
      '2024/01': 's3://lake/logs/year=2024/month=01/',
      '2024/02': 's3://lake/elsewhere/',
    });
    expect(
      await lab.errorOf("ALTER TABLE logs ADD PARTITION (year='2024', month='01')"),
    ).toMatchObject({ errorType: 'ALREADY_EXISTS' });
    await lab.run(
      "ALTER TABLE logs ADD IF NOT EXISTS PARTITION (year='2024', month='01') PARTITION (year='2024', month='03')",
    );
    expect(await lab.partitionValues('default', 'logs')).toHaveLength(3);
  });

  it('rejects partition specs that name other columns or miss a key', async () => {
    const lab = await labWithLogs();
    expect(
      await lab.errorOf("ALTER TABLE logs ADD PARTITION (msg='x', year='1', month='1')"),
    ).toMatchObject({ errorType: 'INVALID_PARTITION_SPEC' });
    expect(await lab.errorOf("ALTER TABLE logs ADD PARTITION (year='1')")).toMatchObject({
      errorType: 'INVALID_PARTITION_SPEC',
    });
    await lab.run("CREATE EXTERNAL TABLE flat (a int) LOCATION 's3://lake/flat/'");
    expect(await lab.errorOf("ALTER TABLE flat ADD PARTITION (a='1')")).toMatchObject({
      errorType: 'NOT_SUPPORTED',
    });
  });

  it('DROP PARTITION drops every partition a (partial) spec matches; a missing one fails unless IF EXISTS', async () => {
    const lab = await labWithLogs();
    await lab.run(
      "ALTER TABLE logs ADD PARTITION (year='2023', month='12') PARTITION (year='2024', month='01') PARTITION (year='2024', month='02')",
    );
    await lab.run("ALTER TABLE logs DROP PARTITION (year='2024')");
    expect(await lab.partitionValues('default', 'logs')).toEqual([['2023', '12']]);
    expect(await lab.errorOf("ALTER TABLE logs DROP PARTITION (year='2024')")).toMatchObject({
      errorType: 'PARTITION_NOT_FOUND',
    });
    await lab.run(
      "ALTER TABLE logs DROP IF EXISTS PARTITION (year='2024'), PARTITION (year='2023', month='12')",
    );
    expect(await lab.partitionValues('default', 'logs')).toEqual([]);
  });

  it('SET LOCATION moves the table or one partition', async () => {
    const lab = await labWithLogs();
    await lab.run("ALTER TABLE logs ADD PARTITION (year='2024', month='01')");
    await lab.run(
      "ALTER TABLE logs PARTITION (year='2024', month='01') SET LOCATION 's3://lake/moved/'",
    );
    await lab.run("ALTER TABLE logs SET LOCATION 's3://lake/logs-v2/'");
    expect((await lab.table('default', 'logs')).StorageDescriptor?.Location).toBe(
      's3://lake/logs-v2/',
    );
    const { Partition } = await lab.engine.call<{
      Partition: { StorageDescriptor: { Location: string } };
    }>('glue', 'GetPartition', {
      DatabaseName: 'default',
      TableName: 'logs',
      PartitionValues: ['2024', '01'],
    });
    expect(Partition.StorageDescriptor.Location).toBe('s3://lake/moved/');
  });

  it('SET TBLPROPERTIES adds and replaces table properties', async () => {
    const lab = await labWithLogs();
    await lab.run(
      "ALTER TABLE logs SET TBLPROPERTIES ('classification'='PARQUET', 'projection.enabled'='true')",
    );
    expect((await lab.table('default', 'logs')).Parameters).toMatchObject({
      EXTERNAL: 'TRUE',
      classification: 'PARQUET',
      'projection.enabled': 'true',
    });
  });

  it('SHOW PARTITIONS prints partition lines k=v/k=v, escaping special characters as Hive does', async () => {
    const lab = await labWithLogs();
    await lab.run(
      "ALTER TABLE logs ADD PARTITION (year='2024', month='01') PARTITION (year='2024', month='a/b')",
    );
    const result = await lab.run('SHOW PARTITIONS logs');
    expect(result.columns).toEqual([{ name: 'partition', type: 'string' }]);
    expect(firstColumn(result).sort()).toEqual(['year=2024/month=01', 'year=2024/month=a%2Fb']);
    await lab.run("CREATE EXTERNAL TABLE flat (a int) LOCATION 's3://lake/flat/'");
    expect(await lab.errorOf('SHOW PARTITIONS flat')).toMatchObject({ errorType: 'NOT_SUPPORTED' });
  });
});
