import { describe, expect, it } from 'vitest';
import { Clock, type ClockState } from './clock';

const START = Date.UTC(2025, 0, 6, 9);

function clockOver(state: ClockState) {
  return new Clock(
    () => state,
    () => {},
  );
}

describe('the simulated clock', () => {
  it('lets tickers see the event time is moving to still queued, until it is handled', async () => {
    const state: ClockState = { now: START, queue: [], counters: {} };
    const clock = clockOver(state);
    const seen: string[] = [];
    clock.on('ping', () => void seen.push('handled'));
    clock.addTicker(() => void seen.push(`tick, ${state.queue.length} queued`));
    clock.schedule(START + 1000, 'ping', {});
    await clock.advance(2000);
    expect(seen).toEqual(['tick, 1 queued', 'handled', 'tick, 0 queued']);
  });
});
