import { describe, expect, it } from 'vitest';
import { monthEndOf, monthOf } from './costLedger';

const viaIso = (ms: number) => new Date(ms).toISOString().slice(0, 7);

describe('monthOf', () => {
  it('names the month of any instant as its ISO date does, in any order of calls', () => {
    const times = [
      Date.UTC(2025, 0, 31, 23, 59, 59, 999),
      Date.UTC(2025, 1, 1),
      Date.UTC(2025, 0, 31, 23, 59, 59, 999),
      Date.UTC(2024, 1, 29, 12),
      Date.UTC(2024, 11, 31, 23, 59, 59, 999) + 0.5,
      0,
      -1,
      -0.5,
      new Date('0050-03-15T00:00:00Z').getTime(),
      new Date('1950-03-15T00:00:00Z').getTime(),
      new Date('0050-03-31T23:59:59.999Z').getTime(),
    ];
    for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2026, 0, 1); ms += 86_400_000 / 3)
      times.push(ms, ms - 1);
    for (const ms of times) expect(monthOf(ms)).toBe(viaIso(ms));
  });

  it('gives the first instant of the next month, from any instant of a month', () => {
    expect(monthEndOf(Date.UTC(2025, 0, 31, 23, 59, 59, 999))).toBe(Date.UTC(2025, 1, 1));
    expect(monthEndOf(Date.UTC(2025, 1, 1))).toBe(Date.UTC(2025, 2, 1));
    expect(monthEndOf(Date.UTC(2024, 11, 15))).toBe(Date.UTC(2025, 0, 1));
  });

  it('refuses an instant that is not a date, as toISOString does', () => {
    expect(() => monthOf(Number.NaN)).toThrow(RangeError);
  });
});
