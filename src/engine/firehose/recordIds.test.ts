import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { recordIdsOf } from './recordIds';

describe('Firehose RecordIds', () => {
  it('are the time, the counter padded to 8 hex digits and rng.hex(16), with the same draws', () => {
    for (const [now, first] of [
      [Date.UTC(2025, 0, 6, 9), 1],
      [Date.UTC(2025, 0, 6, 9, 0, 1, 7), 0xfffffffe],
      [0, 2 ** 40],
    ] as const) {
      const [a, b] = [{ rng: 42 }, { rng: 42 }];
      let counter = first;
      const ids = recordIdsOf(now, () => counter++, createRng(a), 5).map((e) => e.RecordId);
      const rng = createRng(b);
      const expected = [0, 1, 2, 3, 4].map(
        (i) => now.toString(16) + (first + i).toString(16).padStart(8, '0') + rng.hex(16),
      );
      expect(ids).toEqual(expected);
      expect(a).toEqual(b);
    }
  });
});
