import { describe, expect, it } from 'vitest';
import { gzip } from '../formats/compression';
import { utf8Encode } from '../formats/text';
import { classifyObject } from './classifierRun';
import { globToRegExp } from './crawlExclusions';
import { type CrawledObject, type GroupingOptions, planTables } from './crawlGrouping';

const jsonFile = (
  key: string,
  record: Record<string, unknown>,
  options: { gzip?: boolean } = {},
): CrawledObject => {
  const text = utf8Encode(`${JSON.stringify(record)}\n${JSON.stringify(record)}\n`);
  const bytes = options.gzip ? gzip(text) : text;
  return { key, size: bytes.length, classification: classifyObject(key, bytes) };
};
const csvFile = (key: string, lines: string[]): CrawledObject => {
  const bytes = utf8Encode(`${lines.join('\n')}\n`);
  return { key, size: bytes.length, classification: classifyObject(key, bytes) };
};
const sale = { id: 1, amount: 2.5, item: 'x' };
const summary = (objects: CrawledObject[], options: GroupingOptions) =>
  planTables(objects, options).tables.map((t) => ({
    name: t.name,
    keys: t.partitionKeys.map((k) => k.name),
    partitions: t.partitions.map((p) => p.values.join('/')).sort(),
    columns: t.columns.map((c) => c.name),
  }));

describe('tables vs partitions (crawler-s3-folder-table-partition.html)', () => {
  it('Example A: sales/year=2019/month=Jan|Feb/day=1|2 with one JSON schema is ONE table with 4 partitions keyed year, month, day', () => {
    const objects = ['Jan', 'Feb'].flatMap((month) =>
      ['1', '2'].map((day) =>
        jsonFile(`sales/year=2019/month=${month}/day=${day}/part.json`, sale),
      ),
    );
    expect(summary(objects, { includePath: 's3://bucket/sales/' })).toEqual([
      {
        name: 'sales',
        keys: ['year', 'month', 'day'],
        partitions: ['2019/Feb/1', '2019/Feb/2', '2019/Jan/1', '2019/Jan/2'],
        columns: ['id', 'amount', 'item'],
      },
    ]);
  });

  it('Example B: folder1/table1/partition1..3 and table2/partition4..5 with similar schemas are ONE table with two partition columns', () => {
    const objects = [
      ...['partition1', 'partition2', 'partition3'].map((p) =>
        jsonFile(`folder1/table1/${p}/file.json`, sale),
      ),
      ...['partition4', 'partition5'].map((p) => jsonFile(`folder1/table2/${p}/file.json`, sale)),
    ];
    const [table] = planTables(objects, { includePath: 's3://bucket01/folder1/' }).tables;
    expect(table).toMatchObject({ name: 'folder1', location: 's3://bucket01/folder1/' });
    expect(table!.partitionKeys.map((k) => k.name)).toEqual(['partition_0', 'partition_1']);
    expect(table!.partitions.map((p) => p.values)).toEqual([
      ['table1', 'partition1'],
      ['table1', 'partition2'],
      ['table1', 'partition3'],
      ['table2', 'partition4'],
      ['table2', 'partition5'],
    ]);
  });

  it('Example B with two include paths gives two tables, table1 and table2', () => {
    const objects = [
      jsonFile('folder1/table1/p1/f.json', sale),
      jsonFile('folder1/table2/p4/f.json', sale),
    ];
    const names = ['s3://bucket01/folder1/table1/', 's3://bucket01/folder1/table2/'].flatMap(
      (includePath) => planTables(objects, { includePath }).tables.map((t) => t.name),
    );
    expect(names).toEqual(['table1', 'table2']);
  });

  it('different schemas under one folder become separate tables named after their folders, with the reason', () => {
    const objects = [
      jsonFile('shop/customers/c.json', { cid: 1, name: 'a', city: 'b' }),
      jsonFile('shop/products/p.json', { sku: 'x', price: 1.5, title: 't' }),
    ];
    const plan = planTables(objects, { includePath: 's3://b/shop/' });
    expect(plan.tables.map((t) => t.name)).toEqual(['customers', 'products']);
    expect(plan.tables[0]!.why.join(' ')).toContain('schemas are not similar');
  });

  it('a different compression or format under one folder splits the tables (tables-described.html)', () => {
    const objects = [
      jsonFile('logs/day=1/a.json', sale),
      jsonFile('logs/day=2/b.json.gz', sale, { gzip: true }),
    ];
    const plan = planTables(objects, { includePath: 's3://b/logs/' });
    expect(plan.tables.map((t) => t.name)).toEqual(['day_1', 'day_2']);
    expect(plan.tables[0]!.why.join(' ')).toContain('compression differs');
  });

  it('a file that adds one column to three stays in the table: 3 of 4 columns is similar (our 70% rule)', () => {
    const objects = [
      jsonFile('t/p=1/a.json', { a: 1, b: 2, c: 3 }),
      jsonFile('t/p=2/b.json', { a: 1, b: 2, c: 3, d: 4 }),
    ];
    expect(summary(objects, { includePath: 's3://b/t/' })).toEqual([
      { name: 't', keys: ['p'], partitions: ['1', '2'], columns: ['a', 'b', 'c', 'd'] },
    ]);
  });

  it('mixes named and unnamed partition levels: year=…/01/ → year, partition_1', () => {
    const objects = [
      jsonFile('ev/year=2024/01/a.json', sale),
      jsonFile('ev/year=2024/02/a.json', sale),
    ];
    expect(summary(objects, { includePath: 'b/ev' })[0]!.keys).toEqual(['year', 'partition_1']);
  });

  it('names unnamed partition folders partition_0, partition_1 (aws-glue-programming-etl-partitions.html)', () => {
    const objects = [jsonFile('ev/2024/01/a.json', sale), jsonFile('ev/2024/02/a.json', sale)];
    expect(summary(objects, { includePath: 'b/ev/' })[0]).toMatchObject({
      keys: ['partition_0', 'partition_1'],
      partitions: ['2024/01', '2024/02'],
    });
  });
});

describe('CombineCompatibleSchemas (crawler-configuration.html)', () => {
  const objects = [
    jsonFile('table1/year=2017/data1.json', { A: 1, B: 2 }),
    jsonFile('table1/year=2018/data2.json', { C: 3, D: 4 }),
  ];

  it('by default {A,B} and {C,D} become two tables year_2017 and year_2018', () => {
    expect(summary(objects, { includePath: 's3://b/table1/' }).map((t) => t.name)).toEqual([
      'year_2017',
      'year_2018',
    ]);
  });

  it('with TableGroupingPolicy CombineCompatibleSchemas they become one table a,b,c,d with partition year', () => {
    expect(
      summary(objects, { includePath: 's3://b/table1/', combineCompatibleSchemas: true }),
    ).toEqual([
      {
        name: 'table1',
        keys: ['year'],
        partitions: ['2017', '2018'],
        columns: ['a', 'b', 'c', 'd'],
      },
    ]);
  });

  it('still needs the same format: JSON beside CSV stays apart', () => {
    const mixed = [objects[0]!, csvFile('table1/year=2019/x.csv', ['a,b', '1,2', '3,4'])];
    expect(
      summary(mixed, { includePath: 's3://b/table1/', combineCompatibleSchemas: true }),
    ).toHaveLength(2);
  });
});

describe('TableLevelConfiguration, names and prefixes', () => {
  it('puts tables at an absolute folder level (top folder = 1): mydataset/a/b with level 3', () => {
    const objects = [
      jsonFile('mydataset/a/b/x/1.json', sale),
      jsonFile('mydataset/a/b/y/2.json', { other: 'z' }),
    ];
    const [table] = planTables(objects, { includePath: 's3://b/mydataset/', tableLevel: 3 }).tables;
    expect(table).toMatchObject({ name: 'b', location: 's3://b/mydataset/a/b/' });
    expect(table!.partitionKeys.map((k) => k.name)).toEqual(['partition_0']);
  });

  it('sanitises names to alphanumerics and _, applies TablePrefix, and suffixes duplicates with a hash (crawler-running.html)', () => {
    const objects = [
      jsonFile('x/Web-Logs.2024/a.json', { a: 1 }),
      jsonFile('x/web_logs_2024/b.json', { zz: 'q', yy: 'r' }),
    ];
    const names = planTables(objects, { includePath: 'b/x/', tablePrefix: 'raw_' }).tables.map(
      (t) => t.name,
    );
    expect(names[0]).toBe('raw_web_logs_2024');
    expect(names[1]).toMatch(/^raw_web_logs_2024_[0-9a-f]{8}$/);
  });

  it('a bucket-root include path with one compatible folder names the table after the bucket', () => {
    expect(
      summary([jsonFile('sales/a.json', sale)], { includePath: 's3://my-bucket' })[0],
    ).toMatchObject({ name: 'my_bucket', keys: ['partition_0'] });
  });
});

describe('exclusions (define-crawler.html, include and exclude patterns)', () => {
  it('* stays in one folder, ** crosses folders, {a,b} and [!0] work', () => {
    expect(globToRegExp('departments/market*').test('departments/marketing/x.csv')).toBe(false);
    expect(globToRegExp('departments/market*').test('departments/marketing')).toBe(true);
    expect(globToRegExp('departments/**').test('departments/marketing/x.csv')).toBe(true);
    expect(globToRegExp('**.csv').test('a/b/c.csv')).toBe(true);
    expect(globToRegExp('employees/*.csv').test('employees/sub/a.csv')).toBe(false);
    expect(globToRegExp('*.{csv,json}').test('a.json')).toBe(true);
    expect(globToRegExp('part[!0].csv').test('part1.csv')).toBe(true);
    expect(globToRegExp('part[!0].csv').test('part0.csv')).toBe(false);
  });

  it('leaves excluded objects out of the tables and lists them with the pattern; unclassifiable files get their reason', () => {
    const objects = [
      jsonFile('d/keep/a.json', sale),
      jsonFile('d/tmp/b.json', sale),
      csvFile('d/keep/notes.txt', ['just prose']),
    ];
    const plan = planTables(objects, { includePath: 's3://b/d/', exclusions: ['tmp/**'] });
    expect(plan.excluded).toEqual([{ key: 'd/tmp/b.json', pattern: 'tmp/**' }]);
    expect(plan.unclassified[0]).toMatchObject({ key: 'd/keep/notes.txt' });
    // The UNKNOWN file is still cataloged (same-format rule: it does not group with the JSON file).
    expect(plan.tables.map((t) => [t.name, t.classification, t.columns.length])).toEqual([
      ['a_json', 'json', 3],
      ['notes_txt', 'UNKNOWN', 0],
    ]);
  });

  it('an include path that names one file crawls that file alone', () => {
    const objects = [jsonFile('d/a.json', sale), jsonFile('d/b.json', sale)];
    expect(
      planTables(objects, { includePath: 's3://b/d/a.json' }).tables.map((t) => t.objectKeys),
    ).toEqual([['d/a.json']]);
  });
});
