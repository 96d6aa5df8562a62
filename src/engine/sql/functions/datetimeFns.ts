import type { ScalarDef, SqlArg } from './register';
import { jodaFormat, jodaParse } from './jodaFormat';
import { mysqlFormat, mysqlParse } from './mysqlFormat';
import {
  addMonths,
  dayOfYear,
  formatDate,
  formatTimestamp,
  fromParts,
  invalidArgument,
  isDateValue,
  isoDayOfWeek,
  isoWeek,
  MONTH_UNITS,
  monthsBetween,
  partsOf,
  sameKind,
  toMillis,
  UNIT_MS,
  unitOf,
} from './time';

const ISO_RE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** from_iso8601_timestamp: any ISO 8601 instant, converted to UTC. */
function parseIso(s: string, dateOnly: boolean): number {
  const m = ISO_RE.exec(s.trim());
  if (!m || (dateOnly && (m[4] !== undefined || m[8] !== undefined)))
    throw invalidArgument(`Invalid format: "${s}"`);
  const ms = Date.UTC(
    Number(m[1]),
    Number(m[2] ?? 1) - 1,
    Number(m[3] ?? 1),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000),
  );
  const zone = m[8];
  if (!zone || zone === 'Z') return ms;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return ms - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0)) * 60_000;
}

function truncate(unit: string, v: SqlArg): string {
  const u = unitOf(unit);
  const ms = toMillis(v);
  const p = partsOf(ms);
  let out: number;
  if (u === 'year') out = Date.UTC(p.year, 0, 1);
  else if (u === 'quarter') out = Date.UTC(p.year, Math.floor((p.month - 1) / 3) * 3, 1);
  else if (u === 'month') out = Date.UTC(p.year, p.month - 1, 1);
  else if (u === 'week')
    out = Date.UTC(p.year, p.month - 1, p.day) - (isoDayOfWeek(ms) - 1) * UNIT_MS.day!;
  else out = Math.floor(ms / UNIT_MS[u]!) * UNIT_MS[u]!;
  return sameKind(v, out);
}

/** date_add / `+ INTERVAL`: month-based units clamp the day of month (Jan 31 + 1 month = Feb 28). */
export function dateAdd(unit: SqlArg, amount: SqlArg, v: SqlArg): string {
  const u = unitOf(unit);
  if (isDateValue(v) && !(u in MONTH_UNITS) && u !== 'day' && u !== 'week')
    throw invalidArgument(`'${u}' is not a valid DATE field`);
  const ms = toMillis(v);
  const n = Math.trunc(Number(amount));
  const out = u in MONTH_UNITS ? addMonths(ms, n * MONTH_UNITS[u]!) : ms + n * UNIT_MS[u]!;
  return sameKind(v, out);
}

function dateDiff(unit: SqlArg, a: SqlArg, b: SqlArg): number {
  const u = unitOf(unit);
  const from = toMillis(a);
  const to = toMillis(b);
  if (u in MONTH_UNITS) return Math.trunc(monthsBetween(from, to) / MONTH_UNITS[u]!);
  return Math.trunc((to - from) / UNIT_MS[u]!);
}

function lastDayOfMonth(ms: number): string {
  const p = partsOf(ms);
  return formatDate(
    fromParts({ ...p, month: p.month + 1, day: 0, hour: 0, minute: 0, second: 0, ms: 0 }),
  );
}

const part = (fn: (ms: number) => number): ScalarDef => ({ arity: 1, fn: (v) => fn(toMillis(v)) });

export const DATETIME_FUNCTIONS: Record<string, ScalarDef> = {
  to_timestamp: { arity: 1, fn: (v) => formatTimestamp(toMillis(v)) },
  date: { arity: 1, fn: (v) => formatDate(toMillis(v)) },
  date_parse: { arity: 2, fn: (s, f) => formatTimestamp(mysqlParse(String(s), String(f))) },
  date_format: { arity: 2, fn: (v, f) => mysqlFormat(toMillis(v), String(f)) },
  format_datetime: { arity: 2, fn: (v, f) => jodaFormat(toMillis(v), String(f)) },
  parse_datetime: { arity: 2, fn: (s, f) => formatTimestamp(jodaParse(String(s), String(f))) },
  from_iso8601_timestamp: { arity: 1, fn: (s) => formatTimestamp(parseIso(String(s), false)) },
  from_iso8601_date: { arity: 1, fn: (s) => formatDate(parseIso(String(s), true)) },
  to_iso8601: {
    arity: 1,
    fn: (v) => (isDateValue(v) ? String(v) : formatTimestamp(toMillis(v)).replace(' ', 'T')),
  },
  date_trunc: { arity: 2, fn: (u, v) => truncate(String(u), v) },
  date_add: { arity: 3, fn: dateAdd },
  date_diff: { arity: 3, fn: dateDiff },
  year: part((ms) => partsOf(ms).year),
  quarter: part((ms) => Math.floor((partsOf(ms).month - 1) / 3) + 1),
  month: part((ms) => partsOf(ms).month),
  week: part((ms) => isoWeek(ms).week),
  year_of_week: part((ms) => isoWeek(ms).year),
  day: part((ms) => partsOf(ms).day),
  day_of_week: part(isoDayOfWeek),
  day_of_year: part(dayOfYear),
  hour: part((ms) => partsOf(ms).hour),
  minute: part((ms) => partsOf(ms).minute),
  second: part((ms) => partsOf(ms).second),
  millisecond: part((ms) => partsOf(ms).ms),
  to_unixtime: part((ms) => ms / 1000),
  from_unixtime: { arity: 1, fn: (s) => formatTimestamp(Math.round(Number(s) * 1000)) },
  last_day_of_month: { arity: 1, fn: (v) => lastDayOfMonth(toMillis(v)) },
  current_timezone: { arity: 0, fn: () => 'UTC' },
};
