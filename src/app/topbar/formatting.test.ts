import { describe, expect, it } from 'vitest';
import { formatSimulatedTime, formatUsd } from './formatting';

describe('top bar formatting', () => {
  it('writes simulated time in UTC whatever the browser’s time zone', () => {
    expect(formatSimulatedTime(Date.UTC(2025, 0, 6, 23, 30, 5))).toBe(
      'Mon, 6 Jan 2025, 23:30:05 UTC',
    );
  });

  it('keeps amounts under a cent visible instead of rounding them to $0.00', () => {
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(0.00002)).toBe('< $0.0001');
    expect(formatUsd(0.0023)).toBe('$0.0023');
    expect(formatUsd(1234.5)).toBe('$1,234.50');
  });
});
