import { describe, expect, it } from 'vitest';
import { FormatError } from '../engine/formats/errors';
import { MAX_UPLOAD_BYTES } from '../engine/formats/uploadLimit';
import { toCsv, toParquet } from '../engine/formats/writers';
import { prepareUpload } from './fileOperations';
import {
  parquetLayoutInWorker,
  previewInWorker,
  readFileInWorker,
  rebuildError,
  detectInWorker,
} from './filesClient';
import { UploadError } from './protocol';

const csv = new TextEncoder().encode(
  toCsv(
    ['id', 'name'],
    [
      [1, 'Ann'],
      [2, 'Bob'],
    ],
  ),
);

describe('files client (in-process where there is no Worker)', () => {
  it("previews an object and leaves the caller's bytes intact", async () => {
    const preview = await previewInWorker('people/p.csv', csv, { maxRows: 1 });
    expect(preview.rows).toEqual([[1, 'Ann']]);
    expect(preview.truncated).toBe(true);
    expect(csv.byteLength).toBeGreaterThan(0);
  });

  it('reads a Parquet layout', async () => {
    const layout = await parquetLayoutInWorker(
      toParquet([{ name: 'id', type: 'bigint' }], [[1], [2], [3]]),
    );
    expect(layout).toMatchObject({ numRows: 3 });
    expect(layout.rowGroups[0]!.columns[0]!.codec).toBe('SNAPPY');
  });

  it('detects a format', async () => {
    expect((await detectInWorker('x.csv', csv)).format).toBe('csv');
  });

  it('rejects with a FormatError that names the problem', async () => {
    const failure = previewInWorker('empty.csv', new Uint8Array());
    await expect(failure).rejects.toBeInstanceOf(FormatError);
    await expect(failure).rejects.toThrow(
      'The object is empty (0 bytes): there is nothing to preview.',
    );
  });

  it('reads a file with progress and detects what it holds', async () => {
    const progress: number[] = [];
    const file = new File([csv], 'people.csv', { type: 'text/csv' });
    const upload = await readFileInWorker(file, (loaded) => progress.push(loaded));
    expect(upload.name).toBe('people.csv');
    expect(upload.bytes).toEqual(csv);
    expect(upload.detected.format).toBe('csv');
    expect(progress[progress.length - 1]).toBe(csv.length);
  });

  it('reads an ArrayBuffer too', async () => {
    const upload = await readFileInWorker(csv.slice().buffer, undefined, 'raw.csv');
    expect(upload.detected.format).toBe('csv');
  });

  it('refuses an upload over the lab limit before reading it', async () => {
    const huge = { size: MAX_UPLOAD_BYTES + 1 } as Blob;
    await expect(prepareUpload('huge.csv', huge)).rejects.toBeInstanceOf(UploadError);
    await expect(prepareUpload('huge.csv', huge)).rejects.toThrow(
      /huge\.csv is .* LakeLab uploads at most 250\.0 MiB/,
    );
  });

  it('refuses an empty file', async () => {
    await expect(readFileInWorker(new File([], 'empty.csv'))).rejects.toThrow(
      /empty\.csv is empty/,
    );
  });
});

describe('errors across the worker boundary', () => {
  it('rebuilds known errors with their class and others with their name', () => {
    expect(rebuildError('FormatError', 'bad')).toBeInstanceOf(FormatError);
    expect(rebuildError('UploadError', 'big')).toBeInstanceOf(UploadError);
    const other = rebuildError('RangeError', 'Invalid array length');
    expect(other).toMatchObject({ name: 'RangeError', message: 'Invalid array length' });
  });
});

describe('uploads carry their S3 ETag digest', () => {
  it('computes the MD5 while preparing, so PutObject need not hash again', async () => {
    const { md5Hex } = await import('../engine/s3/md5');
    const prepared = await readFileInWorker(csv.slice().buffer as ArrayBuffer, undefined, 'p.csv');
    expect(prepared.md5).toBe(md5Hex(csv));
  });
});
