import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng';
import type { ClickEvent } from '../../data/clickstream';
import { clickEventLines, generateEvents, timestampsInSecond } from './events';
import type { ClickstreamState } from './state';

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

describe('click event JSON lines', () => {
  const stringified = (events: ClickEvent[]) =>
    events.map((e) => `${JSON.stringify(e)}\n`).join('');

  it('writes generated events exactly as JSON.stringify does, one per line', () => {
    const rng = createRng({ rng: 11 });
    const state = {
      config: { eventsPerSecond: 50 },
      eventSeq: 0,
    } as unknown as ClickstreamState;
    for (let second = 0; second < 40; second++) {
      const events = generateEvents(rng, state, Date.UTC(2025, 0, 6) + second * 1000, 50);
      expect(events.some((e) => e.user_id === null)).toBe(true);
      expect(clickEventLines(events)).toBe(stringified(events));
    }
  });

  it('escapes quotes, backslashes, newlines and other characters in any field', () => {
    const base: ClickEvent = {
      event_id: 'e-"1"',
      session_id: 's\\1',
      user_id: 7,
      event_type: 'purchase',
      page: '/a\nb',
      ts: '2025-01-06T09:00:00.000Z',
      device: 'tab\tlet',
      geo: { country: 'Côte d’Ivoire', city: 'São Paulo \u2028' },
    };
    const other = { ...base, session_id: 's2', user_id: null, geo: { country: 'x', city: 'y' } };
    const events = [base, { ...base, event_id: 'e2' }, other, { ...base, device: 'pc' }];
    expect(clickEventLines(events)).toBe(stringified(events));
    expect(clickEventLines([])).toBe('');
  });
});
