import { sqlError, type SqlPos } from './errors';
import { typeFamily, UNKNOWN, type SqlType } from './types';

/**
 * Argument kinds of the functions students most often call with the wrong type (Trino answers
 * `Unexpected parameters (varchar) for function year`): T date/timestamp, S varchar, N number,
 * `.` anything. Only a known, clearly different type is refused.
 */
const SIGNATURES: Record<string, string> = {
  date_format: 'TS',
  format_datetime: 'TS',
  date_trunc: 'ST',
  date_add: 'SNT',
  date_diff: 'STT',
  year: 'T',
  quarter: 'T',
  month: 'T',
  week: 'T',
  week_of_year: 'T',
  day: 'T',
  day_of_month: 'T',
  day_of_week: 'T',
  dow: 'T',
  day_of_year: 'T',
  doy: 'T',
  hour: 'T',
  minute: 'T',
  second: 'T',
  millisecond: 'T',
  to_unixtime: 'T',
  to_iso8601: 'T',
  last_day_of_month: 'T',
  date_parse: 'SS',
  parse_datetime: 'SS',
  from_iso8601_timestamp: 'S',
  from_iso8601_date: 'S',
  from_unixtime: 'N',
  lower: 'S',
  upper: 'S',
  length: 'S',
  substr: 'SNN',
  substring: 'SNN',
  trim: 'S',
  ltrim: 'S',
  rtrim: 'S',
  lpad: 'SNS',
  rpad: 'SNS',
  split: 'SSN',
  split_part: 'SSN',
  strpos: 'SSN',
  replace: 'SSS',
  starts_with: 'SS',
  regexp_like: 'SS',
  regexp_extract: 'SSN',
  regexp_extract_all: 'SSN',
  regexp_replace: 'SSS',
  regexp_split: 'SS',
  regexp_count: 'SS',
  round: 'NN',
  ceil: 'N',
  ceiling: 'N',
  floor: 'N',
  abs: 'N',
  sqrt: 'N',
  power: 'NN',
  pow: 'NN',
  ln: 'N',
  log10: 'N',
  log2: 'N',
  exp: 'N',
  mod: 'NN',
};

const WANTED: Record<string, { family: string; shown: string }> = {
  T: { family: 'temporal', shown: 'timestamp(p)' },
  S: { family: 'string', shown: 'varchar(x)' },
  N: { family: 'number', shown: 'double' },
};

export function checkSignature(name: string, argTypes: SqlType[], pos: SqlPos): void {
  const sig = SIGNATURES[name];
  if (!sig) return;
  const wrong = argTypes.some((t, i) => {
    const want = WANTED[sig[i] ?? '.'];
    if (!want || t === UNKNOWN) return false;
    const family = typeFamily(t);
    return family !== 'other' && family !== want.family;
  });
  if (!wrong) return;
  const expected = [...sig.slice(0, Math.max(argTypes.length, 1))]
    .map((c) => WANTED[c]?.shown ?? 'T')
    .join(', ');
  throw sqlError(
    'FUNCTION_NOT_FOUND',
    pos,
    `Unexpected parameters (${argTypes.join(', ')}) for function ${name}. Expected: ${name}(${expected})`,
  );
}
