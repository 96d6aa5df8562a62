import type { Rng } from '../../core/rng';
import type { ClickEvent } from '../../data/clickstream';
import { pickWeighted } from '../../data/random';
import { DEVICES, PLACES } from '../../data/vocabulary';
import type { ClickstreamSession, ClickstreamState } from './state';

export const DEFAULT_CUSTOMERS = 500;
export const DEFAULT_PRODUCTS = 60;

// The same mix and page rules as the course's sample clickstream (src/engine/data/clickstream.ts).
export const EVENT_TYPES = [
  { value: 'page_view', weight: 80 },
  { value: 'add_to_cart', weight: 15 },
  { value: 'purchase', weight: 5 },
] as const;

/** An event's page when it is not a product's; undefined for `/products/<product>`. */
export function fixedPageFor(
  eventType: ClickEvent['event_type'],
  roll: number,
): string | undefined {
  if (eventType === 'purchase') return '/checkout';
  if (eventType === 'add_to_cart') return undefined;
  if (roll < 0.15) return '/';
  if (roll < 0.25) return '/cart';
  if (roll < 0.4) return '/search';
  return undefined;
}

const pageFor = (eventType: ClickEvent['event_type'], product: number, roll: number): string =>
  fixedPageFor(eventType, roll) ?? `/products/${product}`;

export function newSession(rng: Rng, customers: number): ClickstreamSession {
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

const json = JSON.stringify;
/** Text JSON.stringify leaves as it is: printable ASCII without a double quote or a backslash. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
/** A string's JSON text without its quotes (no new string when nothing needs escaping). */
const escaped = (text: string) => (PLAIN.test(text) ? text : json(text).slice(1, -1));

/** An event line's text from after its event_id to the opening quote of its event_type. */
export const sessionHeadText = (id: string, user: number | null): string =>
  `","session_id":${json(id)},"user_id":${json(user)},"event_type":"`;

/** An event line's text from the closing quote of its ts to the end of the line. */
export const sessionTailText = (device: string, country: string, city: string): string =>
  `","device":${json(device)},"geo":{"country":${json(country)},"city":${json(city)}}}\n`;

/**
 * The events as JSON lines, exactly what `${JSON.stringify(event)}\n` writes for each (tested),
 * built from the fields: a session's events share the text of its session fields, so a month of
 * traffic (millions of events) is not a JSON.stringify walk of every event object.
 */
export function clickEventLines(events: readonly ClickEvent[]): string {
  let text = '';
  let previous: ClickEvent | undefined;
  let sessionHead = '';
  let sessionTail = '';
  for (const e of events) {
    if (!previous || !sameSessionFields(previous, e)) {
      sessionHead = sessionHeadText(e.session_id, e.user_id);
      sessionTail = sessionTailText(e.device, e.geo.country, e.geo.city);
    }
    previous = e;
    text += `{"event_id":"${escaped(e.event_id)}${sessionHead}${escaped(e.event_type)}","page":"${escaped(e.page)}","ts":"${escaped(e.ts)}${sessionTail}`;
  }
  return text;
}

function sameSessionFields(a: ClickEvent, b: ClickEvent): boolean {
  return (
    a.session_id === b.session_id &&
    a.user_id === b.user_id &&
    a.device === b.device &&
    a.geo.country === b.geo.country &&
    a.geo.city === b.geo.city
  );
}
