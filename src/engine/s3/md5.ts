/**
 * A small synchronous MD5 (RFC 1321). S3 gives a single-part upload's ETag as the MD5 of
 * its bytes in hex; the engine needs it synchronously, and no installed package offers one.
 */
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const CONSTANTS = Array.from(
  { length: 64 },
  (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0,
);

function padded(bytes: Uint8Array): Uint32Array {
  const words = new Uint32Array((((bytes.length + 8) >>> 6) + 1) * 16);
  for (let i = 0; i < bytes.length; i++) words[i >>> 2]! |= bytes[i]! << ((i % 4) * 8);
  words[bytes.length >>> 2]! |= 0x80 << ((bytes.length % 4) * 8);
  const bitLength = bytes.length * 8;
  words[words.length - 2] = bitLength >>> 0;
  words[words.length - 1] = Math.floor(bitLength / 2 ** 32) >>> 0;
  return words;
}

// Which message word each of the 64 steps reads.
const WORD_INDEX = Array.from({ length: 64 }, (_, i) =>
  i < 16 ? i : i < 32 ? (5 * i + 1) % 16 : i < 48 ? (3 * i + 5) % 16 : (7 * i) % 16,
);

/**
 * Digests already known for these exact bytes (computed off the main thread by the upload
 * worker with this same function), so a 100 MB upload is not hashed twice on the main thread.
 */
const knownDigests = new WeakMap<Uint8Array, string>();

export function rememberMd5Hex(bytes: Uint8Array, hex: string): void {
  knownDigests.set(bytes, hex);
}

/** The MD5 digest of the bytes, as 32 lower-case hex digits. */
export function md5Hex(bytes: Uint8Array): string {
  return knownDigests.get(bytes) ?? computeMd5Hex(bytes);
}

function computeMd5Hex(bytes: Uint8Array): string {
  const words = padded(bytes);
  const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let block = 0; block < words.length; block += 16) {
    let [a, b, c, d] = state as [number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const f =
        i < 16
          ? (b & c) | (~b & d)
          : i < 32
            ? (d & b) | (~d & c)
            : i < 48
              ? b ^ c ^ d
              : c ^ (b | ~d);
      const sum = (a + f + CONSTANTS[i]! + words[block + WORD_INDEX[i]!]!) | 0;
      const shift = SHIFTS[(i >>> 4) * 4 + (i % 4)]!;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    state[0] = (state[0]! + a) | 0;
    state[1] = (state[1]! + b) | 0;
    state[2] = (state[2]! + c) | 0;
    state[3] = (state[3]! + d) | 0;
  }
  let hex = '';
  for (const word of state)
    for (let i = 0; i < 4; i++) hex += ((word >>> (i * 8)) & 0xff).toString(16).padStart(2, '0');
  return hex;
}
