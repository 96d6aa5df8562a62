import { describe, expect, it } from 'vitest';
import { gzip } from './compression';
import { detectFormat } from './detect';
import { FormatError } from './errors';
import { previewObject } from './preview';
import { snappyFrame } from './snappy';
import { utf8Encode } from './text';
import { MAX_UPLOAD_BYTES, uploadProblem } from './uploadLimit';
import { toCsv, toJsonLines, toParquet } from './writers';

const columns = [
  { name: 'id', type: 'bigint' },
  { name: 'city', type: 'string' },
  { name: 'amount', type: 'double' },
  { name: 'vip', type: 'boolean' },
];
const rows = [
  [1, 'Paris, FR', 10.5, true],
  [2, 'He said "hi"', 3.25, false],
  [3, 'multi\nline', 7.75, true],
];

describe('write → detect → preview round trips', () => {
  it('CSV, plain and gzip', async () => {
    const csv = utf8Encode(
      toCsv(
        columns.map((c) => c.name),
        rows,
      ),
    );
    for (const [key, bytes] of [
      ['a/data.csv', csv],
      ['a/data.csv.gz', gzip(csv)],
    ] as const) {
      const result = await previewObject(key, bytes);
      expect(result.rows).toEqual(rows);
      expect(result.columns).toEqual(columns);
    }
  });

  it('JSON lines in a Snappy frame', async () => {
    const records = rows.map((row) => Object.fromEntries(columns.map((c, i) => [c.name, row[i]])));
    const bytes = snappyFrame(utf8Encode(toJsonLines(records)));
    expect(detectFormat('e/part.json.snappy', bytes)).toMatchObject({
      format: 'json',
      compression: 'snappy',
    });
    expect((await previewObject('e/part.json.snappy', bytes)).rows).toEqual(rows);
  });

  it('Parquet with Snappy pages', async () => {
    const bytes = toParquet(columns, rows, { codec: 'SNAPPY' });
    expect(detectFormat('t/part.parquet', bytes).format).toBe('parquet');
    expect((await previewObject('t/part.parquet', bytes)).rows).toEqual(rows);
  });

  it('a pipe-delimited file written with toCsv', async () => {
    const bytes = utf8Encode(
      toCsv(
        columns.map((c) => c.name),
        rows,
        { delimiter: '|' },
      ),
    );
    expect((await previewObject('x.csv', bytes)).rows).toEqual(rows);
  });
});

describe('objects LakeLab cannot preview', () => {
  it('says an empty object is empty', async () => {
    await expect(previewObject('a.csv', new Uint8Array())).rejects.toThrow(
      new FormatError('The object is empty (0 bytes): there is nothing to preview.'),
    );
  });

  it('says a binary object is binary', async () => {
    await expect(
      previewObject('img.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])),
    ).rejects.toThrow(
      'This object is binary (not CSV, JSON or Parquet): LakeLab cannot preview it.',
    );
  });

  it('says a compressed object that holds nothing is empty inside', async () => {
    await expect(previewObject('e.json.gz', gzip(new Uint8Array()))).rejects.toThrow(
      'The object holds no data once gzip-decompressed: there is nothing to preview.',
    );
  });

  it('shows plain text line by line', async () => {
    const result = await previewObject('notes.txt', utf8Encode('first line\nsecond line\n'));
    expect(result.rows).toEqual([['first line'], ['second line']]);
  });
});

describe('upload limit', () => {
  it('allows a file up to 250 MiB and refuses one byte more', () => {
    expect(MAX_UPLOAD_BYTES).toBe(250 * 1024 * 1024);
    expect(uploadProblem({ name: 'a.csv', size: MAX_UPLOAD_BYTES })).toBeUndefined();
    expect(uploadProblem({ name: 'a.csv', size: MAX_UPLOAD_BYTES + 1 })).toMatch(
      /^a\.csv is 250\.0 MiB; LakeLab uploads at most 250\.0 MiB per file .*5 GB/,
    );
  });

  it('names an empty or unreadable file', () => {
    expect(uploadProblem({ name: 'e.csv', size: 0 })).toMatch(/e\.csv is empty/);
    expect(uploadProblem({ name: 'r.csv', size: 10 }, { unreadable: 'permission denied' })).toMatch(
      /r\.csv could not be read .*permission denied/,
    );
  });
});
