import { describe, expect, it } from 'vitest';
import { timestampsInSecond } from './events';

describe('click event timestamps', () => {
  it('spreads a second’s events over it exactly as toISOString writes each instant', () => {
    const second = Date.UTC(2025, 0, 6, 9, 0, 7);
    for (const count of [1, 3, 7, 50, 2000]) {
      const tsOf = timestampsInSecond(second, count);
      for (let i = 0; i < count; i++)
        expect(tsOf(i)).toBe(new Date(second + Math.floor((i * 1000) / count)).toISOString());
    }
  });

  it('also from a start that is not a whole second, and in a year past 9999', () => {
    const odd = Date.UTC(2025, 11, 31, 23, 59, 59, 500);
    const late = Date.UTC(12025, 0, 1);
    for (const start of [odd, late]) {
      const tsOf = timestampsInSecond(start, 4);
      for (let i = 0; i < 4; i++)
        expect(tsOf(i)).toBe(new Date(start + Math.floor((i * 1000) / 4)).toISOString());
    }
  });
});
