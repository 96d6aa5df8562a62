import { describe, expect, it } from 'vitest';
import { dateFromDays, fromText, timestampFromMillis, timestampFromText } from './convert';
import { columnShape } from './columnKinds';

describe('SQL runtime: the shared text forms of dates and timestamps', () => {
  it('formats epoch milliseconds exactly as Date.toISOString does, in Athena’s layout', () => {
    for (const ms of [
      0, -1, 951_782_400_123, 1_709_164_800_000, 4_102_444_799_999, -62_135_596_800_000, 1.5,
    ]) {
      const iso = new Date(Math.floor(ms)).toISOString();
      expect(timestampFromMillis(ms)).toBe(`${iso.slice(0, 10)} ${iso.slice(11, 23)}`);
    }
    expect(dateFromDays(19_782)).toBe('2024-02-29');
    expect(timestampFromMillis(Number.NaN)).toBeNull();
  });

  it('reads timestamp text to milliseconds and rejects impossible times', () => {
    expect(timestampFromText('2024-1-2 3:04:05')).toBe('2024-01-02 03:04:05.000');
    expect(timestampFromText('2024-01-02 03:04:05.123456')).toBe('2024-01-02 03:04:05.123');
    expect(timestampFromText('2024-01-02 24:00:00')).toBeNull();
    expect(timestampFromText('2023-02-29 00:00:00.000')).toBeNull();
  });

  it('reads integers within the range of their type, else NULL (Hive LazyInteger)', () => {
    expect(fromText('127', columnShape('tinyint'))).toBe(127);
    expect(fromText('128', columnShape('tinyint'))).toBeNull();
    expect(fromText(' 5', columnShape('int'))).toBeNull();
    expect(fromText('12.0', columnShape('bigint'))).toBeNull();
    expect(fromText(' 2.5 ', columnShape('decimal(10,2)'))).toBe(2.5);
  });

  it('reads Ctrl-B/Ctrl-C delimited collections as JSON', () => {
    expect(fromText('1\u00022', columnShape('array<int>'))).toBe('[1,2]');
    expect(fromText('a\u00031\u0002b\u00032', columnShape('map<string,int>'))).toBe(
      '{"a":1,"b":2}',
    );
    expect(fromText('x\u00027', columnShape('struct<name:string,n:int>'))).toBe(
      '{"name":"x","n":7}',
    );
  });
});
