import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64';

describe('base64', () => {
  it('encodes UTF-8 text as standard base64 and back', () => {
    expect(toBase64('Presto')).toBe('UHJlc3Rv');
    expect(toBase64('ab')).toBe('YWI=');
    const text = "SELECT 'café' AS name, '🚀' AS r";
    expect(fromBase64(toBase64(text))).toBe(text);
  });

  it('rejects text that is not base64', () => {
    expect(fromBase64('not base64!')).toBeUndefined();
  });
});
