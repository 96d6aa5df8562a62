/**
 * The simulated clock and its event queue. Time only moves when someone advances it;
 * events (crawler runs, lifecycle passes, buffer flushes…) are processed in time order,
 * and tickers accrue continuous quantities (storage GB-months) between events.
 */
export interface ScheduledEvent {
  id: number;
  /** Simulated epoch milliseconds at which the event fires. */
  at: number;
  /** Handler name, `<service>:<what>`, e.g. `s3:lifecycle`. */
  kind: string;
  data: unknown;
  /** Housekeeping that recurs forever (daily lifecycle): "run until idle" ignores it. */
  background?: boolean;
}

export interface ClockState {
  now: number;
  queue: ScheduledEvent[];
  counters: Record<string, number>;
}

export type EventHandler = (event: ScheduledEvent) => void | Promise<void>;
export type Ticker = (fromMs: number, toMs: number) => void;

export const DURATION_UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Parses "90s", "10m", "2h", "30d", "1w" (or a plain number of milliseconds). */
export function parseDuration(text: string | number): number {
  if (typeof text === 'number') return text;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)\s*$/.exec(text);
  if (!match)
    throw new Error(
      `Unknown duration "${text}": use a number and a unit, like 90s, 10m, 2h, 30d or 1w.`,
    );
  return Math.round(Number(match[1]) * DURATION_UNITS[match[2] as string]!);
}

function insertSorted(queue: ScheduledEvent[], event: ScheduledEvent): void {
  let i = queue.length;
  while (
    i > 0 &&
    (queue[i - 1]!.at > event.at || (queue[i - 1]!.at === event.at && queue[i - 1]!.id > event.id))
  )
    i--;
  queue.splice(i, 0, event);
}

export class Clock {
  private readonly handlers = new Map<string, EventHandler>();
  private readonly tickers: Ticker[] = [];
  private target: number | undefined;

  constructor(
    private readonly state: () => ClockState,
    private readonly onChange: () => void,
  ) {}

  /** The current simulated time. */
  now(): Date {
    return new Date(this.state().now);
  }

  nowMs(): number {
    return this.state().now;
  }

  on(kind: string, handler: EventHandler): void {
    this.handlers.set(kind, handler);
  }

  addTicker(ticker: Ticker): void {
    this.tickers.push(ticker);
  }

  /** Schedules an event at an absolute simulated time (never in the past). */
  schedule(
    at: number,
    kind: string,
    data: unknown,
    options: { background?: boolean } = {},
  ): ScheduledEvent {
    const state = this.state();
    const id = (state.counters['event'] = (state.counters['event'] ?? 0) + 1);
    const event: ScheduledEvent = { id, at: Math.max(at, state.now), kind, data };
    if (options.background) event.background = true;
    insertSorted(state.queue, event);
    return event;
  }

  /** Removes scheduled events that match, e.g. a stopped crawler's pending completion. */
  cancel(match: (event: ScheduledEvent) => boolean): void {
    const state = this.state();
    state.queue = state.queue.filter((e) => !match(e));
  }

  pending(): readonly ScheduledEvent[] {
    return this.state().queue;
  }

  /** The time of the next event that is real work (not background housekeeping). */
  nextEventAt(options: { includeBackground?: boolean } = {}): Date | undefined {
    const next = this.state().queue.find((e) => options.includeBackground || !e.background);
    return next ? new Date(next.at) : undefined;
  }

  /** Processes every event due within `ms`, in time order, then lands exactly at now + ms. */
  async advance(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0)
      throw new Error(`Cannot advance the clock by ${ms} ms: use a positive duration.`);
    await this.advanceTo(this.state().now + ms);
  }

  /** While an advance is in progress, the time it lands on (a producer samples long jumps). */
  advancingTo(): number | undefined {
    return this.target;
  }

  async advanceTo(target: number): Promise<void> {
    const state = this.state();
    this.target = target;
    while (state.queue.length > 0 && state.queue[0]!.at <= target) {
      // Time reaches an event before it happens: tickers still see it queued (S3's lifecycle
      // catch-up must not run the midnight pass its own event is about to run).
      this.moveTo(state.queue[0]!.at);
      const event = state.queue.shift()!;
      const handler = this.handlers.get(event.kind);
      if (!handler) throw new Error(`No handler for simulated event ${event.kind}`);
      await handler(event);
    }
    this.moveTo(target);
    this.target = undefined;
    this.onChange();
  }

  /** Jumps to the next event (any kind) and processes everything due at that instant. */
  async stepToNextEvent(): Promise<boolean> {
    const next = this.nextEventAt({ includeBackground: true });
    if (!next) return false;
    await this.advanceTo(next.getTime());
    return true;
  }

  /** Advances until no work is in progress (only background housekeeping remains). */
  async runUntilIdle(limitMs = 366 * DURATION_UNITS.d!): Promise<void> {
    const deadline = this.state().now + limitMs;
    for (;;) {
      const next = this.nextEventAt();
      if (!next || next.getTime() > deadline) return;
      await this.advanceTo(next.getTime());
    }
  }

  private moveTo(time: number): void {
    const state = this.state();
    if (time <= state.now) return;
    const from = state.now;
    for (const tick of this.tickers) tick(from, time);
    state.now = time;
  }
}
