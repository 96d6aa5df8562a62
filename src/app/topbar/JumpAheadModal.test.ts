import { describe, expect, it } from 'vitest';
import { readDuration } from './JumpAheadModal';

describe('the custom jump-ahead duration', () => {
  it('reads minutes and days', () => {
    expect(readDuration('45m')).toEqual({ ms: 45 * 60_000 });
    expect(readDuration(' 10d ')).toEqual({ ms: 10 * 86_400_000 });
  });

  it('explains what a valid duration looks like when the value is not one', () => {
    expect(readDuration('ten days')).toEqual({
      error: expect.stringContaining('use a number and a unit'),
    });
    expect(readDuration('0m')).toEqual({ error: 'Enter a duration longer than zero.' });
  });
});
