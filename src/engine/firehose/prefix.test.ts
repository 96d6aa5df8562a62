import { describe, expect, it } from 'vitest';
import { effectiveErrorPrefix, effectivePrefix, evaluatePrefix, formatTimestamp } from './prefix';

const AT = Date.UTC(2025, 0, 6, 9, 5, 7);

describe('Firehose prefix expressions', () => {
  it('formats yyyy MM dd HH mm ss and quoted literal text in UTC (Java DateTimeFormatter subset)', () => {
    expect(formatTimestamp("yyyy-MM-dd'T'HH:mm:ss", AT)).toBe('2025-01-06T09:05:07');
    expect(formatTimestamp("'year='yyyy/'h='HH", AT)).toBe('year=2025/h=09');
  });

  it('refuses pattern letters outside the supported subset', () => {
    expect(() => formatTimestamp('yyyy/DDD', AT)).toThrow(/supports yyyy, MM, dd, HH, mm, ss/);
  });

  it('evaluates every timestamp in a prefix to the same instant', () => {
    const prefix = evaluatePrefix('!{timestamp:yyyy}/!{timestamp:MM}/!{timestamp:HHmmss}/', {
      timestamp: AT,
      random: () => 'r',
    });
    expect(prefix).toBe('2025/01/090507/');
  });

  it('uses YYYY/MM/dd/HH/ when no prefix is set, and appends it to a prefix without a timestamp', () => {
    expect(
      evaluatePrefix(effectivePrefix(undefined, false), { timestamp: AT, random: () => '' }),
    ).toBe('2025/01/06/09/');
    expect(effectivePrefix('raw/', false)).toBe('raw/!{timestamp:yyyy/MM/dd/HH/}');
    expect(effectivePrefix('raw/!{timestamp:yyyy}/', false)).toBe('raw/!{timestamp:yyyy}/');
  });

  it('puts failed records under <error-output-type>/YYYY/MM/dd/HH/ when no error prefix is set', () => {
    const prefix = evaluatePrefix(effectiveErrorPrefix(undefined), {
      timestamp: AT,
      random: () => '',
      errorType: 'format-conversion-failed',
    });
    expect(prefix).toBe('format-conversion-failed/2025/01/06/09/');
  });

  it('fills partition keys from the record and the error type into the error prefix', () => {
    expect(
      evaluatePrefix('device=!{partitionKeyFromQuery:device}/', {
        timestamp: AT,
        random: () => '',
        keys: { device: 'mobile' },
      }),
    ).toBe('device=mobile/');
    expect(
      evaluatePrefix('e/!{firehose:error-output-type}/', {
        timestamp: AT,
        random: () => '',
        errorType: 'processing-failed',
      }),
    ).toBe('e/processing-failed/');
  });
});
