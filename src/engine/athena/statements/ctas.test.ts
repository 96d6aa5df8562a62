import { gunzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { previewObject } from '../../formats';
import type { ResultSet } from './env';
import { RESULTS_BUCKET, statementLab } from './statements.fixtures';

const ORDERS: ResultSet = {
  columns: [
    { name: 'order_id', type: 'bigint' },
    { name: 'customer', type: 'varchar' },
    { name: 'total', type: 'double' },
    { name: 'paid', type: 'boolean' },
    { name: 'region', type: 'varchar' },
  ],
  rows: [
    [1, 'ana', 10.5, 1, 'eu'],
    [2, 'bo', 20, 0, 'us'],
    [3, null, 7.25, 1, 'eu'],
  ],
};

describe('CTAS', () => {
  it('writes real GZIP Parquet under <results>/tables/<query id>/ and creates the table', async () => {
    const lab = await statementLab();
    const result = await lab.run('CREATE TABLE copy AS SELECT * FROM orders', {
      rows: ORDERS,
      queryId: 'q-1',
    });
    expect(result).toEqual({ columns: [{ name: 'rows', type: 'bigint' }], rows: [[3]] });
    const keys = await lab.keys('tables/q-1/', RESULTS_BUCKET);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(
      /^tables\/q-1\/q-1_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const preview = await previewObject(
      keys[0] ?? '',
      await lab.object(keys[0] ?? '', RESULTS_BUCKET),
    );
    expect(preview.format).toBe('parquet');
    expect(preview.columns.map((c) => c.name)).toEqual([
      'order_id',
      'customer',
      'total',
      'paid',
      'region',
    ]);
    expect(preview.rows).toEqual([
      [1, 'ana', 10.5, true, 'eu'],
      [2, 'bo', 20, false, 'us'],
      [3, null, 7.25, true, 'eu'],
    ]);
    const table = await lab.table('default', 'copy');
    expect(table).toMatchObject({
      TableType: 'EXTERNAL_TABLE',
      Parameters: { EXTERNAL: 'TRUE', classification: 'parquet', 'parquet.compression': 'GZIP' },
      StorageDescriptor: {
        Location: `s3://${RESULTS_BUCKET}/tables/q-1/`,
        SerdeInfo: {
          SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
        },
        Columns: [
          { Name: 'order_id', Type: 'bigint' },
          { Name: 'customer', Type: 'string' },
          { Name: 'total', Type: 'double' },
          { Name: 'paid', Type: 'boolean' },
          { Name: 'region', Type: 'string' },
        ],
      },
    });
  });

  it('partitions into key=value folders with one Glue partition each', async () => {
    const lab = await statementLab();
    await lab.run(
      "CREATE TABLE by_region WITH (partitioned_by = ARRAY['region'], write_compression = 'SNAPPY', external_location = 's3://lake/by_region/') AS SELECT * FROM orders",
      {
        rows: ORDERS,
        queryId: 'q-2',
      },
    );
    const keys = await lab.keys('by_region/');
    expect(keys.map((k) => k.replace(/q-2_.*$/, 'FILE')).sort()).toEqual([
      'by_region/region=eu/FILE',
      'by_region/region=us/FILE',
    ]);
    expect(await lab.partitionValues('default', 'by_region')).toEqual([['eu'], ['us']]);
    const table = await lab.table('default', 'by_region');
    expect(table.PartitionKeys).toEqual([{ Name: 'region', Type: 'string' }]);
    expect(table.StorageDescriptor?.Columns?.map((c) => c.Name)).toEqual([
      'order_id',
      'customer',
      'total',
      'paid',
    ]);
    const eu = keys.find((k) => k.includes('region=eu')) ?? '';
    expect((await previewObject(eu, await lab.object(eu))).rows).toEqual([
      [1, 'ana', 10.5, true],
      [3, null, 7.25, true],
    ]);
  });

  it('writes GZIP text with \\001 (or the given) delimiter, \\N for NULL and a .gz name', async () => {
    const lab = await statementLab();
    await lab.run(
      "CREATE TABLE csv_copy WITH (format = 'TEXTFILE', field_delimiter = ',') AS SELECT * FROM orders",
      { rows: ORDERS, queryId: 'q-3' },
    );
    const [key = ''] = await lab.keys('tables/q-3/', RESULTS_BUCKET);
    expect(key).toMatch(/\.gz$/);
    expect(strFromU8(gunzipSync(await lab.object(key, RESULTS_BUCKET)))).toBe(
      '1,ana,10.5,true,eu\n2,bo,20,false,us\n3,\\N,7.25,true,eu\n',
    );
    expect((await lab.table('default', 'csv_copy')).StorageDescriptor?.SerdeInfo).toEqual({
      SerializationLibrary: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe',
      Parameters: { 'field.delim': ',', 'serialization.format': ',' },
    });
    await lab.run(
      "CREATE TABLE json_copy WITH (format = 'JSON', write_compression = 'NONE') AS SELECT * FROM orders",
      { rows: ORDERS, queryId: 'q-4' },
    );
    const [jsonKey = ''] = await lab.keys('tables/q-4/', RESULTS_BUCKET);
    expect(strFromU8(await lab.object(jsonKey, RESULTS_BUCKET)).split('\n')[0]).toBe(
      '{"order_id":1,"customer":"ana","total":10.5,"paid":true,"region":"eu"}',
    );
  });

  it('WITH NO DATA creates the table without writing files', async () => {
    const lab = await statementLab();
    const result = await lab.run('CREATE TABLE empty AS SELECT * FROM orders WITH NO DATA', {
      rows: ORDERS,
      queryId: 'q-5',
    });
    expect(result.rows).toEqual([[0]]);
    expect(await lab.keys('tables/q-5/', RESULTS_BUCKET)).toEqual([]);
    expect((await lab.table('default', 'empty')).StorageDescriptor?.Columns).toHaveLength(5);
  });

  it('fails when partition columns are not last, the location holds data, or over 100 partitions', async () => {
    const lab = await statementLab();
    expect(
      await lab.errorOf(
        "CREATE TABLE a WITH (partitioned_by = ARRAY['customer']) AS SELECT * FROM orders",
        { rows: ORDERS },
      ),
    ).toMatchObject({
      errorType: 'HIVE_COLUMN_ORDER_MISMATCH',
    });
    await lab.put('taken/x.csv', '1');
    expect(
      await lab.errorOf(
        "CREATE TABLE b WITH (external_location = 's3://lake/taken/') AS SELECT * FROM orders",
        { rows: ORDERS },
      ),
    ).toMatchObject({
      errorType: 'HIVE_PATH_ALREADY_EXISTS',
    });
    const many: ResultSet = {
      columns: [
        { name: 'v', type: 'integer' },
        { name: 'k', type: 'integer' },
      ],
      rows: Array.from({ length: 101 }, (_, i) => [i, i]),
    };
    expect(
      await lab.errorOf("CREATE TABLE c WITH (partitioned_by = ARRAY['k']) AS SELECT v, k FROM t", {
        rows: many,
      }),
    ).toMatchObject({
      errorType: 'HIVE_TOO_MANY_OPEN_PARTITIONS',
    });
    expect(await lab.errorOf('DESCRIBE c')).toMatchObject({ errorType: 'TABLE_NOT_FOUND' });
  });

  it('validates properties: unknown or upper-case names, formats without a writer, combined compressions', async () => {
    const lab = await statementLab();
    const run = (props: string) =>
      lab.errorOf(`CREATE TABLE p WITH (${props}) AS SELECT * FROM orders`, { rows: ORDERS });
    expect(await run("FORMAT = 'PARQUET'")).toMatchObject({
      errorType: 'INVALID_TABLE_PROPERTY',
      line: 1,
      column: 22,
    });
    expect(await run("format = 'ORC'")).toMatchObject({ errorType: 'NOT_SUPPORTED' });
    expect(await run("format = 'CSV'")).toMatchObject({ errorType: 'INVALID_TABLE_PROPERTY' });
    expect(await run("write_compression = 'SNAPPY', parquet_compression = 'GZIP'")).toMatchObject({
      errorType: 'INVALID_TABLE_PROPERTY',
    });
    expect(await run("write_compression = 'ZSTD'")).toMatchObject({ errorType: 'NOT_SUPPORTED' });
    expect(await run("format = 'PARQUET', field_delimiter = ','")).toMatchObject({
      errorType: 'INVALID_TABLE_PROPERTY',
    });
    expect(await run("table_type = 'ICEBERG'")).toMatchObject({ errorType: 'NOT_SUPPORTED' });
  });

  it('fails for an existing table, a missing database, and an array column in Parquet (no writer yet)', async () => {
    const lab = await statementLab();
    await lab.run('CREATE TABLE t AS SELECT * FROM orders', { rows: ORDERS });
    expect(
      await lab.errorOf('CREATE TABLE t AS SELECT * FROM orders', { rows: ORDERS }),
    ).toMatchObject({ errorType: 'ALREADY_EXISTS' });
    expect(
      await lab.errorOf('CREATE TABLE nowhere.t AS SELECT * FROM orders', { rows: ORDERS }),
    ).toMatchObject({ errorType: 'SCHEMA_NOT_FOUND' });
    const arrays: ResultSet = {
      columns: [{ name: 'd', type: 'array(varchar)' }],
      rows: [['["a"]']],
    };
    expect(await lab.errorOf('CREATE TABLE d AS SELECT d FROM x', { rows: arrays })).toMatchObject({
      errorType: 'NOT_SUPPORTED',
    });
    await expect(
      lab.run("CREATE TABLE d WITH (format = 'JSON') AS SELECT d FROM x", { rows: arrays }),
    ).resolves.toMatchObject({ rows: [[1]] });
    const dates: ResultSet = { columns: [{ name: 'day', type: 'date' }], rows: [['2024-01-01']] };
    await expect(
      lab.run('CREATE TABLE days AS SELECT day FROM x', { rows: dates }),
    ).resolves.toMatchObject({
      rows: [[1]],
    });
  });
});

describe('CTAS values', () => {
  it('writes bigints that arrive as text exactly to Parquet, and as numbers to JSON', async () => {
    const lab = await statementLab();
    const big: ResultSet = {
      columns: [{ name: 'id', type: 'bigint' }],
      rows: [['9007199254740993']],
    };
    await lab.run('CREATE TABLE big AS SELECT id FROM t', { rows: big, queryId: 'q-big' });
    const [key = ''] = await lab.keys('tables/q-big/', RESULTS_BUCKET);
    expect((await previewObject(key, await lab.object(key, RESULTS_BUCKET))).rows).toEqual([
      ['9007199254740993'],
    ]);
    await lab.run(
      "CREATE TABLE big_json WITH (format = 'JSON', write_compression = 'NONE') AS SELECT id FROM t",
      { rows: big, queryId: 'q-bj' },
    );
    const [json = ''] = await lab.keys('tables/q-bj/', RESULTS_BUCKET);
    expect(strFromU8(await lab.object(json, RESULTS_BUCKET))).toBe('{"id":9007199254740992}\n');
  });
});

describe('CTAS column names', () => {
  it('fails with MISSING_COLUMN_NAME for an unnamed result column, as for views', async () => {
    const lab = await statementLab();
    const unnamed: ResultSet = { columns: [{ name: '_col0', type: 'bigint' }], rows: [[1]] };
    expect(
      await lab.errorOf('CREATE TABLE n AS SELECT count(*) FROM t', { rows: unnamed }),
    ).toMatchObject({
      errorType: 'MISSING_COLUMN_NAME',
      message: 'Column name not specified at position 1',
    });
    expect(
      await lab.errorOf('CREATE VIEW n AS SELECT count(*) FROM t', { rows: unnamed }),
    ).toMatchObject({
      errorType: 'MISSING_COLUMN_NAME',
    });
  });
});
