import {
  dayOfYear,
  formatDate,
  fromParts,
  invalidArgument,
  isoDayOfWeek,
  isoWeek,
  partsOf,
  type Parts,
} from './time';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];
const p = (n: number, w = 2): string => String(n).padStart(w, '0');
const hour12 = (h: number): number => (h % 12 === 0 ? 12 : h % 12);
const suffix = (d: number): string =>
  d % 100 >= 11 && d % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][d % 10] ?? 'th');

/** date_format: MySQL specifiers (https://trino.io/docs/current/functions/datetime.html#mysql-date-functions). */
export function mysqlFormat(ms: number, format: string): string {
  const t = partsOf(ms);
  const spec: Record<string, () => string> = {
    a: () => WEEKDAYS[isoDayOfWeek(ms) - 1]!.slice(0, 3),
    b: () => MONTHS[t.month - 1]!.slice(0, 3),
    c: () => String(t.month),
    D: () => `${t.day}${suffix(t.day)}`,
    d: () => p(t.day),
    e: () => String(t.day),
    f: () => p(t.ms * 1000, 6),
    H: () => p(t.hour),
    h: () => p(hour12(t.hour)),
    I: () => p(hour12(t.hour)),
    i: () => p(t.minute),
    j: () => p(dayOfYear(ms), 3),
    k: () => String(t.hour),
    l: () => String(hour12(t.hour)),
    M: () => MONTHS[t.month - 1]!,
    m: () => p(t.month),
    p: () => (t.hour < 12 ? 'AM' : 'PM'),
    r: () => `${p(hour12(t.hour))}:${p(t.minute)}:${p(t.second)} ${t.hour < 12 ? 'AM' : 'PM'}`,
    S: () => p(t.second),
    s: () => p(t.second),
    T: () => `${p(t.hour)}:${p(t.minute)}:${p(t.second)}`,
    v: () => p(isoWeek(ms).week),
    W: () => WEEKDAYS[isoDayOfWeek(ms) - 1]!,
    x: () => String(isoWeek(ms).year),
    Y: () => p(t.year, 4),
    y: () => p(t.year % 100),
    '%': () => '%',
  };
  let out = '';
  for (let i = 0; i < format.length; i += 1) {
    const c = format[i]!;
    if (c !== '%' || i === format.length - 1) {
      out += c;
      continue;
    }
    const s = format[++i]!;
    const fn = spec[s];
    if (!fn) {
      if ('UuVwX'.includes(s)) throw invalidArgument(`%${s} not supported in date format string`);
      out += s;
    } else out += fn();
  }
  return out;
}

const nameIndex = (names: string[], text: string, abbreviated: boolean): number =>
  names.findIndex((n) => (abbreviated ? n.slice(0, 3) : n).toLowerCase() === text.toLowerCase());

/** date_parse: the inverse of date_format for the specifiers that carry a value. */
export function mysqlParse(input: string, format: string): number {
  const t: Parts = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0 };
  let pm: boolean | undefined;
  let pos = 0;
  const fail = (): never => {
    throw invalidArgument(`Invalid format: "${input}" is malformed at "${input.slice(pos)}"`);
  };
  const num = (max: number): number => {
    const m = new RegExp(`^\\d{1,${max}}`).exec(input.slice(pos));
    if (!m) fail();
    pos += m![0].length;
    return Number(m![0]);
  };
  const word = (): string => {
    const m = /^[A-Za-z]+/.exec(input.slice(pos));
    if (!m) fail();
    pos += m![0].length;
    return m![0];
  };
  for (let i = 0; i < format.length; i += 1) {
    const c = format[i]!;
    if (c !== '%') {
      if (input[pos] !== c) fail();
      pos += 1;
      continue;
    }
    const s = format[++i];
    switch (s) {
      case 'Y':
        t.year = num(4);
        break;
      case 'y':
        t.year = 2000 + num(2);
        if (t.year > 2069) t.year -= 100;
        break;
      case 'm':
      case 'c':
        t.month = num(2);
        break;
      case 'd':
      case 'e':
        t.day = num(2);
        break;
      case 'H':
      case 'k':
        t.hour = num(2);
        break;
      case 'h':
      case 'I':
      case 'l':
        t.hour = num(2) % 12;
        break;
      case 'i':
        t.minute = num(2);
        break;
      case 's':
      case 'S':
        t.second = num(2);
        break;
      case 'f': {
        const start = pos;
        num(9);
        t.ms = Math.floor(Number(`0.${input.slice(start, pos)}`) * 1000);
        break;
      }
      case 'p':
        pm = word().toUpperCase() === 'PM';
        break;
      case 'M':
      case 'b': {
        const idx = nameIndex(MONTHS, word(), s === 'b');
        if (idx < 0) fail();
        t.month = idx + 1;
        break;
      }
      case 'a':
      case 'W':
        word();
        break;
      case 'j': {
        const doy = num(3);
        const d = partsOf(Date.UTC(t.year, 0, doy));
        t.month = d.month;
        t.day = d.day;
        break;
      }
      case 'T':
        t.hour = num(2);
        pos += 1;
        t.minute = num(2);
        pos += 1;
        t.second = num(2);
        break;
      case '%':
        if (input[pos] !== '%') fail();
        pos += 1;
        break;
      default:
        throw invalidArgument(`%${s ?? ''} not supported in date format string`);
    }
  }
  if (pos !== input.length) fail();
  if (pm !== undefined && pm) t.hour += 12;
  const ms = fromParts(t);
  if (
    formatDate(ms) !== `${p(t.year, 4)}-${p(t.month)}-${p(t.day)}` ||
    t.hour > 23 ||
    t.minute > 59 ||
    t.second > 59
  )
    fail();
  return ms;
}
