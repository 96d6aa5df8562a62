import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { compileGrok, grokMatchShare } from './classifierGrok';

type Classifier = Record<string, Record<string, unknown>>;

describe('Glue classifiers (CreateClassifier and friends)', () => {
  it('creates, reads, updates (version + 1) and deletes a grok classifier', async () => {
    const lake = new TestLake();
    await lake.call('glue', 'CreateClassifier', {
      GrokClassifier: {
        Name: 'app-logs',
        Classification: 'special-logs',
        GrokPattern: '%{LEVEL:level} %{GREEDYDATA:message}',
        CustomPatterns: 'LEVEL (?:INFO|WARN|ERROR)',
      },
    });
    const { Classifier } = await lake.call<{ Classifier: Classifier }>('glue', 'GetClassifier', {
      Name: 'app-logs',
    });
    expect(Classifier.GrokClassifier).toMatchObject({
      Name: 'app-logs',
      Classification: 'special-logs',
      Version: 1,
    });
    await lake.advance('1h');
    await lake.call('glue', 'UpdateClassifier', {
      GrokClassifier: { Name: 'app-logs', Classification: 'app' },
    });
    const after = (
      await lake.call<{ Classifier: Classifier }>('glue', 'GetClassifier', { Name: 'app-logs' })
    ).Classifier.GrokClassifier!;
    expect(after).toMatchObject({
      Classification: 'app',
      GrokPattern: '%{LEVEL:level} %{GREEDYDATA:message}',
      Version: 2,
      LastUpdated: lake.now(),
    });
    await lake.call('glue', 'DeleteClassifier', { Name: 'app-logs' });
    expect((await lake.errorOf('glue', 'GetClassifier', { Name: 'app-logs' })).name).toBe(
      'EntityNotFoundException',
    );
    expect((await lake.errorOf('glue', 'DeleteClassifier', { Name: 'app-logs' })).name).toBe(
      'EntityNotFoundException',
    );
  });

  it('answers AlreadyExistsException for a name used by a classifier of another kind', async () => {
    const lake = new TestLake();
    await lake.call('glue', 'CreateClassifier', {
      JsonClassifier: { Name: 'rows', JsonPath: '$[*]' },
    });
    expect(
      (
        await lake.errorOf('glue', 'CreateClassifier', {
          XMLClassifier: { Name: 'rows', Classification: 'xml', RowTag: 'row' },
        })
      ).name,
    ).toBe('AlreadyExistsException');
  });

  it('rejects a CSV classifier whose quote symbol equals its delimiter (custom-classifier.html)', async () => {
    const lake = new TestLake();
    const error = await lake.errorOf('glue', 'CreateClassifier', {
      CsvClassifier: { Name: 'bad', Delimiter: '|', QuoteSymbol: '|' },
    });
    expect(error).toMatchObject({ name: 'InvalidInputException' });
    expect(error.message).toContain('must differ');
  });

  it('rejects two kinds in one request, a missing grok pattern, an unknown grok pattern and a bad header option', async () => {
    const lake = new TestLake();
    const bad = [
      {
        JsonClassifier: { Name: 'a', JsonPath: '$' },
        XMLClassifier: { Name: 'a', Classification: 'xml' },
      },
      {},
      { GrokClassifier: { Name: 'g', Classification: 'logs' } },
      { GrokClassifier: { Name: 'g', Classification: 'logs', GrokPattern: '%{NOPE:x}' } },
      { CsvClassifier: { Name: 'c', ContainsHeader: 'MAYBE' } },
      { CsvClassifier: { Name: 'c', CustomDatatypes: ['VARCHAR'] } },
      { JsonClassifier: { Name: 'j', JsonPath: 'records' } },
    ];
    for (const input of bad)
      expect((await lake.errorOf('glue', 'CreateClassifier', input)).name).toBe(
        'InvalidInputException',
      );
  });

  it('refuses to update a classifier as another kind, and a missing one is EntityNotFoundException', async () => {
    const lake = new TestLake();
    await lake.call('glue', 'CreateClassifier', {
      CsvClassifier: { Name: 'pipes', Delimiter: '|', ContainsHeader: 'PRESENT' },
    });
    expect(
      (
        await lake.errorOf('glue', 'UpdateClassifier', {
          JsonClassifier: { Name: 'pipes', JsonPath: '$' },
        })
      ).name,
    ).toBe('InvalidInputException');
    expect(
      (
        await lake.errorOf('glue', 'UpdateClassifier', {
          JsonClassifier: { Name: 'none', JsonPath: '$' },
        })
      ).name,
    ).toBe('EntityNotFoundException');
  });

  it('pages GetClassifiers by name', async () => {
    const lake = new TestLake();
    for (const Name of ['c', 'a', 'b'])
      await lake.call('glue', 'CreateClassifier', { JsonClassifier: { Name, JsonPath: '$[*]' } });
    const first = await lake.call<{ Classifiers: Classifier[]; NextToken?: string }>(
      'glue',
      'GetClassifiers',
      { MaxResults: 2 },
    );
    expect(first.Classifiers.map((c) => c.JsonClassifier!.Name)).toEqual(['a', 'b']);
    const second = await lake.call<{ Classifiers: Classifier[] }>('glue', 'GetClassifiers', {
      NextToken: first.NextToken,
    });
    expect(second.Classifiers.map((c) => c.JsonClassifier!.Name)).toEqual(['c']);
  });
});

describe('grok patterns (custom-classifier.html)', () => {
  const apacheLine =
    '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326 "http://www.example.com/start.html" "Mozilla/4.08"';

  it('parses a combined Apache log line with COMBINEDAPACHELOG into its named fields', () => {
    const grok = compileGrok('%{COMBINEDAPACHELOG}');
    const match = grok.regex.exec(apacheLine);
    expect(match).not.toBeNull();
    const values = Object.fromEntries(
      grok.fields.map((field, i) => [field.name, match!.groups![`f${i}`]]),
    );
    expect(values).toMatchObject({
      clientip: '127.0.0.1',
      auth: 'frank',
      timestamp: '10/Oct/2000:13:55:36 -0700',
      verb: 'GET',
      request: '/apache_pb.gif',
      response: '200',
      bytes: '2326',
      agent: '"Mozilla/4.08"',
    });
  });

  it('types grok fields string by default and casts :int / :long / :double', () => {
    const grok = compileGrok(
      '%{TIMESTAMP_ISO8601:ts} %{IP:ip} %{INT:status:int} %{NUMBER:ms:double} %{INT:bytes:long} %{URIPATH:path}',
    );
    expect(grok.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      'ts:string',
      'ip:string',
      'status:int',
      'ms:double',
      'bytes:bigint',
      'path:string',
    ]);
    expect(
      grokMatchShare(grok, [
        '2024-01-02T03:04:05Z 10.0.0.1 200 1.5 512 /index.html',
        'not a log line',
      ]),
    ).toBe(0.5);
  });

  it('uses custom patterns, one NAME regex per line', () => {
    const grok = compileGrok('%{ORDERID:id} %{WORD:state}', 'ORDERID ORD-[0-9]{4}');
    expect(grok.regex.test('ORD-1234 shipped')).toBe(true);
    expect(grok.regex.test('1234 shipped')).toBe(false);
  });
});
