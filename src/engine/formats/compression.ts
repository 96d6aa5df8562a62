import { Gunzip, gunzipSync, gzipSync } from 'fflate';
import { FormatError } from './errors';
import { concatBytes, SNAPPY_FRAME_MAGIC, snappyUncompress, startsWith } from './snappy';

/** Whole-object compression, named as Glue's `compressionType` table parameter names it. */
export type Compression = 'none' | 'gzip' | 'snappy' | 'zstd' | 'bzip2';

const GZIP_MAGIC = new Uint8Array([0x1f, 0x8b]);
const ZSTD_MAGIC = new Uint8Array([0x28, 0xb5, 0x2f, 0xfd]);
const BZIP2_MAGIC = new Uint8Array([0x42, 0x5a, 0x68]); // "BZh"

/** Compression recognised from the object's first bytes, if any. */
export function compressionFromMagic(bytes: Uint8Array): Compression | undefined {
  if (startsWith(bytes, GZIP_MAGIC)) return 'gzip';
  if (startsWith(bytes, SNAPPY_FRAME_MAGIC)) return 'snappy';
  if (startsWith(bytes, ZSTD_MAGIC)) return 'zstd';
  if (startsWith(bytes, BZIP2_MAGIC) && bytes[3]! >= 0x31 && bytes[3]! <= 0x39) return 'bzip2';
  return undefined;
}

const EXTENSIONS: Record<string, Compression> = {
  gz: 'gzip',
  gzip: 'gzip',
  snappy: 'snappy',
  sz: 'snappy',
  zst: 'zstd',
  zstd: 'zstd',
  bz2: 'bzip2',
};

/** Compression named by the key's last extension (`orders.csv.gz` → gzip), if any. */
export function compressionFromKey(key: string): Compression | undefined {
  const extension = key.toLowerCase().split('/').pop()?.split('.').pop() ?? '';
  return EXTENSIONS[extension];
}

/** The key without its compression extension (`a/b.csv.gz` → `a/b.csv`). */
export function stripCompressionExtension(key: string): string {
  return compressionFromKey(key) ? key.replace(/\.[^./]+$/, '') : key;
}

function unsupported(compression: Compression): FormatError {
  return new FormatError(
    `This object is ${compression}-compressed; LakeLab can read gzip and Snappy only.`,
  );
}

/** Decompresses a whole object. */
export function decompress(bytes: Uint8Array, compression: Compression): Uint8Array {
  switch (compression) {
    case 'none':
      return bytes;
    case 'gzip':
      try {
        return gunzipSync(bytes);
      } catch (error) {
        throw new FormatError(
          `The gzip data is corrupt or truncated: ${(error as Error).message}.`,
        );
      }
    case 'snappy':
      return snappyUncompress(bytes);
    default:
      throw unsupported(compression);
  }
}

/** At least `limit` decompressed bytes from the start (or all of them), without inflating the rest. */
export function decompressHead(
  bytes: Uint8Array,
  compression: Compression,
  limit: number,
): { bytes: Uint8Array; complete: boolean } {
  if (compression === 'none')
    return { bytes: bytes.subarray(0, limit), complete: bytes.length <= limit };
  if (compression !== 'gzip') {
    const all = decompress(bytes, compression);
    return { bytes: all.subarray(0, limit), complete: all.length <= limit };
  }
  const parts: Uint8Array[] = [];
  let produced = 0;
  let ended = false;
  const stream = new Gunzip((chunk, final) => {
    parts.push(chunk);
    produced += chunk.length;
    ended = final;
  });
  const step = 64 * 1024;
  try {
    for (let at = 0; at < bytes.length && produced < limit; at += step)
      stream.push(bytes.subarray(at, at + step), at + step >= bytes.length);
  } catch (error) {
    throw new FormatError(`The gzip data is corrupt or truncated: ${(error as Error).message}.`);
  }
  const all = concatBytes(parts);
  return { bytes: all.subarray(0, limit), complete: ended && all.length <= limit };
}

/** gzip with a zero modification time, so the same bytes always give the same object. */
export function gzip(bytes: Uint8Array): Uint8Array {
  return gzipSync(bytes, { mtime: 0 });
}
