import type { Rng } from '../../core/rng';
import {
  DEFAULT_CUSTOMERS,
  DEFAULT_PRODUCTS,
  EVENT_TYPES,
  fixedPageFor,
  newSession,
} from './events';
import type { ClickstreamSession, ClickstreamState } from './state';

/** A tick's events as JSON lines: the bytes, where each line ends, and each event's session id. */
export interface ClickEventBytes {
  bytes: Uint8Array;
  /** Line i is bytes[ends[i - 1] ?? 0 … ends[i]), its newline included. */
  ends: number[];
  sessionIds: string[];
}

const encoder = new TextEncoder();
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const EVENT_ID_HEAD = ascii('{"event_id":"e-');
const PAGE_HEAD = ascii('","page":"');
const TS_HEAD = ascii('","ts":"');
const PRODUCTS_PATH = ascii('/products/');
const SESSION_ID_KEY = ascii('","session_id":');
const USER_ID_KEY = ascii(',"user_id":');
const EVENT_TYPE_KEY = ascii(',"event_type":"');
const DEVICE_KEY = ascii('","device":');
const COUNTRY_KEY = ascii(',"geo":{"country":');
const CITY_KEY = ascii(',"city":');
const LINE_END = ascii('}}\n');
const HEX_CODES = ascii('0123456789abcdef');

const EVENT_TYPE_TOTAL = EVENT_TYPES.reduce((sum, choice) => sum + choice.weight, 0);

/** `pickWeighted(rng, EVENT_TYPES)` with the total summed once: the same draw and choice. */
function pickEventType(rng: Rng): (typeof EVENT_TYPES)[number]['value'] {
  let ticket = rng.next() * EVENT_TYPE_TOTAL;
  for (const choice of EVENT_TYPES) {
    ticket -= choice.weight;
    if (ticket < 0) return choice.value;
  }
  return EVENT_TYPES[EVENT_TYPES.length - 1]!.value;
}

/** One growing scratch array: lines are written here, then copied out at their exact size. */
class LineWriter {
  out = new Uint8Array(1 << 16);
  at = 0;

  room(bytes: number): void {
    if (this.at + bytes <= this.out.length) return;
    const bigger = new Uint8Array(Math.max(this.out.length * 2, this.at + bytes));
    bigger.set(this.out.subarray(0, this.at));
    this.out = bigger;
  }

  /** A few bytes, copied one by one (faster than TypedArray.set for a short key). */
  bytes(part: Uint8Array, start = 0, end = part.length): void {
    const out = this.out;
    let at = this.at;
    for (let i = start; i < end; i++) out[at++] = part[i]!;
    this.at = at;
  }

  /** A whole array (a session's part of a line, ~70 bytes): one TypedArray.set. */
  append(part: Uint8Array): void {
    this.out.set(part, this.at);
    this.at += part.length;
  }

  /** Any text as UTF-8: byte by byte while it is ASCII, else through TextEncoder (room for 3 bytes a unit). */
  text(text: string): void {
    const start = this.at;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        this.at = start + encoder.encodeInto(text, this.out.subarray(start)).written;
        return;
      }
      this.out[this.at++] = code;
    }
  }

  /** A string as JSON.stringify writes it: quoted as it is while plain ASCII, else its JSON text as UTF-8. */
  jsonString(text: string): void {
    const start = this.at;
    this.out[this.at++] = 34; // "
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x20 || code === 0x22 || code === 0x5c || code > 0x7e) {
        this.at = start;
        return this.text(JSON.stringify(text));
      }
      this.out[this.at++] = code;
    }
    this.out[this.at++] = 34;
  }

  /** Text known to be printable ASCII without a quote or backslash (JSON keeps it as it is). */
  plain(text: string): void {
    for (let i = 0; i < text.length; i++) this.out[this.at++] = text.charCodeAt(i);
  }

  /** `rng.hex(length)` written as bytes: the same draws (one per digit), without the string. */
  hexDigits(rng: Rng, length: number): void {
    const out = this.out;
    for (let i = 0; i < length; i++) out[this.at++] = HEX_CODES[Math.floor(rng.next() * 16)]!;
  }

  /** A whole number's decimal digits, zero-padded to `width`; other numbers as String writes them. */
  number(n: number, width: number): void {
    if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff)
      return this.plain(String(n).padStart(width, '0'));
    let digits = 1;
    for (let rest = n; rest >= 10; rest = (rest / 10) | 0) digits++;
    const out = this.out;
    let at = this.at;
    for (let pad = digits; pad < width; pad++) out[at++] = 48;
    let rest = n;
    for (let i = at + digits - 1; i >= at; i--) {
      out[i] = 48 + (rest % 10);
      rest = (rest / 10) | 0;
    }
    this.at = at + digits;
  }
}

const writer = new LineWriter();
/** A session's part of a line, written once per session and copied into each of its lines. */
const sessionWriter = new LineWriter();

/** The session's fields of a line, as `sessionHeadText` (head) or `sessionTailText` (tail) writes them. */
function writeSession(to: LineWriter, session: ClickstreamSession, part: 'head' | 'tail'): void {
  if (part === 'head') {
    to.bytes(SESSION_ID_KEY);
    to.jsonString(session.id);
    to.bytes(USER_ID_KEY);
    const user = session.user;
    if (user === null) to.plain('null');
    else if (Number.isSafeInteger(user) && user >= 0) to.number(user, 0);
    else to.text(String(JSON.stringify(user)));
    return to.bytes(EVENT_TYPE_KEY);
  }
  to.bytes(DEVICE_KEY);
  to.jsonString(session.device);
  to.bytes(COUNTRY_KEY);
  to.jsonString(session.country);
  to.bytes(CITY_KEY);
  to.jsonString(session.city);
  to.bytes(LINE_END);
}

/** Bytes a line can take at most besides its session's strings, and per unit of those (a \uXXXX escape). */
const LINE_BYTES = 400;
const ESCAPED_UNIT_BYTES = 6;

/** The current session's head and tail: views into sessionWriter, made once per session (not per line). */
let sessionHead = new Uint8Array(0);
let sessionTail = new Uint8Array(0);

/** Writes the session's head then tail into sessionWriter and points sessionHead and sessionTail at them. */
function writeSessionParts(session: ClickstreamSession): void {
  const units = session.id.length + session.device.length + session.country.length;
  sessionWriter.at = 0;
  sessionWriter.room(LINE_BYTES + ESCAPED_UNIT_BYTES * (units + session.city.length));
  writeSession(sessionWriter, session, 'head');
  const headEnd = sessionWriter.at;
  writeSession(sessionWriter, session, 'tail');
  sessionHead = sessionWriter.out.subarray(0, headEnd);
  sessionTail = sessionWriter.out.subarray(headEnd, sessionWriter.at);
}

/** Writes an event's ts: from a whole second, the shared text up to the milliseconds and three digits. */
function writeTimestamp(secondStart: number, head: string | undefined, offset: number): void {
  if (head === undefined) return writer.plain(new Date(secondStart + offset).toISOString());
  writer.plain(head);
  writer.number(offset, 3);
  writer.out[writer.at++] = 90; // Z
}

/**
 * The same events as `clickEventLines(generateEvents(rng, state, secondStart, count))`, with the
 * same draws in the same order (tested), written straight to bytes: a month of traffic is millions
 * of events, so no event object, JSON string or TextEncoder call is made (a session's part of a line is
 * written once, its strings byte by byte while they are plain ASCII, and copied into each line).
 */
export function generateEventBytes(
  rng: Rng,
  state: ClickstreamState,
  secondStart: number,
  count: number,
): ClickEventBytes {
  const customers = state.config.customers ?? DEFAULT_CUSTOMERS;
  const products = state.config.products ?? DEFAULT_PRODUCTS;
  const head =
    secondStart % 1000 === 0 ? new Date(secondStart).toISOString().slice(0, -4) : undefined;
  const ends: number[] = [];
  const sessionIds: string[] = [];
  let session: ClickstreamSession | undefined;
  writer.at = 0;
  for (let i = 0; i < count; i++) {
    if (!state.session || state.session.left <= 0) state.session = newSession(rng, customers);
    const current = state.session;
    if (current !== session) writeSessionParts((session = current));
    current.left--;
    const eventType = pickEventType(rng);
    state.eventSeq++;
    writer.room(LINE_BYTES + sessionWriter.at);
    writer.bytes(EVENT_ID_HEAD);
    writer.number(state.eventSeq, 9);
    writer.out[writer.at++] = 45; // -
    writer.hexDigits(rng, 6);
    writer.append(sessionHead);
    writer.plain(eventType);
    writer.bytes(PAGE_HEAD);
    const product = rng.int(1, products + 1);
    const page = fixedPageFor(eventType, rng.next());
    if (page !== undefined) writer.plain(page);
    else {
      writer.bytes(PRODUCTS_PATH);
      writer.number(product, 0);
    }
    writer.bytes(TS_HEAD);
    writeTimestamp(secondStart, head, Math.floor((i * 1000) / count));
    writer.append(sessionTail);
    ends.push(writer.at);
    sessionIds.push(current.id);
  }
  return { bytes: writer.out.slice(0, writer.at), ends, sessionIds };
}
