import { describe, expect, it } from 'vitest';
import { checkKey } from './objectHelpers';

describe('object key length', () => {
  it('takes keys up to 1,024 bytes of UTF-8 and refuses longer ones with KeyTooLongError', () => {
    expect(checkKey('a'.repeat(1024))).toHaveLength(1024);
    expect(() => checkKey('a'.repeat(1025))).toThrow(
      expect.objectContaining({ name: 'KeyTooLongError' }),
    );
    // 342 three-byte characters are 1,026 bytes though only 342 characters.
    expect(() => checkKey('€'.repeat(342))).toThrow(
      expect.objectContaining({ name: 'KeyTooLongError' }),
    );
    expect(checkKey('€'.repeat(341))).toHaveLength(341);
  });
});
