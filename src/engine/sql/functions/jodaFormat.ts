import { MONTHS, WEEKDAYS } from './mysqlFormat';
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

/** Splits a Joda pattern into runs of one letter and quoted literals. */
function tokens(pattern: string): Array<{ letter?: string; count: number; literal?: string }> {
  const out: Array<{ letter?: string; count: number; literal?: string }> = [];
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      const text = pattern.slice(i + 1, end < 0 ? pattern.length : end);
      out.push({ count: 0, literal: text === '' ? "'" : text });
      i = end < 0 ? pattern.length : end + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j += 1;
      out.push({ letter: c, count: j - i });
      i = j;
    } else {
      out.push({ count: 0, literal: c });
      i += 1;
    }
  }
  return out;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** format_datetime: Joda-Time patterns (https://trino.io/docs/current/functions/datetime.html#java-date-functions). */
export function jodaFormat(ms: number, pattern: string): string {
  const t = partsOf(ms);
  return tokens(pattern)
    .map(({ letter, count, literal }) => {
      if (literal !== undefined) return literal;
      switch (letter) {
        case 'y':
        case 'Y':
        case 'u':
          return count === 2 ? pad(t.year % 100, 2) : pad(t.year, count);
        case 'x':
          return count === 2 ? pad(isoWeek(ms).year % 100, 2) : pad(isoWeek(ms).year, count);
        case 'M':
          return count >= 4
            ? MONTHS[t.month - 1]!
            : count === 3
              ? MONTHS[t.month - 1]!.slice(0, 3)
              : pad(t.month, count);
        case 'd':
          return pad(t.day, count);
        case 'D':
          return pad(dayOfYear(ms), count);
        case 'w':
          return pad(isoWeek(ms).week, count);
        case 'e':
          return pad(isoDayOfWeek(ms), count);
        case 'E':
          return count >= 4
            ? WEEKDAYS[isoDayOfWeek(ms) - 1]!
            : WEEKDAYS[isoDayOfWeek(ms) - 1]!.slice(0, 3);
        case 'H':
          return pad(t.hour, count);
        case 'k':
          return pad(t.hour === 0 ? 24 : t.hour, count);
        case 'h':
          return pad(t.hour % 12 === 0 ? 12 : t.hour % 12, count);
        case 'K':
          return pad(t.hour % 12, count);
        case 'm':
          return pad(t.minute, count);
        case 's':
          return pad(t.second, count);
        case 'S':
          return pad(t.ms, 3).padEnd(count, '0').slice(0, count);
        case 'a':
          return t.hour < 12 ? 'AM' : 'PM';
        case 'G':
          return 'AD';
        case 'C':
          return pad(Math.floor(t.year / 100), count);
        case 'Z':
          return count === 1 ? '+0000' : count === 2 ? '+00:00' : 'UTC';
        case 'z':
          return 'UTC';
        default:
          throw invalidArgument(`Illegal pattern component: ${letter!.repeat(count)}`);
      }
    })
    .join('');
}

/** parse_datetime: the value-carrying Joda fields; the zone is always UTC in LakeLab. */
export function jodaParse(input: string, pattern: string): number {
  const t: Parts = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, ms: 0 };
  let pos = 0;
  let pm: boolean | undefined;
  const fail = (): never => {
    throw invalidArgument(`Invalid format: "${input}" is malformed at "${input.slice(pos)}"`);
  };
  const take = (re: RegExp): string => {
    const m = re.exec(input.slice(pos));
    if (!m) fail();
    pos += m![0].length;
    return m![0];
  };
  const toks = tokens(pattern);
  toks.forEach(({ letter, count, literal }, i) => {
    if (literal !== undefined) {
      if (!input.startsWith(literal, pos)) fail();
      pos += literal.length;
      return;
    }
    const nextIsNumber =
      toks[i + 1]?.letter !== undefined && /[yMdHhmsS]/.test(toks[i + 1]!.letter!);
    const digits = (): number => Number(take(nextIsNumber ? new RegExp(`^\\d{${count}}`) : /^\d+/));
    switch (letter) {
      case 'y':
      case 'Y':
      case 'u':
        t.year = digits();
        if (count === 2) t.year += t.year < 70 ? 2000 : 1900;
        break;
      case 'M': {
        if (count < 3) t.month = digits();
        else {
          const w = take(/^[A-Za-z]+/).toLowerCase();
          const idx = MONTHS.findIndex(
            (m) => m.toLowerCase() === w || m.slice(0, 3).toLowerCase() === w,
          );
          if (idx < 0) fail();
          t.month = idx + 1;
        }
        break;
      }
      case 'd':
        t.day = digits();
        break;
      case 'H':
      case 'k':
        t.hour = digits() % 24;
        break;
      case 'h':
      case 'K':
        t.hour = digits() % 12;
        break;
      case 'm':
        t.minute = digits();
        break;
      case 's':
        t.second = digits();
        break;
      case 'S': {
        const s = take(/^\d+/);
        t.ms = Math.floor(Number(`0.${s}`) * 1000);
        break;
      }
      case 'a':
        pm = take(/^(AM|PM|am|pm)/).toUpperCase() === 'PM';
        break;
      case 'E':
        take(/^[A-Za-z]+/);
        break;
      case 'Z':
      case 'z':
        take(/^(Z|UTC|[+-]\d{2}:?\d{2})/);
        break;
      default:
        throw invalidArgument(`Illegal pattern component: ${letter!.repeat(count)}`);
    }
  });
  if (pos !== input.length) fail();
  if (pm) t.hour += 12;
  const ms = fromParts(t);
  if (formatDate(ms) !== `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}`) fail();
  return ms;
}
