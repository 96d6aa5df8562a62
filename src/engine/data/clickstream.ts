import { DAY_MS, pickWeighted, seededRng } from './random';
import { DEVICES, PLACES } from './vocabulary';

export interface ClickEvent {
  event_id: string;
  session_id: string;
  user_id: number | null;
  event_type: 'page_view' | 'add_to_cart' | 'purchase';
  page: string;
  ts: string;
  device: string;
  geo: { country: string; city: string };
}

export interface ClickstreamOptions {
  seed?: number;
  /** Days of events, starting Monday 6 January 2025. */
  days?: number;
  eventsPerDay?: number;
  /** Known users are customers 1…customers; about a quarter of sessions are anonymous. */
  customers?: number;
  products?: number;
}

export const CLICKSTREAM_DEFAULTS = {
  seed: 1,
  days: 3,
  eventsPerDay: 400,
  customers: 500,
  products: 60,
} as const;
export const CLICKSTREAM_START = Date.UTC(2025, 0, 6);

const EVENT_TYPES = [
  { value: 'page_view', weight: 80 },
  { value: 'add_to_cart', weight: 15 },
  { value: 'purchase', weight: 5 },
] as const;

function pageFor(eventType: ClickEvent['event_type'], product: number, pageRoll: number): string {
  if (eventType === 'purchase') return '/checkout';
  if (eventType === 'add_to_cart') return `/products/${product}`;
  return pageRoll < 0.15
    ? '/'
    : pageRoll < 0.25
      ? '/cart'
      : pageRoll < 0.4
        ? '/search'
        : `/products/${product}`;
}

/** Web clickstream events, one list per day, in time order; same seed, same events. */
export function generateClickstream(
  options: ClickstreamOptions = {},
): { day: number; events: ClickEvent[] }[] {
  const o = { ...CLICKSTREAM_DEFAULTS, ...options };
  const rng = seededRng(o.seed, 4);
  return Array.from({ length: o.days }, (_, d) => {
    const dayStart = CLICKSTREAM_START + d * DAY_MS;
    const times = Array.from({ length: o.eventsPerDay }, () => dayStart + rng.int(0, DAY_MS)).sort(
      (a, b) => a - b,
    );
    let session = { id: '', user: null as number | null, device: '', place: PLACES[0]!, left: 0 };
    const events = times.map((time, i): ClickEvent => {
      if (session.left <= 0) {
        const user = rng.next() < 0.25 ? null : rng.int(1, o.customers + 1);
        session = {
          id: `s-${rng.hex(12)}`,
          user,
          device: pickWeighted(rng, DEVICES),
          place: rng.pick(PLACES),
          left: rng.int(2, 9),
        };
      }
      session.left--;
      const eventType = pickWeighted(rng, EVENT_TYPES);
      const page = pageFor(eventType, rng.int(1, o.products + 1), rng.next());
      return {
        event_id: `e-${d + 1}-${String(i + 1).padStart(6, '0')}-${rng.hex(6)}`,
        session_id: session.id,
        user_id: session.user,
        event_type: eventType,
        page,
        ts: new Date(time).toISOString(),
        device: session.device,
        geo: { country: session.place.country, city: session.place.city },
      };
    });
    return { day: dayStart, events };
  });
}
