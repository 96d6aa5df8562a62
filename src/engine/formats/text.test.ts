import { describe, expect, it } from 'vitest';
import { utf8Decode, utf8Encode } from './text';

describe('utf8Encode', () => {
  it('writes the same bytes as TextEncoder, short or long, ASCII or not', () => {
    const encoder = new TextEncoder();
    for (const text of [
      '',
      'I,2026-12-01 00:00:01,42,shipped\n',
      'Zoë,Montréal,€12\n',
      '😀 emoji',
      'x'.repeat(256),
      'y'.repeat(257),
      `${'a'.repeat(300)}é`,
    ])
      expect(utf8Encode(text)).toEqual(encoder.encode(text));
  });

  it('round-trips through utf8Decode', () => {
    expect(utf8Decode(utf8Encode('São Paulo, 日本'))).toBe('São Paulo, 日本');
  });
});
