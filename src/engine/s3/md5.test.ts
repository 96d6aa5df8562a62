import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Hex, rememberMd5Hex } from './md5';

describe('md5Hex', () => {
  it('matches the RFC 1321 test suite', () => {
    const hex = (s: string) => md5Hex(new TextEncoder().encode(s));
    expect(hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(
      hex('12345678901234567890123456789012345678901234567890123456789012345678901234567890'),
    ).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });

  it('matches the rest of the RFC 1321 appendix A.5 suite', () => {
    const hex = (s: string) => md5Hex(new TextEncoder().encode(s));
    expect(hex('a')).toBe('0cc175b9c0f1b6a831c399e269772661');
    expect(hex('message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(hex('abcdefghijklmnopqrstuvwxyz')).toBe('c3fcd3d76192e4007dfb496cca67e13b');
    expect(hex('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')).toBe(
      'd174ab98d277d9f5a5611c2c9f419d9f',
    );
  });

  it('digests a view into a larger buffer at any offset, and forgets the previous digest', () => {
    const whole = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7919) & 0xff);
    for (const [start, end] of [
      [1, 65_537],
      [3, 130],
      [0, 70_000],
      [4_095, 4_096],
      [8, 65_608], // aligned to 4 bytes: read as 32-bit words in place
      [5, 199_999], // not aligned: through the 64 KiB scratch block, three times
    ] as const) {
      const view = whole.subarray(start, end);
      expect(md5Hex(view)).toBe(createHash('md5').update(view).digest('hex'));
    }
  });

  it('matches Node crypto on every length around the 64-byte block boundary', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(md5Hex(bytes)).toBe(createHash('md5').update(bytes).digest('hex'));
    }
  });
});

describe('remembered digests', () => {
  it('uses a digest computed off the main thread for the same bytes, and only for them', () => {
    const bytes = new TextEncoder().encode('hello');
    rememberMd5Hex(bytes, '5d41402abc4b2a76b9719d911017c592');
    expect(md5Hex(bytes)).toBe('5d41402abc4b2a76b9719d911017c592');
    expect(md5Hex(new TextEncoder().encode('hello!'))).not.toBe('5d41402abc4b2a76b9719d911017c592');
  });
});
