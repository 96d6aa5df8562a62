import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../core/rng';
import { generateEventBytes } from './eventBytes';
import { clickEventLines, generateEvents } from './events';
import type { ClickstreamConfig, ClickstreamState } from './state';

const stateWith = (config: Partial<ClickstreamConfig>, eventSeq = 0) =>
  ({ config: { eventsPerSecond: 50, ...config }, eventSeq }) as unknown as ClickstreamState;

/** Runs both generators from the same rng and state; returns their lines, rng states and producer states. */
function both(config: Partial<ClickstreamConfig>, seconds: number[], count: number, seq = 0) {
  const holders = [{ rng: 5 }, { rng: 5 }];
  const [rngA, rngB] = holders.map((h) => createRng(h));
  const [stateA, stateB] = [stateWith(config, seq), stateWith(config, seq)];
  const text: string[] = [];
  const bytes: string[] = [];
  for (const second of seconds) {
    const events = generateEvents(rngA!, stateA, second, count);
    text.push(clickEventLines(events));
    const out = generateEventBytes(rngB!, stateB, second, count);
    bytes.push(strFromU8(out.bytes));
    expect(out.sessionIds).toEqual(events.map((e) => e.session_id));
    const lines = out.ends.map((end, i) =>
      strFromU8(out.bytes.subarray(out.ends[i - 1] ?? 0, end)),
    );
    expect(lines).toEqual(events.map((e) => `${JSON.stringify(e)}\n`));
  }
  return { text, bytes, holders, states: [stateA, stateB] };
}

describe('click events written straight to bytes', () => {
  it('are the same lines, draws and producer state as the event objects’ JSON lines', () => {
    const start = Date.UTC(2025, 0, 6, 9);
    const run = both(
      {},
      [0, 1, 2, 60, 61].map((s) => start + s * 1000),
      50,
    );
    expect(run.bytes).toEqual(run.text);
    expect(run.holders[1]).toEqual(run.holders[0]);
    expect(run.states[1]).toEqual(run.states[0]);
  });

  it('also for odd starts, years past 9999, long sequence numbers and odd catalogue sizes', () => {
    const odd = Date.UTC(2025, 11, 31, 23, 59, 59, 500);
    const late = Date.UTC(12025, 0, 1);
    for (const config of [{ customers: 3, products: 2 }, { products: 1e6 }, { products: -4 }]) {
      const run = both(config, [odd, late, late + 1000], 7, 1e10 - 3);
      expect(run.bytes).toEqual(run.text);
      expect(run.holders[1]).toEqual(run.holders[0]);
    }
  });

  it('encode a session’s non-ASCII text as UTF-8, as JSON.stringify and TextEncoder write it', () => {
    const state = stateWith({});
    state.session = {
      id: 's-"São"\\',
      user: null,
      device: 'tab\tlet',
      country: 'Côte d’Ivoire',
      city: 'Zürich \u2028',
      left: 3,
    };
    const copy = structuredClone(state);
    const second = Date.UTC(2025, 0, 6);
    const out = generateEventBytes(createRng({ rng: 9 }), state, second, 4);
    const text = clickEventLines(generateEvents(createRng({ rng: 9 }), copy, second, 4));
    expect(out.bytes).toEqual(new TextEncoder().encode(text));
    expect(generateEventBytes(createRng({ rng: 1 }), stateWith({}), second, 0).bytes.length).toBe(
      0,
    );
  });
});
