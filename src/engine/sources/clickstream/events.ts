import type { Rng } from '../../core/rng';
import type { ClickEvent } from '../../data/clickstream';
import { pickWeighted } from '../../data/random';
import { DEVICES, PLACES } from '../../data/vocabulary';
import type { ClickstreamSession, ClickstreamState } from './state';

export const DEFAULT_CUSTOMERS = 500;
export const DEFAULT_PRODUCTS = 60;

// The same mix and page rules as the course's sample clickstream (src/engine/data/clickstream.ts).
const EVENT_TYPES = [
  { value: 'page_view', weight: 80 },
  { value: 'add_to_cart', weight: 15 },
  { value: 'purchase', weight: 5 },
] as const;

function pageFor(eventType: ClickEvent['event_type'], product: number, roll: number): string {
  if (eventType === 'purchase') return '/checkout';
  if (eventType === 'add_to_cart') return `/products/${product}`;
  if (roll < 0.15) return '/';
  if (roll < 0.25) return '/cart';
  if (roll < 0.4) return '/search';
  return `/products/${product}`;
}

function newSession(rng: Rng, customers: number): ClickstreamSession {
  const place = rng.pick(PLACES);
  return {
    id: `s-${rng.hex(12)}`,
    user: rng.next() < 0.25 ? null : rng.int(1, customers + 1),
    device: pickWeighted(rng, DEVICES),
    country: place.country,
    city: place.city,
    left: rng.int(2, 9),
  };
}

/**
 * The ISO time of event `i` of `count` spread over the second from `secondStart`. From a whole
 * second every event shares the text up to the milliseconds, so it is formatted once, not per
 * event (a month of traffic is millions of events).
 */
export function timestampsInSecond(secondStart: number, count: number): (i: number) => string {
  const at = (i: number) => secondStart + Math.floor((i * 1000) / count);
  if (secondStart % 1000 !== 0) return (i) => new Date(at(i)).toISOString();
  const head = new Date(secondStart).toISOString().slice(0, -4);
  return (i) => `${head}${String(at(i) - secondStart).padStart(3, '0')}Z`;
}

/** `count` click events spread over the second that starts at `secondStart`; sessions run on across calls. */
export function generateEvents(
  rng: Rng,
  state: ClickstreamState,
  secondStart: number,
  count: number,
): ClickEvent[] {
  const customers = state.config.customers ?? DEFAULT_CUSTOMERS;
  const products = state.config.products ?? DEFAULT_PRODUCTS;
  const tsOf = timestampsInSecond(secondStart, count);
  const events: ClickEvent[] = [];
  for (let i = 0; i < count; i++) {
    if (!state.session || state.session.left <= 0) state.session = newSession(rng, customers);
    const session = state.session;
    session.left--;
    const eventType = pickWeighted(rng, EVENT_TYPES);
    state.eventSeq++;
    events.push({
      event_id: `e-${String(state.eventSeq).padStart(9, '0')}-${rng.hex(6)}`,
      session_id: session.id,
      user_id: session.user,
      event_type: eventType,
      page: pageFor(eventType, rng.int(1, products + 1), rng.next()),
      ts: tsOf(i),
      device: session.device,
      geo: { country: session.country, city: session.city },
    });
  }
  return events;
}
