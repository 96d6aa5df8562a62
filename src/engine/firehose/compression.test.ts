import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decompress } from '../formats';
import { bodyOf, directPut, keysOf, lakeWithBucket, putBatch } from './firehose.fixtures';

async function deliveredWith(format: string): Promise<{ key: string; body: Uint8Array }> {
  const lake = await lakeWithBucket();
  await directPut(lake, 'c', { CompressionFormat: format });
  await putBatch(lake, 'c', [{ n: 1 }, { n: 2 }]);
  await lake.advance('5m');
  const [key] = keysOf(lake);
  return { key: key!, body: bodyOf(lake, key!) };
}

const LINES = '{"n":1}\n{"n":2}\n';

describe('Firehose S3 compression formats', () => {
  it('writes framed Snappy ending in .snappy', async () => {
    const { key, body } = await deliveredWith('Snappy');
    expect(key).toMatch(/\.snappy$/);
    expect(strFromU8(decompress(body, 'snappy'))).toBe(LINES);
  });

  it('writes Hadoop-compatible Snappy blocks', async () => {
    const { body } = await deliveredWith('HADOOP_SNAPPY');
    expect(new DataView(body.buffer, body.byteOffset).getUint32(0)).toBe(LINES.length);
    expect(strFromU8(decompress(body, 'snappy'))).toBe(LINES);
  });

  it('writes a ZIP archive ending in .zip holding the records', async () => {
    const { key, body } = await deliveredWith('ZIP');
    expect(key).toMatch(/\.zip$/);
    expect(Object.values(unzipSync(body)).map((b) => strFromU8(b))).toEqual([LINES]);
  });

  it('writes the records as they came when UNCOMPRESSED, with no extension', async () => {
    const { key, body } = await deliveredWith('UNCOMPRESSED');
    expect(key).not.toMatch(/\.[a-z]+$/);
    expect(strFromU8(body)).toBe(LINES);
  });
});
