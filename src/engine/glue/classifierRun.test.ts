import { describe, expect, it } from 'vitest';
import { gzip } from '../formats/compression';
import { snappyFrame } from '../formats/snappy';
import { utf8Encode } from '../formats/text';
import { toParquet } from '../formats/writers';
import type { StoredClassifier } from './classifierModel';
import { classifyObject } from './classifierRun';

const text = (lines: string[]) => utf8Encode(`${lines.join('\n')}\n`);
const custom = (
  c: Partial<StoredClassifier> & Pick<StoredClassifier, 'Name' | 'kind'>,
): StoredClassifier => ({ CreationTime: 0, LastUpdated: 0, Version: 1, ...c });
const columnsOf = (result: ReturnType<typeof classifyObject>) =>
  result.schema.map((c) => `${c.name}:${c.type}`);

describe('classifier order and certainty (add-classifier.html)', () => {
  it('runs custom classifiers first: a custom CSV classifier with certainty 1.0 wins before the built-in JSON or CSV', () => {
    const bytes = text(['id;name', '1;ann', '2;bob']);
    const result = classifyObject('a.txt', bytes, [
      custom({ Name: 'semi', kind: 'CsvClassifier', Delimiter: ';', ContainsHeader: 'PRESENT' }),
    ]);
    expect(result).toMatchObject({ classification: 'csv', classifierName: 'semi', certainty: 1 });
    expect(result.tried.map((t) => t.name)).toEqual(['semi']);
  });

  it('falls through to the built-ins when a custom classifier scores 0.0, recording each try and why', () => {
    const result = classifyObject('a.json', text(['{"a":1}', '{"a":2}']), [
      custom({
        Name: 'logs',
        kind: 'GrokClassifier',
        Classification: 'logs',
        GrokPattern: '%{IP:ip} %{GREEDYDATA:rest}',
      }),
    ]);
    expect(result.classifierName).toBe('json');
    expect(result.tried[0]).toMatchObject({
      name: 'logs',
      certainty: 0,
      why: 'the grok pattern matches no line',
    });
    expect(result.tried.map((t) => t.name)).toEqual(['logs', 'avro', 'orc', 'parquet', 'json']);
  });

  it('a partial grok match below 1.0 keeps looking, and a built-in 1.0 beats it', () => {
    const lines = ['10.0.0.1 a,b', '10.0.0.2 c,d', 'x,y', 'z,w'];
    const grok = custom({
      Name: 'ips',
      kind: 'GrokClassifier',
      Classification: 'iplog',
      GrokPattern: '%{IP:ip} %{GREEDYDATA:rest}',
    });
    const result = classifyObject('x.log', text(lines), [grok]);
    expect(result.tried[0]).toMatchObject({ name: 'ips', certainty: 0.5 });
    expect(result).toMatchObject({ classification: 'csv', classifierName: 'csv', certainty: 1 });
  });

  it('a partial grok match wins when no built-in scores above 0.0', () => {
    const grok = custom({
      Name: 'ips',
      kind: 'GrokClassifier',
      Classification: 'iplog',
      GrokPattern: '%{IP:ip} %{GREEDYDATA:rest}',
    });
    const result = classifyObject('x.log', text(['10.0.0.1 hello', 'free text']), [grok]);
    expect(result).toMatchObject({
      classification: 'iplog',
      certainty: 0.5,
      classifierName: 'ips',
    });
    expect(result.parameters['grokPattern']).toBe('%{IP:ip} %{GREEDYDATA:rest}');
  });

  it('nothing above 0.0 is classification UNKNOWN', () => {
    const result = classifyObject('notes.txt', text(['just one line of prose']));
    expect(result.classification).toBe('UNKNOWN');
    expect(result.why[0]).toContain('0.0');
  });

  it('classifies a combined Apache log with the built-in combined_apache grok classifier', () => {
    const line =
      '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /a.gif HTTP/1.0" 200 2326 "http://x.com/" "Mozilla/4.08"';
    const result = classifyObject('access.log', text([line, line]));
    expect(result.classification).toBe('combined_apache');
    expect(result.schema.map((c) => c.name)).toContain('clientip');
  });
});

describe('built-in CSV classifier (add-classifier.html, "Built-in CSV classifier")', () => {
  it('takes the first row as a header when its cells are strings and some data column is not', () => {
    const result = classifyObject(
      'orders.csv',
      text(['order_id,customer,amount', '1,ann,9.5', '2,bob,12']),
    );
    expect(columnsOf(result)).toEqual(['order_id:bigint', 'customer:string', 'amount:double']);
    expect(result.parameters['skip.header.line.count']).toBe('1');
    expect(result.why.join(' ')).toContain('first row is a header');
  });

  it('the all-strings case: when every column is a string the first row is data, columns col0, col1 (zero-based)', () => {
    const result = classifyObject('names.csv', text(['first,last', 'ann,lee', 'bob,ray']));
    expect(columnsOf(result)).toEqual(['col0:string', 'col1:string']);
    expect(result.parameters['skip.header.line.count']).toBeUndefined();
    expect(result.why.join(' ')).toContain('every column is a string');
  });

  it('without a header row (first row has a number) names columns col0…', () => {
    const result = classifyObject('raw.csv', text(['1,ann,true', '2,bob,false']));
    expect(columnsOf(result)).toEqual(['col0:bigint', 'col1:string', 'col2:boolean']);
    expect(result.why.join(' ')).toContain('parses as bigint');
  });

  it('a header cell of 150 characters or more (not the last) makes the first row data', () => {
    const result = classifyObject('wide.csv', text([`${'h'.repeat(150)},b`, '1,2', '3,4']));
    expect(result.why.join(' ')).toContain('under 150');
  });

  it('tries comma, pipe, tab, semicolon and Ctrl-A', () => {
    for (const delimiter of [',', '|', '\t', ';', '\u0001']) {
      const result = classifyObject(
        'd.txt',
        text([
          ['id', 'name'].join(delimiter),
          ['1', 'ann'].join(delimiter),
          ['2', 'bob'].join(delimiter),
        ]),
      );
      expect(result.classification).toBe('csv');
      expect(result.parameters['delimiter']).toBe(delimiter);
    }
  });

  it('needs at least two columns and two rows', () => {
    expect(classifyObject('one.csv', text(['a', 'b', 'c'])).classification).toBe('UNKNOWN');
    expect(classifyObject('row.csv', text(['a,b'])).classification).toBe('UNKNOWN');
  });

  it('reads quoted fields with embedded delimiters and switches to OpenCSVSerde', () => {
    const result = classifyObject(
      'q.csv',
      text(['id,city', '1,"Paris, France"', '2,"Rome, Italy"']),
    );
    expect(columnsOf(result)).toEqual(['id:bigint', 'city:string']);
    expect(result.serde?.SerializationLibrary).toBe('org.apache.hadoop.hive.serde2.OpenCSVSerde');
    expect(result.parameters['areColumnsQuoted']).toBe('true');
  });

  it('types: whole → bigint, mixed numbers → double, TRUE/FALSE → boolean, dates stay string; each column says why', () => {
    const result = classifyObject(
      't.csv',
      text(['n,x,flag,day', '1,1,TRUE,2020-01-15', '2,2.5,false,2020-01-16']),
    );
    expect(columnsOf(result)).toEqual(['n:bigint', 'x:double', 'flag:boolean', 'day:string']);
    expect(result.schema[3]!.why).toContain('dates');
    expect(result.schema[1]!.why).toContain('mix');
  });

  it('reads gzip and snappy objects through their compression', () => {
    const csv = text(['id,name', '1,ann', '2,bob']);
    expect(classifyObject('a.csv.gz', gzip(csv))).toMatchObject({
      classification: 'csv',
      compression: 'gzip',
    });
    expect(classifyObject('a.csv.snappy', snappyFrame(csv))).toMatchObject({
      classification: 'csv',
      compression: 'snappy',
    });
  });
});

describe('custom CSV classifier (custom-classifier.html)', () => {
  it('uses its header list and ContainsHeader ABSENT', () => {
    const c = custom({
      Name: 'h',
      kind: 'CsvClassifier',
      Delimiter: '|',
      ContainsHeader: 'ABSENT',
      Header: ['id', 'name'],
    });
    const result = classifyObject('p.txt', text(['1|ann', '2|bob']), [c]);
    expect(columnsOf(result)).toEqual(['id:bigint', 'name:string']);
  });

  it('allows a single column when AllowSingleColumn is set, and types with CustomDatatypes', () => {
    const single = custom({
      Name: 's',
      kind: 'CsvClassifier',
      AllowSingleColumn: true,
      ContainsHeader: 'PRESENT',
    });
    expect(columnsOf(classifyObject('s.csv', text(['v', '1', '2']), [single]))).toEqual([
      'v:bigint',
    ]);
    const dated = custom({
      Name: 'd',
      kind: 'CsvClassifier',
      ContainsHeader: 'PRESENT',
      CustomDatatypeConfigured: true,
      CustomDatatypes: ['DATE', 'INT'],
    });
    expect(
      columnsOf(classifyObject('d.csv', text(['day,n', '2024-01-01,5', '2024-01-02,6']), [dated])),
    ).toEqual(['day:date', 'n:int']);
  });
});

describe('JSON, XML and Parquet', () => {
  it('nested JSON gives struct and array columns', () => {
    const result = classifyObject(
      'e.json',
      text([
        '{"id":1,"user":{"name":"a","age":3},"tags":["x"]}',
        '{"id":2,"user":{"name":"b","age":4},"tags":[]}',
      ]),
    );
    expect(columnsOf(result)).toEqual([
      'id:int',
      'user:struct<name:string,age:int>',
      'tags:array<string>',
    ]);
  });

  it('a top-level JSON array is one record column for the built-in classifier, rows with a $[*] custom classifier', () => {
    const bytes = utf8Encode('[{"a":1},{"a":2}]');
    expect(columnsOf(classifyObject('arr.json', bytes))).toEqual(['record:array<struct<a:int>>']);
    expect(
      columnsOf(
        classifyObject('arr.json', bytes, [
          custom({ Name: 'rows', kind: 'JsonClassifier', JsonPath: '$[*]' }),
        ]),
      ),
    ).toEqual(['a:int']);
  });

  it('a custom XML classifier makes one row per row tag; self-closing row elements are not parsed', () => {
    const xml = custom({ Name: 'x', kind: 'XMLClassifier', Classification: 'xml', RowTag: 'item' });
    const result = classifyObject(
      'i.xml',
      utf8Encode(
        '<items><item id="1"><name>a</name><qty>2</qty></item><item id="2"><name>b</name><qty>3</qty></item></items>',
      ),
      [xml],
    );
    expect(columnsOf(result)).toEqual(['_id:bigint', 'name:string', 'qty:bigint']);
    expect(
      classifyObject('i.xml', utf8Encode('<items><item a="1"/></items>'), [xml]).tried[0]!
        .certainty,
    ).toBe(0);
  });

  it('reads a Parquet schema from the footer', () => {
    const bytes = toParquet(
      [
        { name: 'id', type: 'bigint' },
        { name: 'price', type: 'double' },
        { name: 'sku', type: 'string' },
      ],
      [[1n, 2.5, 'a']],
      { codec: 'SNAPPY' },
    );
    const result = classifyObject('x.parquet', bytes);
    expect(result).toMatchObject({ classification: 'parquet', compression: 'none' });
    expect(columnsOf(result)).toEqual(['id:bigint', 'price:double', 'sku:string']);
  });
});
