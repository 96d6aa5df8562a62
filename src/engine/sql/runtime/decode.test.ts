import { describe, expect, it } from 'vitest';
import { gzip } from '../../formats/compression';
import { toCsv, toJsonLines, toParquet } from '../../formats/writers';
import { inProcessSqlRunner } from '../inProcessRunner';
import type { SqlTableInput } from '../runner';
import { fileOf, requestOf, tableOf } from './testTables';

const runner = inProcessSqlRunner();
const select = async (sql: string, ...tables: SqlTableInput[]) =>
  (await runner.run(requestOf(sql, tables))).rows;

describe('SQL runtime: decoding objects into tables', () => {
  it('skips header lines and honours quotes in OpenCSVSerde tables', async () => {
    const csv = 'id,name,city\n1,"Smith, Ann",Paris\n2,"Bob ""B""",\n';
    const table = tableOf(
      'people',
      'id bigint, name string, city string',
      [fileOf('people/a.csv', csv)],
      {
        text: { delimiter: ',', quoteChar: '"', skipHeaderLines: 1 },
      },
    );
    expect(await select('SELECT id, name, city FROM people ORDER BY id', table)).toEqual([
      [1, 'Smith, Ann', 'Paris'],
      [2, 'Bob "B"', ''],
    ]);
  });

  it('reads TSV by position: missing trailing fields are NULL, extra fields are ignored', async () => {
    const tsv = 'a\t1\textra\nb\n';
    const table = tableOf('t', 'k string, v int', [fileOf('t/x.tsv', tsv)], {
      text: { delimiter: '\t', skipHeaderLines: 0 },
    });
    expect(await select('SELECT k, v FROM t', table)).toEqual([
      ['a', 1],
      ['b', null],
    ]);
  });

  it('reads LazySimpleSerDe Ctrl-A text with \\N as NULL and quotes kept as data', async () => {
    const text = '1\u0001"x"\u0001\\N\r\n2\u0001y\u0001z\r\n';
    const table = tableOf('lazy', 'id int, a string, b string', [fileOf('lazy/part-0', text)], {
      text: { delimiter: '\u0001', skipHeaderLines: 0 },
    });
    expect(await select('SELECT id, a, b FROM lazy', table)).toEqual([
      [1, '"x"', null],
      [2, 'y', 'z'],
    ]);
  });

  it('reads text fields by their position in the file when a column is left out', async () => {
    const table = tableOf('hidden', 'id int, city string', [fileOf('h/a.csv', '1,secret,Paris\n')]);
    table.columns[1]!.fieldIndex = 2;
    expect(await select('SELECT id, city FROM hidden', table)).toEqual([[1, 'Paris']]);
  });

  it('matches JSON keys to columns case-insensitively', async () => {
    const lines = toJsonLines([
      { ID: 1, Name: 'Ann', tags: ['a', 'b'] },
      { id: 2, NAME: 'Bob' },
    ]);
    const table = tableOf(
      'j',
      'id bigint, name string, tags array<string>',
      [fileOf('j/a.json', lines)],
      {
        format: 'json',
      },
    );
    expect(await select('SELECT id, name, tags FROM j ORDER BY id', table)).toEqual([
      [1, 'Ann', '["a","b"]'],
      [2, 'Bob', null],
    ]);
  });

  it('decompresses gzip CSV named .csv.gz', async () => {
    const bytes = gzip(
      new TextEncoder().encode(
        toCsv(
          ['id', 'v'],
          [
            [1, 2.5],
            [2, 3.5],
          ],
        ),
      ),
    );
    const table = tableOf('g', 'id bigint, v double', [fileOf('g/a.csv.gz', bytes)], {
      text: { delimiter: ',', skipHeaderLines: 1 },
    });
    expect(await select('SELECT sum(v) FROM g', table)).toEqual([[6]]);
  });

  it('reads Snappy Parquet by column name, whatever the case', async () => {
    const parquet = toParquet(
      [
        { name: 'Id', type: 'bigint' },
        { name: 'price', type: 'double' },
        { name: 'sold_at', type: 'timestamp' },
        { name: 'ok', type: 'boolean' },
      ],
      [
        [1, 9.5, new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)), true],
        [2, null, null, false],
      ],
    );
    const table = tableOf(
      'p',
      'id bigint, price double, sold_at timestamp, ok boolean, missing string',
      [fileOf('p/a.snappy.parquet', parquet)],
      { format: 'parquet' },
    );
    expect(await select('SELECT * FROM p ORDER BY id', table)).toEqual([
      [1, 9.5, '2024-01-02 03:04:05.006', 1, null],
      [2, null, null, 0, null],
    ]);
  });

  it('gives partition key columns the values of each file’s partition', async () => {
    const table = tableOf(
      'sales',
      'amount int, year int, region string',
      [
        fileOf('sales/year=2023/region=eu/a.csv', '5\n', {
          partitionValues: { year: '2023', region: 'eu' },
        }),
        fileOf('sales/year=2024/region=us/a.csv', '7\n', {
          partitionValues: { year: '2024', region: 'us' },
        }),
      ],
      { partitionKeys: ['year', 'region'] },
    );
    expect(await select('SELECT amount, year, region FROM sales ORDER BY year', table)).toEqual([
      [5, 2023, 'eu'],
      [7, 2024, 'us'],
    ]);
  });

  it('converts dates, timestamps and booleans, and reads unparseable text values as NULL', async () => {
    const csv = [
      '2024-02-29,2024-02-29 10:11:12.5,TRUE,12,1e3',
      '2023-02-29,2024-13-01 00:00:00,yes,12.5,abc',
      ',,,,',
    ].join('\n');
    const table = tableOf('types', 'd date, ts timestamp, b boolean, i int, x double', [
      fileOf('types/a.csv', csv),
    ]);
    const rows = await select('SELECT d, ts, b, i, x, typeof(i), typeof(x) FROM types', table);
    expect(rows).toEqual([
      ['2024-02-29', '2024-02-29 10:11:12.500', 1, 12, 1000, 'integer', 'real'],
      [null, null, null, null, null, 'null', 'null'],
      [null, null, null, null, null, 'null', 'null'],
    ]);
  });

  it('keeps only the rows a row filter admits', async () => {
    const table = tableOf(
      'f',
      'id int, region string',
      [fileOf('f/a.csv', '1,eu\n2,us\n3,eu\n4,\\N\n')],
      {
        rowFilter: "region = 'eu'",
      },
    );
    expect(await select('SELECT id FROM f ORDER BY id', table)).toEqual([[1], [3]]);
  });

  it('inserts federated rows as given', async () => {
    const table = tableOf('fed', 'id bigint, name string', [], {
      rows: [
        [1, 'a'],
        [2, null],
      ],
    });
    expect(await select('SELECT count(*), count(name) FROM fed', table)).toEqual([[2, 1]]);
  });
});

describe('SQL runtime: objects that cannot be read fail the query', () => {
  it('fails a corrupt Parquet object with HIVE_BAD_DATA naming s3://bucket/key', async () => {
    const table = tableOf('bad', 'id bigint', [fileOf('bad/a.parquet', 'PAR1 not really PAR1')], {
      format: 'parquet',
    });
    await expect(runner.run(requestOf('SELECT * FROM bad', [table]))).rejects.toMatchObject({
      errorType: 'HIVE_BAD_DATA',
      message: expect.stringMatching(
        /^Malformed Parquet file\. .* \[s3:\/\/lake\/bad\/a\.parquet\]$/,
      ),
    });
  });

  it('fails a malformed JSON line with HIVE_BAD_DATA naming the object and line', async () => {
    const table = tableOf('bj', 'id int', [fileOf('bj/a.json', '{"id":1}\n{"id":\n')], {
      format: 'json',
    });
    await expect(runner.run(requestOf('SELECT * FROM bj', [table]))).rejects.toMatchObject({
      errorType: 'HIVE_BAD_DATA',
      message: expect.stringContaining('line 2 of s3://lake/bj/a.json'),
    });
  });

  it('fails a JSON value its integer column cannot hold, as Athena does', async () => {
    const table = tableOf('bv', 'id int', [fileOf('bv/a.json', '{"id":50}\n{"id":0.54}\n')], {
      format: 'json',
    });
    await expect(runner.run(requestOf('SELECT * FROM bv', [table]))).rejects.toMatchObject({
      errorType: 'HIVE_BAD_DATA',
      message: expect.stringContaining(
        `Error parsing field value '0.54' for field 0: For input string: "0.54"`,
      ),
    });
  });

  it('fails a gzip object that does not decompress, naming the object', async () => {
    const broken = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 1, 2, 3]);
    const table = tableOf('gz', 'id int', [fileOf('gz/a.csv.gz', broken)]);
    await expect(runner.run(requestOf('SELECT * FROM gz', [table]))).rejects.toMatchObject({
      errorType: 'HIVE_CURSOR_ERROR',
      message: expect.stringContaining('(s3://lake/gz/a.csv.gz)'),
    });
  });

  it('reports SQLite errors as SQLITE_ERROR with their message', async () => {
    await expect(runner.run(requestOf('SELECT * FROM nowhere', []))).rejects.toMatchObject({
      errorType: 'SQLITE_ERROR',
      message: 'no such table: nowhere',
    });
  });
});
