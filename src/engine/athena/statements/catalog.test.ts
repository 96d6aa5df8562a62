import { describe, expect, it } from 'vitest';
import { firstColumn, statementLab } from './statements.fixtures';

const ORDERS_CSV = `CREATE EXTERNAL TABLE sales.orders (
  order_id bigint COMMENT 'the id',
  amount decimal(10,2),
  tags array<string>
)
PARTITIONED BY (dt string)
ROW FORMAT DELIMITED FIELDS TERMINATED BY ','
LOCATION 's3://lake/raw/orders/'
TBLPROPERTIES ('skip.header.line.count'='1')`;

describe('databases', () => {
  it('CREATE DATABASE creates a Glue database with comment, location and properties', async () => {
    const lab = await statementLab();
    await lab.run(
      "CREATE DATABASE sales COMMENT 'Sales data' LOCATION 's3://lake/sales/' WITH DBPROPERTIES ('owner'='team')",
    );
    const { Database } = await lab.engine.call<{ Database: Record<string, unknown> }>(
      'glue',
      'GetDatabase',
      { Name: 'sales' },
    );
    expect(Database).toMatchObject({
      Name: 'sales',
      Description: 'Sales data',
      LocationUri: 's3://lake/sales/',
      Parameters: { owner: 'team' },
    });
  });

  it('CREATE DATABASE of an existing database fails with ALREADY_EXISTS unless IF NOT EXISTS', async () => {
    const lab = await statementLab();
    await lab.run('CREATE SCHEMA sales');
    expect(await lab.errorOf('CREATE DATABASE sales')).toMatchObject({
      errorType: 'ALREADY_EXISTS',
    });
    await expect(lab.run('CREATE DATABASE IF NOT EXISTS sales')).resolves.toEqual({
      columns: [],
      rows: [],
    });
  });

  it('SHOW DATABASES lists database_name sorted, filtered by a Hive pattern', async () => {
    const lab = await statementLab();
    for (const name of ['web_analytics', 'sales', 'sales_analytics'])
      await lab.run(`CREATE DATABASE ${name}`);
    const all = await lab.run('SHOW DATABASES');
    expect(all.columns).toEqual([{ name: 'database_name', type: 'string' }]);
    expect(firstColumn(all)).toEqual(['default', 'sales', 'sales_analytics', 'web_analytics']);
    expect(firstColumn(await lab.run("SHOW SCHEMAS LIKE '*analytics'"))).toEqual([
      'sales_analytics',
      'web_analytics',
    ]);
    expect(firstColumn(await lab.run("SHOW DATABASES LIKE 'sales|web*'"))).toEqual([
      'sales',
      'web_analytics',
    ]);
  });

  it('DROP DATABASE refuses a database with tables unless CASCADE, which drops them too', async () => {
    const lab = await statementLab();
    await lab.run('CREATE DATABASE sales');
    await lab.run(ORDERS_CSV);
    expect(await lab.errorOf('DROP DATABASE sales')).toMatchObject({
      errorType: 'INVALID_OPERATION',
    });
    await lab.run('DROP DATABASE sales CASCADE');
    expect(await lab.errorOf('DROP DATABASE sales')).toMatchObject({
      errorType: 'SCHEMA_NOT_FOUND',
    });
    await expect(lab.run('DROP DATABASE IF EXISTS sales')).resolves.toEqual({
      columns: [],
      rows: [],
    });
  });
});

describe('CREATE EXTERNAL TABLE', () => {
  it('writes the StorageDescriptor Athena writes for delimited text, with EXTERNAL=TRUE and classification csv', async () => {
    const lab = await statementLab();
    await lab.run('CREATE DATABASE sales');
    await lab.run(ORDERS_CSV);
    const table = await lab.table('sales', 'orders');
    expect(table).toMatchObject({
      TableType: 'EXTERNAL_TABLE',
      Parameters: { EXTERNAL: 'TRUE', classification: 'csv', 'skip.header.line.count': '1' },
      PartitionKeys: [{ Name: 'dt', Type: 'string' }],
      StorageDescriptor: {
        Location: 's3://lake/raw/orders/',
        InputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
        OutputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
        SerdeInfo: {
          SerializationLibrary: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe',
          Parameters: { 'field.delim': ',', 'serialization.format': ',' },
        },
        Columns: [
          { Name: 'order_id', Type: 'bigint', Comment: 'the id' },
          { Name: 'amount', Type: 'decimal(10,2)' },
          { Name: 'tags', Type: 'array<string>' },
        ],
      },
    });
  });

  it('uses the Parquet SerDe and formats for STORED AS PARQUET, in the current database', async () => {
    const lab = await statementLab();
    await lab.run('CREATE DATABASE lake');
    await lab.run(
      "CREATE EXTERNAL TABLE `events` (`id` string) STORED AS PARQUET LOCATION 's3://lake/events'",
      { database: 'lake' },
    );
    const table = await lab.table('lake', 'events');
    expect(table.Parameters?.['classification']).toBe('parquet');
    expect(table.StorageDescriptor).toMatchObject({
      Location: 's3://lake/events/',
      InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
      SerdeInfo: {
        SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
      },
    });
  });

  it('keeps a ROW FORMAT SERDE with its SERDEPROPERTIES (OpenCSVSerde)', async () => {
    const lab = await statementLab();
    await lab.run(`CREATE EXTERNAL TABLE quoted (a string) ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.OpenCSVSerde'
      WITH SERDEPROPERTIES ('separatorChar' = ';') LOCATION 's3://lake/q/'`);
    expect((await lab.table('default', 'quoted')).StorageDescriptor?.SerdeInfo).toEqual({
      SerializationLibrary: 'org.apache.hadoop.hive.serde2.OpenCSVSerde',
      Parameters: { separatorChar: ';' },
    });
  });

  it('fails for an existing table (ALREADY_EXISTS), a missing database (SCHEMA_NOT_FOUND) and a file or glob LOCATION', async () => {
    const lab = await statementLab();
    await lab.run("CREATE EXTERNAL TABLE t (a int) LOCATION 's3://lake/t/'");
    expect(
      await lab.errorOf("CREATE EXTERNAL TABLE t (a int) LOCATION 's3://lake/t/'"),
    ).toMatchObject({ errorType: 'ALREADY_EXISTS' });
    await expect(
      lab.run("CREATE EXTERNAL TABLE IF NOT EXISTS t (a int) LOCATION 's3://lake/t/'"),
    ).resolves.toBeDefined();
    expect(
      await lab.errorOf("CREATE EXTERNAL TABLE nowhere.t (a int) LOCATION 's3://lake/t/'"),
    ).toMatchObject({
      errorType: 'SCHEMA_NOT_FOUND',
      line: 1,
      column: 23,
    });
    expect(
      await lab.errorOf("CREATE EXTERNAL TABLE f (a int) LOCATION 's3://lake/t/data.csv'"),
    ).toMatchObject({ errorType: 'INVALID_TABLE_PROPERTY' });
    expect(
      await lab.errorOf("CREATE EXTERNAL TABLE g (a int) LOCATION 's3://lake/t/*'"),
    ).toMatchObject({ errorType: 'INVALID_TABLE_PROPERTY' });
    expect(
      await lab.errorOf("CREATE EXTERNAL TABLE h (a varchar2) LOCATION 's3://lake/h/'"),
    ).toMatchObject({ errorType: 'SYNTAX_ERROR' });
  });

  it('is refused as PERMISSION_DENIED when the caller may not glue:CreateTable', async () => {
    const lab = await statementLab();
    await lab.engine.call('iam', 'CreateUser', { UserName: 'analyst' });
    expect(
      await lab.errorOf("CREATE EXTERNAL TABLE t (a int) LOCATION 's3://lake/t/'", {
        principal: 'analyst',
      }),
    ).toMatchObject({
      errorType: 'PERMISSION_DENIED',
    });
  });
});

describe('SHOW TABLES and DROP TABLE', () => {
  it('SHOW TABLES lists tab_name sorted, in a database, filtered by a pattern', async () => {
    const lab = await statementLab();
    await lab.run('CREATE DATABASE sampledb');
    for (const name of ['flights_2016', 'elb_logs', 'alb_logs'])
      await lab.run(`CREATE EXTERNAL TABLE sampledb.${name} (a int) LOCATION 's3://lake/${name}/'`);
    const all = await lab.run('SHOW TABLES IN sampledb');
    expect(all.columns[0]?.name).toBe('tab_name');
    expect(firstColumn(all)).toEqual(['alb_logs', 'elb_logs', 'flights_2016']);
    expect(firstColumn(await lab.run("SHOW TABLES IN sampledb '*logs'"))).toEqual([
      'alb_logs',
      'elb_logs',
    ]);
    expect(firstColumn(await lab.run("SHOW TABLES '*flights*'", { database: 'sampledb' }))).toEqual(
      ['flights_2016'],
    );
  });

  it('DROP TABLE removes the table but not its data; a missing table is TABLE_NOT_FOUND unless IF EXISTS', async () => {
    const lab = await statementLab();
    await lab.put('t/part-0.csv', '1\n');
    await lab.run("CREATE EXTERNAL TABLE t (a int) LOCATION 's3://lake/t/'");
    await lab.run('DROP TABLE t');
    expect(await lab.errorOf('DROP TABLE t')).toMatchObject({
      errorType: 'TABLE_NOT_FOUND',
      message: 'Table not found default.t',
      line: 1,
      column: 12,
    });
    await expect(lab.run('DROP TABLE IF EXISTS t')).resolves.toEqual({ columns: [], rows: [] });
    expect(await lab.keys('t/')).toEqual(['t/part-0.csv']);
  });
});
