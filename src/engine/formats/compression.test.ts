import { describe, expect, it } from 'vitest';
import { compress } from 'snappyjs';
import { decompress, decompressHead, gzip } from './compression';
import { FormatError } from './errors';
import { hadoopSnappyUncompress, snappyFrame, snappyUnframe } from './snappy';
import { utf8Decode, utf8Encode } from './text';

const text =
  'order_id,total\n' +
  Array.from({ length: 5000 }, (_, i) => `${i},${(i * 1.25).toFixed(2)}`).join('\n');
const bytes = utf8Encode(text);

function hadoopBlock(data: Uint8Array): Uint8Array {
  const compressed = compress(data);
  const out = new Uint8Array(8 + compressed.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  view.setUint32(4, compressed.length);
  out.set(compressed, 8);
  return out;
}

describe('gzip', () => {
  it('round-trips and writes the same bytes every time (mtime 0)', () => {
    const once = gzip(bytes);
    expect(once).toEqual(gzip(bytes));
    expect([...once.subarray(4, 8)]).toEqual([0, 0, 0, 0]);
    expect(utf8Decode(decompress(once, 'gzip'))).toBe(text);
  });

  it('names corrupt gzip data', () => {
    const broken = gzip(bytes).slice(0, 40);
    expect(() => decompress(broken, 'gzip')).toThrow(/gzip data is corrupt or truncated/);
  });

  it('inflates only the head it was asked for', () => {
    const big = utf8Encode(text.repeat(40));
    const head = decompressHead(gzip(big), 'gzip', 1000);
    expect(head.bytes.length).toBe(1000);
    expect(head.complete).toBe(false);
    expect(utf8Decode(head.bytes)).toBe(text.repeat(40).slice(0, 1000));
  });
});

describe('snappy', () => {
  it('round-trips the framing format, in 64 KiB chunks with CRC-32C', () => {
    const big = utf8Encode(text.repeat(3));
    const framed = snappyFrame(big);
    expect([...framed.subarray(0, 10)]).toEqual([
      0xff, 0x06, 0x00, 0x00, 0x73, 0x4e, 0x61, 0x50, 0x70, 0x59,
    ]);
    expect(utf8Decode(decompress(framed, 'snappy'))).toBe(text.repeat(3));
  });

  it('rejects a framed chunk whose checksum does not match', () => {
    const framed = snappyFrame(bytes);
    framed[14] = framed[14]! ^ 0xff;
    expect(() => snappyUnframe(framed)).toThrow(FormatError);
  });

  it('reads one raw Snappy block', () => {
    expect(utf8Decode(decompress(compress(bytes), 'snappy'))).toBe(text);
  });

  it('reads the Hadoop block format (SnappyCodec)', () => {
    const data = utf8Encode('hadoop snappy block\n'.repeat(50));
    const twoBlocks = new Uint8Array([...hadoopBlock(data), ...hadoopBlock(bytes)]);
    expect(utf8Decode(hadoopSnappyUncompress(twoBlocks)!)).toBe(
      'hadoop snappy block\n'.repeat(50) + text,
    );
    expect(utf8Decode(decompress(twoBlocks, 'snappy'))).toBe(
      'hadoop snappy block\n'.repeat(50) + text,
    );
  });

  it('says which compressions it cannot read', () => {
    expect(() => decompress(new Uint8Array([1]), 'zstd')).toThrow(
      'This object is zstd-compressed; LakeLab can read gzip and Snappy only.',
    );
  });
});
