import { describe, expect, it } from 'vitest';
import { compress } from 'snappyjs';
import { gzip } from './compression';
import { detectFormat } from './detect';
import { snappyFrame } from './snappy';
import { utf8Encode } from './text';
import { toParquet } from './writers';

const CSV = 'id,name\n1,Ann\n2,Bob\n';
const JSON_LINES = '{"id":1}\n{"id":2}\n';
const parquet = () => toParquet([{ name: 'id', type: 'bigint' }], [[1], [2]]);

describe('detectFormat from magic bytes', () => {
  it('recognises Parquet by "PAR1" at the head and the tail, whatever the key says', () => {
    expect(detectFormat('data/file.csv', parquet())).toMatchObject({
      format: 'parquet',
      compression: 'none',
    });
  });

  it('recognises gzip by 1f 8b even without a .gz extension, and looks inside', () => {
    expect(detectFormat('data/orders', gzip(utf8Encode(CSV)))).toMatchObject({
      format: 'csv',
      compression: 'gzip',
    });
  });

  it('recognises framed Snappy by its stream identifier', () => {
    expect(detectFormat('events/part-0000', snappyFrame(utf8Encode(JSON_LINES)))).toMatchObject({
      format: 'json',
      compression: 'snappy',
      jsonKind: 'lines',
    });
  });

  it('recognises zstd by its magic even though it cannot read inside', () => {
    expect(
      detectFormat('x.json.zst', new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3])).compression,
    ).toBe('zstd');
  });
});

describe('detectFormat from the key', () => {
  it('reads .csv.gz as gzip-compressed CSV', () => {
    expect(detectFormat('shop/orders.csv.gz', gzip(utf8Encode(CSV)))).toMatchObject({
      format: 'csv',
      compression: 'gzip',
    });
  });

  it('reads raw (unframed) Snappy from a .json.snappy key', () => {
    expect(detectFormat('events.json.snappy', compress(utf8Encode(JSON_LINES)))).toMatchObject({
      format: 'json',
      compression: 'snappy',
    });
  });

  it('reads .tsv as tab-separated and .jsonl as JSON lines', () => {
    expect(detectFormat('a/b.tsv', utf8Encode('a\tb\n1\t2\n')).format).toBe('tsv');
    expect(detectFormat('a/b.jsonl', utf8Encode(JSON_LINES))).toMatchObject({
      format: 'json',
      jsonKind: 'lines',
    });
  });

  it('calls a .parquet key without the magic parquet, so the preview can say what is wrong', () => {
    expect(detectFormat('t/part.parquet', utf8Encode('not parquet')).format).toBe('parquet');
  });

  it('sniffs the delimiter when the key has no extension', () => {
    expect(detectFormat('exports/latest', utf8Encode('a|b|c\n1|2|3\n')).format).toBe('csv');
    expect(detectFormat('exports/latest', utf8Encode('a\tb\n1\t2\n')).format).toBe('tsv');
    expect(detectFormat('notes/readme', utf8Encode('hello there\nsecond line\n')).format).toBe(
      'text',
    );
  });
});

describe('detectFormat for JSON and binary content', () => {
  it('tells JSON lines from one JSON document', () => {
    expect(detectFormat('a.json', utf8Encode(JSON_LINES)).jsonKind).toBe('lines');
    expect(detectFormat('a.json', utf8Encode('{\n  "id": 1,\n  "tags": ["a"]\n}\n')).jsonKind).toBe(
      'document',
    );
    expect(detectFormat('a.json', utf8Encode('[{"id":1},\n{"id":2}]')).jsonKind).toBe('document');
  });

  it('calls bytes with NUL binary', () => {
    expect(detectFormat('photo.csv', new Uint8Array([0x41, 0x00, 0x42])).format).toBe('binary');
  });

  it('calls invalid UTF-8 binary', () => {
    expect(detectFormat('blob', new Uint8Array([0x41, 0xff, 0xfe, 0x42])).format).toBe('binary');
  });

  it('accepts multi-byte UTF-8 text', () => {
    expect(detectFormat('cities.csv', utf8Encode('city,n\nSão Paulo,1\nZürich,2\n')).format).toBe(
      'csv',
    );
  });
});
