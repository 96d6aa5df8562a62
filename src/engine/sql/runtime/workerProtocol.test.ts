import { describe, expect, it } from 'vitest';
import { fileOf, requestOf, tableOf } from './testTables';
import { withBytes, withoutBytes } from './workerProtocol';

describe('SQL worker protocol', () => {
  it('posts a run without object bytes and leaves the caller’s bytes untouched', () => {
    const file = fileOf('t/a.csv', '1\n');
    const request = requestOf('SELECT 1', [tableOf('t', 'id int', [file])]);
    const posted = withoutBytes(request);
    expect(posted.tables[0]!.files[0]!.bytes.byteLength).toBe(0);
    expect(posted.tables[0]!.files[0]!.etag).toBe(file.etag);
    expect(request.tables[0]!.files[0]!.bytes).toBe(file.bytes);
  });

  it('puts back the bytes the worker asked for, table by table', () => {
    const request = withoutBytes(
      requestOf('SELECT 1', [
        tableOf('a', 'id int', [fileOf('a/1.csv', '1\n')]),
        tableOf('b', 'id int', [fileOf('b/1.csv', '2\n')]),
      ]),
    );
    const bytes = new Uint8Array([0x31, 0x0a]);
    const filled = withBytes(request, { a: [bytes] });
    expect(filled.tables[0]!.files[0]!.bytes).toBe(bytes);
    expect(filled.tables[1]!.files[0]!.bytes.byteLength).toBe(0);
  });
});
