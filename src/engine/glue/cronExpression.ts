import { invalidInput } from '../core/errors';

/**
 * AWS cron expressions as Glue schedules use them: `cron(Minutes Hours Day-of-month Month
 * Day-of-week Year)`, six fields, UTC; Day-of-month and Day-of-week cannot both be given, one of
 * them must be `?` (trigger-job.html, "Time-based schedules for jobs and crawlers").
 */
export interface CronSchedule {
  minutes: Set<number>;
  hours: Set<number>;
  daysOfMonth: DayOfMonthRule | '?';
  months: Set<number>;
  daysOfWeek: DayOfWeekRule | '?';
  years: Set<number> | '*';
}

type DayOfMonthRule = { days: Set<number>; last: boolean; nearestWeekday?: number };
type DayOfWeekRule = { days: Set<number>; lastOf?: number; nth?: { day: number; n: number } };

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const FIELD_NAMES = ['Minutes', 'Hours', 'Day-of-month', 'Month', 'Day-of-week', 'Year'];

const bad = (field: string, value: string, rule: string) =>
  invalidInput(`Invalid schedule expression: ${field} field "${value}" ${rule}.`);

function parseNumber(
  text: string,
  field: string,
  min: number,
  max: number,
  names?: string[],
): number {
  const named = names?.indexOf(text.toUpperCase()) ?? -1;
  const value = named >= 0 ? named + min : /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value) || value < min || value > max)
    throw bad(
      field,
      text,
      `must be between ${min} and ${max}${names ? ` or a name like ${names[0]}` : ''}`,
    );
  return value;
}

/** A list of values, ranges and increments: `5`, `1-5`, `*`, `0/15`, `MON-FRI`, `1,15`. */
function parseSet(
  text: string,
  field: string,
  min: number,
  max: number,
  names?: string[],
): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : parseNumber(stepText, field, 1, max);
    let from = min;
    let to = max;
    if (range !== '*') {
      const [a = '', b] = range.split('-');
      from = parseNumber(a, field, min, max, names);
      to =
        b === undefined
          ? stepText === undefined
            ? from
            : max
          : parseNumber(b, field, min, max, names);
      if (to < from) throw bad(field, part, 'has a range that ends before it starts');
    }
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

function parseDayOfMonth(text: string): DayOfMonthRule | '?' {
  if (text === '?') return '?';
  if (text === 'L') return { days: new Set(), last: true };
  const weekday = /^(\d+)W$/.exec(text);
  if (weekday)
    return {
      days: new Set(),
      last: false,
      nearestWeekday: parseNumber(weekday[1]!, 'Day-of-month', 1, 31),
    };
  return { days: parseSet(text, 'Day-of-month', 1, 31), last: false };
}

function parseDayOfWeek(text: string): DayOfWeekRule | '?' {
  if (text === '?') return '?';
  const last = /^(\w+)L$/.exec(text);
  if (last) return { days: new Set(), lastOf: parseNumber(last[1]!, 'Day-of-week', 1, 7, DAYS) };
  const nth = /^(\w+)#([1-5])$/.exec(text);
  if (nth)
    return {
      days: new Set(),
      nth: { day: parseNumber(nth[1]!, 'Day-of-week', 1, 7, DAYS), n: Number(nth[2]) },
    };
  return { days: parseSet(text, 'Day-of-week', 1, 7, DAYS) };
}

/** Parses and validates `cron(…)`; InvalidInputException names the problem. */
export function parseCron(expression: string): CronSchedule {
  const match = /^cron\((.*)\)$/.exec(expression.trim());
  if (!match)
    throw invalidInput(
      `Invalid schedule expression "${expression}": write cron(Minutes Hours Day-of-month Month Day-of-week Year), e.g. cron(0 12 * * ? *).`,
    );
  const fields = match[1]!.trim().split(/\s+/);
  if (fields.length !== 6)
    throw invalidInput(
      `Invalid schedule expression "${expression}": it has ${fields.length} fields; AWS cron needs 6 (${FIELD_NAMES.join(' ')}).`,
    );
  const [minutes, hours, dom, month, dow, year] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if ((dom === '?') === (dow === '?'))
    throw invalidInput(
      `Invalid schedule expression "${expression}": exactly one of Day-of-month ("${dom}") and Day-of-week ("${dow}") must be "?".`,
    );
  for (const [i, value] of [minutes, hours, month, year].entries())
    if (value === '?')
      throw bad(
        FIELD_NAMES[[0, 1, 3, 5][i]!]!,
        value,
        'cannot be "?" (only Day-of-month or Day-of-week can)',
      );
  return {
    minutes: parseSet(minutes, 'Minutes', 0, 59),
    hours: parseSet(hours, 'Hours', 0, 23),
    daysOfMonth: parseDayOfMonth(dom),
    months: parseSet(month, 'Month', 1, 12, MONTHS),
    daysOfWeek: parseDayOfWeek(dow),
    years: year === '*' ? '*' : parseSet(year, 'Year', 1970, 2199),
  };
}

const DAY_MS = 86_400_000;

function dayMatches(schedule: CronSchedule, date: Date): boolean {
  const day = date.getUTCDate();
  const daysInMonth = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0),
  ).getUTCDate();
  const weekday = date.getUTCDay() + 1; // AWS cron: 1 = Sunday.
  const dom = schedule.daysOfMonth;
  if (dom !== '?') {
    if (dom.last) return day === daysInMonth;
    if (dom.nearestWeekday !== undefined) {
      const target = new Date(
        Date.UTC(
          date.getUTCFullYear(),
          date.getUTCMonth(),
          Math.min(dom.nearestWeekday, daysInMonth),
        ),
      );
      const wd = target.getUTCDay();
      const shift =
        wd === 6
          ? target.getUTCDate() === 1
            ? 2
            : -1
          : wd === 0
            ? target.getUTCDate() === daysInMonth
              ? -2
              : 1
            : 0;
      return day === target.getUTCDate() + shift;
    }
    return dom.days.has(day);
  }
  const dow = schedule.daysOfWeek as DayOfWeekRule;
  if (dow.lastOf !== undefined) return weekday === dow.lastOf && day + 7 > daysInMonth;
  if (dow.nth) return weekday === dow.nth.day && Math.ceil(day / 7) === dow.nth.n;
  return dow.days.has(weekday);
}

/** The first time strictly after `afterMs` (UTC, whole minutes) the schedule fires; undefined if never. */
export function nextCronTime(schedule: CronSchedule, afterMs: number): number | undefined {
  const start = Math.floor(afterMs / 60_000) * 60_000 + 60_000;
  let day = Math.floor(start / DAY_MS) * DAY_MS;
  for (let i = 0; i < 366 * 30; i++, day += DAY_MS) {
    const date = new Date(day);
    if (schedule.years !== '*' && !schedule.years.has(date.getUTCFullYear())) continue;
    if (!schedule.months.has(date.getUTCMonth() + 1) || !dayMatches(schedule, date)) continue;
    for (const hour of [...schedule.hours].sort((a, b) => a - b))
      for (const minute of [...schedule.minutes].sort((a, b) => a - b)) {
        const at = day + hour * 3_600_000 + minute * 60_000;
        if (at >= start) return at;
      }
  }
  return undefined;
}
