import type { SqlValue } from '../runner';
import type { ColumnShape } from './columnKinds';

/** A value a JSON or Parquet reader cannot take as its column's type (the query fails on it). */
export class BadValue extends Error {
  constructor(readonly input: string) {
    super(`For input string: "${input}"`);
    this.name = 'BadValue';
  }
}

const INTEGER_TEXT = /^[+-]?\d+$/;
// java.lang.Double.parseDouble, which Hive's LazyDouble uses: surrounding blanks, NaN and Infinity are allowed.
const REAL_TEXT =
  /^\s*[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|NaN|Infinity)[dDfF]?\s*$/;
const DATE_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Athena: TIMESTAMP text is java.sql.Timestamp's `yyyy-MM-dd HH:mm:ss[.f...]`, kept to milliseconds (data-types.html).
const TIMESTAMP_TEXT =
  /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z?$/;

const pad2 = (text: string): string => (text.length === 1 ? `0${text}` : text);

function validDate(year: string, month: string, day: string): string | null {
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(Number(year), m - 1, d));
  if (date.getUTCDate() !== d) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `YYYY-MM-DD` from date text, or null when it is not a calendar date. */
export function dateFromText(text: string): string | null {
  const match = DATE_TEXT.exec(text);
  return match ? validDate(match[1]!, match[2]!, match[3]!) : null;
}

/** `YYYY-MM-DD HH:MM:SS.mmm` from timestamp text, or null. */
export function timestampFromText(text: string): string | null {
  if (text.length === 23 && text[10] === ' ' && text[19] === '.' && dateFromText(text.slice(0, 10)))
    return text;
  const match = TIMESTAMP_TEXT.exec(text);
  if (!match) return null;
  const date = validDate(match[1]!, match[2]!, match[3]!);
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6])];
  if (!date || hour > 23 || minute > 59 || second > 59) return null;
  const millis = (match[7] ?? '').slice(0, 3).padEnd(3, '0');
  return `${date} ${pad2(match[4]!)}:${match[5]}:${match[6]}.${millis}`;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const MS_PER_DAY = 86_400_000;

/** `YYYY-MM-DD` of a day number (days since 1970-01-01), by Howard Hinnant's civil-from-days. */
function civilDate(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

// Years 0000–9999 only: the text form sorts and compares as time does.
const MIN_MS = -62_167_219_200_000;
const MAX_MS = 253_402_300_799_999;

/** `YYYY-MM-DD HH:MM:SS.mmm` (UTC) from epoch milliseconds, built without a Date (a million a second matter). */
export function timestampFromMillis(ms: number): string | null {
  if (!Number.isFinite(ms) || ms < MIN_MS || ms > MAX_MS) return null;
  const whole = Math.floor(ms);
  const days = Math.floor(whole / MS_PER_DAY);
  let rest = whole - days * MS_PER_DAY;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  const date = civilDate(days);
  const padded = date.length === 10 ? date : date.padStart(10, '0');
  return `${padded} ${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${String(millis).padStart(3, '0')}`;
}

/** `YYYY-MM-DD` from days since 1970-01-01. */
export function dateFromDays(days: number): string | null {
  return timestampFromMillis(days * 86_400_000)?.slice(0, 10) ?? null;
}

function integerFromText(text: string, shape: ColumnShape): number | null {
  if (!INTEGER_TEXT.test(text)) return null;
  const value = Number(text);
  const [min, max] = shape.range!;
  return value < min || value > max ? null : value;
}

// Hive LazySimpleSerDe (LazyPrimitive): a field that does not parse as its type reads as NULL.
// Collections split on the default delimiters: items on \u0002, map keys on \u0003.
/** The SQLite value of one text field (CSV/TSV/LazySimpleSerDe), NULL when it does not parse. */
export function fromText(text: string, shape: ColumnShape): SqlValue {
  switch (shape.kind) {
    case 'text':
      return text;
    case 'integer':
      return integerFromText(text, shape);
    case 'real':
      return REAL_TEXT.test(text) ? Number(text.trim().replace(/[dDfF]$/, '')) : null;
    case 'boolean': {
      const lower = text.toLowerCase();
      return lower === 'true' ? 1 : lower === 'false' ? 0 : null;
    }
    case 'date':
      return dateFromText(text);
    case 'timestamp':
      return timestampFromText(text);
    default:
      return JSON.stringify(nestedFromText(text, shape));
  }
}

function nestedFromText(text: string, shape: ColumnShape): unknown {
  if (text === '') return shape.kind === 'struct' ? null : shape.kind === 'map' ? {} : [];
  const items = text.split('\u0002');
  if (shape.kind === 'array') return items.map((item) => fromText(item, shape.element!));
  if (shape.kind === 'map')
    return Object.fromEntries(
      items.map((item) => {
        const [key = '', value = ''] = item.split('\u0003');
        return [key, fromText(value, shape.element!)];
      }),
    );
  return Object.fromEntries(
    (shape.fields ?? []).map((field, i) => [
      field.name,
      items[i] === undefined ? null : fromText(items[i], field.shape),
    ]),
  );
}

/** JSON text for a nested value: bigints as numbers, Dates as timestamps, bytes as base64-less length. */
function plainJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'bigint'
      ? Number(v)
      : v instanceof Date
        ? timestampFromMillis(v.getTime())
        : v instanceof Uint8Array
          ? Array.from(v)
          : v,
  );
}

function integerFromValue(value: unknown, shape: ColumnShape): SqlValue {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  const text = typeof value === 'string' ? value.trim() : String(value);
  const parsed = integerFromText(text, shape);
  if (parsed === null) throw new BadValue(typeof value === 'string' ? value : text);
  return parsed;
}

function realFromValue(value: unknown): SqlValue {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  const text = String(value);
  if (typeof value === 'string' && REAL_TEXT.test(text)) return Number(text.trim());
  throw new BadValue(text);
}

function timeFromValue(value: unknown, shape: ColumnShape): SqlValue {
  const asDate = shape.kind === 'date';
  if (value instanceof Date) {
    const text = timestampFromMillis(value.getTime());
    return asDate ? (text?.slice(0, 10) ?? null) : text;
  }
  if (typeof value === 'number' || typeof value === 'bigint')
    return asDate ? dateFromDays(Number(value)) : timestampFromMillis(Number(value));
  const text = String(value);
  const parsed = asDate ? dateFromText(text) : timestampFromText(text);
  if (parsed === null) throw new BadValue(text);
  return parsed;
}

/** The SQLite value of a decoded JSON or Parquet value; throws BadValue when the type cannot hold it. */
export function fromValue(value: unknown, shape: ColumnShape): SqlValue {
  if (value === null || value === undefined) return null;
  switch (shape.kind) {
    case 'text':
      if (typeof value === 'string') return value;
      return typeof value === 'object' ? plainJson(value) : String(value);
    case 'integer':
      return integerFromValue(value, shape);
    case 'real':
      return realFromValue(value);
    case 'boolean':
      if (typeof value === 'boolean') return value ? 1 : 0;
      if (value === 'true' || value === 'false') return value === 'true' ? 1 : 0;
      throw new BadValue(String(value));
    case 'date':
    case 'timestamp':
      return timeFromValue(value, shape);
    default:
      return plainJson(value);
  }
}
