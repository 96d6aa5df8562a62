/**
 * A small synchronous MD5 (RFC 1321). S3 gives a single-part upload's ETag as the MD5 of
 * its bytes in hex; the engine needs it synchronously, and no installed package offers one.
 * A month of Firehose objects is hundreds of megabytes to digest, so the 64 steps of a block are
 * written out (generated from the RFC's tables: V8 does not inline 64 calls of a step function)
 * and read as 32-bit words straight from the bytes (through a scratch block when they are not
 * word-aligned), with no allocation per call.
 */

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

// Reused between calls (a digest runs synchronously): the state, a word-aligned scratch block for
// bytes that are not (and for the padded last blocks), hex pairs.
const STATE = new Int32Array(4);
const SCRATCH_WORDS = new Int32Array(16 * 1024);
const SCRATCH = new Uint8Array(SCRATCH_WORDS.buffer);
/** MD5 reads little-endian words: an Int32Array view reads them so only on a little-endian machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Digests the first `length` bytes of SCRATCH (a multiple of 64), as little-endian words. */
function digestScratch(length: number): void {
  const words = length / 4;
  if (!LITTLE_ENDIAN)
    for (let i = 0; i < words; i++) {
      const v = SCRATCH_WORDS[i]!;
      SCRATCH_WORDS[i] = (v >>> 24) | ((v >>> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
    }
  for (let o = 0; o < words; o += 16) digestWords(STATE, SCRATCH_WORDS, o);
}

function computeMd5Hex(bytes: Uint8Array): string {
  STATE[0] = 0x67452301;
  STATE[1] = 0xefcdab89 | 0;
  STATE[2] = 0x98badcfe | 0;
  STATE[3] = 0x10325476;
  const whole = bytes.length - (bytes.length % 64);
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) {
    // Aligned bytes (a new array, as every concatenated or encoded body is) are read in place.
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, whole / 4);
    for (let o = 0; o < words.length; o += 16) digestWords(STATE, words, o);
  } else
    for (let o = 0; o < whole; o += SCRATCH.length) {
      const length = Math.min(SCRATCH.length, whole - o);
      SCRATCH.set(bytes.subarray(o, o + length));
      digestScratch(length);
    }
  // Padding (RFC 1321 3.1–3.2): 0x80, zeros, then the length in bits, 64-bit little-endian.
  const rest = bytes.length - whole;
  const end = rest < 56 ? 64 : 128;
  SCRATCH.fill(0, 0, end);
  SCRATCH.set(bytes.subarray(whole));
  SCRATCH[rest] = 0x80;
  const low = (bytes.length * 8) >>> 0;
  const high = Math.floor(bytes.length / 2 ** 29) >>> 0;
  for (let i = 0; i < 4; i++) {
    SCRATCH[end - 8 + i] = (low >>> (i * 8)) & 0xff;
    SCRATCH[end - 4 + i] = (high >>> (i * 8)) & 0xff;
  }
  digestScratch(end);
  let hex = '';
  for (let w = 0; w < 4; w++) {
    const v = STATE[w]!;
    hex += HEX[v & 0xff]! + HEX[(v >>> 8) & 0xff]! + HEX[(v >>> 16) & 0xff]! + HEX[v >>> 24]!;
  }
  return hex;
}

/** RFC 1321 3.4: digests the 64-byte block of little-endian words `w[o]` to `w[o + 15]` into the state `h`. */
function digestWords(h: Int32Array, w: Int32Array, o: number): void {
  const x0 = w[o]!;
  const x1 = w[o + 1]!;
  const x2 = w[o + 2]!;
  const x3 = w[o + 3]!;
  const x4 = w[o + 4]!;
  const x5 = w[o + 5]!;
  const x6 = w[o + 6]!;
  const x7 = w[o + 7]!;
  const x8 = w[o + 8]!;
  const x9 = w[o + 9]!;
  const x10 = w[o + 10]!;
  const x11 = w[o + 11]!;
  const x12 = w[o + 12]!;
  const x13 = w[o + 13]!;
  const x14 = w[o + 14]!;
  const x15 = w[o + 15]!;
  let a = h[0]!;
  let b = h[1]!;
  let c = h[2]!;
  let d = h[3]!;
  let n: number;
  // Round 1.
  n = (a + ((b & c) | (~b & d)) + x0 - 680876936) | 0;
  a = (((n << 7) | (n >>> 25)) + b) | 0;
  n = (d + ((a & b) | (~a & c)) + x1 - 389564586) | 0;
  d = (((n << 12) | (n >>> 20)) + a) | 0;
  n = (c + ((d & a) | (~d & b)) + x2 + 606105819) | 0;
  c = (((n << 17) | (n >>> 15)) + d) | 0;
  n = (b + ((c & d) | (~c & a)) + x3 - 1044525330) | 0;
  b = (((n << 22) | (n >>> 10)) + c) | 0;
  n = (a + ((b & c) | (~b & d)) + x4 - 176418897) | 0;
  a = (((n << 7) | (n >>> 25)) + b) | 0;
  n = (d + ((a & b) | (~a & c)) + x5 + 1200080426) | 0;
  d = (((n << 12) | (n >>> 20)) + a) | 0;
  n = (c + ((d & a) | (~d & b)) + x6 - 1473231341) | 0;
  c = (((n << 17) | (n >>> 15)) + d) | 0;
  n = (b + ((c & d) | (~c & a)) + x7 - 45705983) | 0;
  b = (((n << 22) | (n >>> 10)) + c) | 0;
  n = (a + ((b & c) | (~b & d)) + x8 + 1770035416) | 0;
  a = (((n << 7) | (n >>> 25)) + b) | 0;
  n = (d + ((a & b) | (~a & c)) + x9 - 1958414417) | 0;
  d = (((n << 12) | (n >>> 20)) + a) | 0;
  n = (c + ((d & a) | (~d & b)) + x10 - 42063) | 0;
  c = (((n << 17) | (n >>> 15)) + d) | 0;
  n = (b + ((c & d) | (~c & a)) + x11 - 1990404162) | 0;
  b = (((n << 22) | (n >>> 10)) + c) | 0;
  n = (a + ((b & c) | (~b & d)) + x12 + 1804603682) | 0;
  a = (((n << 7) | (n >>> 25)) + b) | 0;
  n = (d + ((a & b) | (~a & c)) + x13 - 40341101) | 0;
  d = (((n << 12) | (n >>> 20)) + a) | 0;
  n = (c + ((d & a) | (~d & b)) + x14 - 1502002290) | 0;
  c = (((n << 17) | (n >>> 15)) + d) | 0;
  n = (b + ((c & d) | (~c & a)) + x15 + 1236535329) | 0;
  b = (((n << 22) | (n >>> 10)) + c) | 0;
  // Round 2.
  n = (a + ((b & d) | (c & ~d)) + x1 - 165796510) | 0;
  a = (((n << 5) | (n >>> 27)) + b) | 0;
  n = (d + ((a & c) | (b & ~c)) + x6 - 1069501632) | 0;
  d = (((n << 9) | (n >>> 23)) + a) | 0;
  n = (c + ((d & b) | (a & ~b)) + x11 + 643717713) | 0;
  c = (((n << 14) | (n >>> 18)) + d) | 0;
  n = (b + ((c & a) | (d & ~a)) + x0 - 373897302) | 0;
  b = (((n << 20) | (n >>> 12)) + c) | 0;
  n = (a + ((b & d) | (c & ~d)) + x5 - 701558691) | 0;
  a = (((n << 5) | (n >>> 27)) + b) | 0;
  n = (d + ((a & c) | (b & ~c)) + x10 + 38016083) | 0;
  d = (((n << 9) | (n >>> 23)) + a) | 0;
  n = (c + ((d & b) | (a & ~b)) + x15 - 660478335) | 0;
  c = (((n << 14) | (n >>> 18)) + d) | 0;
  n = (b + ((c & a) | (d & ~a)) + x4 - 405537848) | 0;
  b = (((n << 20) | (n >>> 12)) + c) | 0;
  n = (a + ((b & d) | (c & ~d)) + x9 + 568446438) | 0;
  a = (((n << 5) | (n >>> 27)) + b) | 0;
  n = (d + ((a & c) | (b & ~c)) + x14 - 1019803690) | 0;
  d = (((n << 9) | (n >>> 23)) + a) | 0;
  n = (c + ((d & b) | (a & ~b)) + x3 - 187363961) | 0;
  c = (((n << 14) | (n >>> 18)) + d) | 0;
  n = (b + ((c & a) | (d & ~a)) + x8 + 1163531501) | 0;
  b = (((n << 20) | (n >>> 12)) + c) | 0;
  n = (a + ((b & d) | (c & ~d)) + x13 - 1444681467) | 0;
  a = (((n << 5) | (n >>> 27)) + b) | 0;
  n = (d + ((a & c) | (b & ~c)) + x2 - 51403784) | 0;
  d = (((n << 9) | (n >>> 23)) + a) | 0;
  n = (c + ((d & b) | (a & ~b)) + x7 + 1735328473) | 0;
  c = (((n << 14) | (n >>> 18)) + d) | 0;
  n = (b + ((c & a) | (d & ~a)) + x12 - 1926607734) | 0;
  b = (((n << 20) | (n >>> 12)) + c) | 0;
  // Round 3.
  n = (a + (b ^ c ^ d) + x5 - 378558) | 0;
  a = (((n << 4) | (n >>> 28)) + b) | 0;
  n = (d + (a ^ b ^ c) + x8 - 2022574463) | 0;
  d = (((n << 11) | (n >>> 21)) + a) | 0;
  n = (c + (d ^ a ^ b) + x11 + 1839030562) | 0;
  c = (((n << 16) | (n >>> 16)) + d) | 0;
  n = (b + (c ^ d ^ a) + x14 - 35309556) | 0;
  b = (((n << 23) | (n >>> 9)) + c) | 0;
  n = (a + (b ^ c ^ d) + x1 - 1530992060) | 0;
  a = (((n << 4) | (n >>> 28)) + b) | 0;
  n = (d + (a ^ b ^ c) + x4 + 1272893353) | 0;
  d = (((n << 11) | (n >>> 21)) + a) | 0;
  n = (c + (d ^ a ^ b) + x7 - 155497632) | 0;
  c = (((n << 16) | (n >>> 16)) + d) | 0;
  n = (b + (c ^ d ^ a) + x10 - 1094730640) | 0;
  b = (((n << 23) | (n >>> 9)) + c) | 0;
  n = (a + (b ^ c ^ d) + x13 + 681279174) | 0;
  a = (((n << 4) | (n >>> 28)) + b) | 0;
  n = (d + (a ^ b ^ c) + x0 - 358537222) | 0;
  d = (((n << 11) | (n >>> 21)) + a) | 0;
  n = (c + (d ^ a ^ b) + x3 - 722521979) | 0;
  c = (((n << 16) | (n >>> 16)) + d) | 0;
  n = (b + (c ^ d ^ a) + x6 + 76029189) | 0;
  b = (((n << 23) | (n >>> 9)) + c) | 0;
  n = (a + (b ^ c ^ d) + x9 - 640364487) | 0;
  a = (((n << 4) | (n >>> 28)) + b) | 0;
  n = (d + (a ^ b ^ c) + x12 - 421815835) | 0;
  d = (((n << 11) | (n >>> 21)) + a) | 0;
  n = (c + (d ^ a ^ b) + x15 + 530742520) | 0;
  c = (((n << 16) | (n >>> 16)) + d) | 0;
  n = (b + (c ^ d ^ a) + x2 - 995338651) | 0;
  b = (((n << 23) | (n >>> 9)) + c) | 0;
  // Round 4.
  n = (a + (c ^ (b | ~d)) + x0 - 198630844) | 0;
  a = (((n << 6) | (n >>> 26)) + b) | 0;
  n = (d + (b ^ (a | ~c)) + x7 + 1126891415) | 0;
  d = (((n << 10) | (n >>> 22)) + a) | 0;
  n = (c + (a ^ (d | ~b)) + x14 - 1416354905) | 0;
  c = (((n << 15) | (n >>> 17)) + d) | 0;
  n = (b + (d ^ (c | ~a)) + x5 - 57434055) | 0;
  b = (((n << 21) | (n >>> 11)) + c) | 0;
  n = (a + (c ^ (b | ~d)) + x12 + 1700485571) | 0;
  a = (((n << 6) | (n >>> 26)) + b) | 0;
  n = (d + (b ^ (a | ~c)) + x3 - 1894986606) | 0;
  d = (((n << 10) | (n >>> 22)) + a) | 0;
  n = (c + (a ^ (d | ~b)) + x10 - 1051523) | 0;
  c = (((n << 15) | (n >>> 17)) + d) | 0;
  n = (b + (d ^ (c | ~a)) + x1 - 2054922799) | 0;
  b = (((n << 21) | (n >>> 11)) + c) | 0;
  n = (a + (c ^ (b | ~d)) + x8 + 1873313359) | 0;
  a = (((n << 6) | (n >>> 26)) + b) | 0;
  n = (d + (b ^ (a | ~c)) + x15 - 30611744) | 0;
  d = (((n << 10) | (n >>> 22)) + a) | 0;
  n = (c + (a ^ (d | ~b)) + x6 - 1560198380) | 0;
  c = (((n << 15) | (n >>> 17)) + d) | 0;
  n = (b + (d ^ (c | ~a)) + x13 + 1309151649) | 0;
  b = (((n << 21) | (n >>> 11)) + c) | 0;
  n = (a + (c ^ (b | ~d)) + x4 - 145523070) | 0;
  a = (((n << 6) | (n >>> 26)) + b) | 0;
  n = (d + (b ^ (a | ~c)) + x11 - 1120210379) | 0;
  d = (((n << 10) | (n >>> 22)) + a) | 0;
  n = (c + (a ^ (d | ~b)) + x2 + 718787259) | 0;
  c = (((n << 15) | (n >>> 17)) + d) | 0;
  n = (b + (d ^ (c | ~a)) + x9 - 343485551) | 0;
  b = (((n << 21) | (n >>> 11)) + c) | 0;
  h[0] = (h[0]! + a) | 0;
  h[1] = (h[1]! + b) | 0;
  h[2] = (h[2]! + c) | 0;
  h[3] = (h[3]! + d) | 0;
}
