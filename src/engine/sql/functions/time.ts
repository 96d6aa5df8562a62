/** Date/time values as the runtime stores them: DATE 'YYYY-MM-DD', TIMESTAMP 'YYYY-MM-DD HH:MM:SS.mmm' (UTC). */
export const DAY_MS = 86_400_000;

export class TrinoError extends Error {
  constructor(errorType: string, message: string) {
    super(`${errorType}: ${message}`);
  }
}

export const invalidArgument = (message: string): TrinoError =>
  new TrinoError('INVALID_FUNCTION_ARGUMENT', message);

const TS_RE =
  /^(-?\d{4,})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?)?\s*(?:UTC|Z)?$/;

/** Epoch ms of a date/timestamp value (text, or epoch ms as the runtime's lakelab_now may give). */
export function toMillis(v: unknown): number {
  if (typeof v === 'number') return v;
  const m = TS_RE.exec(String(v).trim());
  if (!m) throw invalidArgument(`Value cannot be cast to timestamp: ${String(v)}`);
  const ms = Date.UTC(
    Number(m[1]),
    Number(m[2]) - 1,
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3)),
  );
  return ms;
}

export const isDateValue = (v: unknown): boolean =>
  typeof v === 'string' && /^-?\d{4,}-\d{2}-\d{2}$/.test(v.trim());

const p2 = (n: number): string => String(n).padStart(2, '0');

export function formatDate(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
}

export function formatTimestamp(ms: number): string {
  const d = new Date(ms);
  return `${formatDate(ms)} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, '0')}`;
}

/** Keeps the value's kind: a date stays a date. */
export const sameKind = (original: unknown, ms: number): string =>
  isDateValue(original) ? formatDate(ms) : formatTimestamp(ms);

export interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

export function partsOf(ms: number): Parts {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}

export const fromParts = (p: Parts): number =>
  Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms);

/** ISO day of week: Monday = 1 … Sunday = 7. */
export const isoDayOfWeek = (ms: number): number => ((new Date(ms).getUTCDay() + 6) % 7) + 1;

export function dayOfYear(ms: number): number {
  const p = partsOf(ms);
  return Math.floor((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / DAY_MS) + 1;
}

/** ISO-8601 week number and week-based year. */
export function isoWeek(ms: number): { week: number; year: number } {
  const p = partsOf(ms);
  const day = Date.UTC(p.year, p.month - 1, p.day);
  const thursday = day + (4 - isoDayOfWeek(day)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  return { week: Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1, year };
}

const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Adds months the way Joda does: the day of month is clamped to the target month's length. */
export function addMonths(ms: number, months: number): number {
  const p = partsOf(ms);
  const total = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (((total % 12) + 12) % 12) + 1;
  return fromParts({ ...p, year, month, day: Math.min(p.day, daysInMonth(year, month)) });
}

export const UNIT_MS: Record<string, number> = {
  millisecond: 1,
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: DAY_MS,
  week: 7 * DAY_MS,
};
export const MONTH_UNITS: Record<string, number> = { month: 1, quarter: 3, year: 12 };

export function unitOf(unit: unknown): string {
  const u = String(unit).toLowerCase().trim();
  if (u in UNIT_MS || u in MONTH_UNITS) return u;
  throw invalidArgument(`'${String(unit)}' is not a valid Timestamp field`);
}

/** Whole months from a to b, counted as Joda's monthsBetween does (a partial month does not count). */
export function monthsBetween(a: number, b: number): number {
  const pa = partsOf(a);
  const pb = partsOf(b);
  let months = (pb.year - pa.year) * 12 + (pb.month - pa.month);
  if (months > 0 && addMonths(a, months) > b) months -= 1;
  if (months < 0 && addMonths(a, months) < b) months += 1;
  return months;
}
