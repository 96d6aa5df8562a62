import { describe, expect, it } from 'vitest';
import { isBilledAtMinimum, queryCostUsd } from './cost';

const MB = 1024 * 1024;
const TB = 1024 ** 4;

describe('query cost (athena/pricing: $5 per TB, per MB, 10 MB minimum)', () => {
  it('bills a tiny query as 10 MB', () => {
    expect(queryCostUsd(1)).toBeCloseTo((10 * MB * 5) / TB, 12);
    expect(isBilledAtMinimum(1)).toBe(true);
  });
  it('rounds up to the next megabyte above the minimum', () => {
    expect(queryCostUsd(20 * MB + 1)).toBeCloseTo((21 * MB * 5) / TB, 12);
    expect(isBilledAtMinimum(20 * MB)).toBe(false);
  });
  it('charges $5 for one terabyte', () => {
    expect(queryCostUsd(TB)).toBeCloseTo(5, 9);
  });
});
