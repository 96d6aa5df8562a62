import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './blob';

describe('base64 for record data', () => {
  it('encodes and decodes like Node for every length remainder', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 250]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) % 256);
      const expected = Buffer.from(bytes).toString('base64');
      expect(toBase64(bytes)).toBe(expected);
      expect(fromBase64(expected)).toEqual(bytes);
    }
  });

  it('rejects text that is not base64', () => {
    expect(fromBase64('not base64!')).toBeUndefined();
  });
});
