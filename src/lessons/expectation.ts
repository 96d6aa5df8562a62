import type { Expectation } from './schema';

/**
 * Reads `Buckets[].Name` (each bucket's Name), `Rules[0].ID` or `KeyCount` from a result.
 * `[]` flattens an array; a missing member gives undefined.
 */
export function readPath(value: unknown, path: string): unknown {
  if (path === '') return value;
  let current: unknown[] = [value];
  let isList = false;
  for (const segment of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d*\])*)$/.exec(segment);
    if (!match) return undefined;
    const [, name = '', brackets = ''] = match;
    if (name)
      current = current.map((v) =>
        v && typeof v === 'object' ? (v as Record<string, unknown>)[name] : undefined,
      );
    for (const bracket of brackets.match(/\[\d*\]/g) ?? []) {
      if (bracket === '[]') {
        isList = true;
        current = current.flatMap((v) => (Array.isArray(v) ? v : []));
      } else {
        const index = Number(bracket.slice(1, -1));
        current = current.map((v) => (Array.isArray(v) ? v[index] : undefined));
      }
    }
  }
  return isList ? current : current[0];
}

const isEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function contains(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'string' && typeof expected === 'string') return actual.includes(expected);
  return Array.isArray(actual) && actual.some((item) => isEqual(item, expected));
}

// Athena (Trino): keywords and function names are case-insensitive, and table, database and column
// names are lower-cased (https://docs.aws.amazon.com/athena/latest/ug/tables-databases-columns-names.html);
// only 'string literals' keep their case.
const SQL_LITERAL = /('(?:[^']|'')*'?)/;
const SQL_PUNCTUATION = /\s*([(),;=<>+*/|.-])\s*/g;

/**
 * SQL text as a check compares it: outside 'string literals', lower case, runs of spaces and line
 * breaks as one space, and no space beside punctuation (`count( * )` reads as `count(*)`).
 */
export function normalizeSql(sql: string): string {
  return sql
    .split(SQL_LITERAL)
    .map((part, i) =>
      i % 2 === 1 ? part : part.toLowerCase().replace(/\s+/g, ' ').replace(SQL_PUNCTUATION, '$1'),
    )
    .join('');
}

/** Whether SQL text contains a fragment, as Athena reads both (see normalizeSql). */
export function containsSql(actual: unknown, fragment: string): boolean {
  return typeof actual === 'string' && normalizeSql(actual).includes(normalizeSql(fragment));
}

function lengthOf(actual: unknown): number | undefined {
  if (Array.isArray(actual) || typeof actual === 'string') return actual.length;
  return undefined;
}

function meetsLength(actual: unknown, rule: NonNullable<Expectation['length']>): boolean {
  // S3 omits an empty Contents list, so a missing list counts as length 0.
  const length = actual === undefined ? 0 : lengthOf(actual);
  if (length === undefined) return false;
  return (
    (rule.atLeast === undefined || length >= rule.atLeast) &&
    (rule.atMost === undefined || length <= rule.atMost) &&
    (rule.equals === undefined || length === rule.equals)
  );
}

function atLeast(actual: unknown, bound: number | string): boolean {
  if (typeof bound === 'number') return typeof actual === 'number' && actual >= bound;
  return typeof actual === 'string' && actual >= bound;
}

function atMost(actual: unknown, bound: number | string): boolean {
  if (typeof bound === 'number') return typeof actual === 'number' && actual <= bound;
  return typeof actual === 'string' && actual <= bound;
}

/** The outcome of one read: its output, or the AWS error code it failed with. */
export type ReadOutcome = { output: unknown } | { errorCode: string };

/** Whether a read's outcome meets an expectation (a successful read never meets `errorCode`). */
export function meets(outcome: ReadOutcome, e: Expectation): boolean {
  if (e.all) return e.all.every((x) => meets(outcome, x));
  if (e.any) return e.any.some((x) => meets(outcome, x));
  if (e.errorCode !== undefined) return 'errorCode' in outcome && outcome.errorCode === e.errorCode;
  if (!('output' in outcome)) return false;
  const actual = readPath(outcome.output, e.path ?? '');
  if (e.equals !== undefined) return isEqual(actual, e.equals);
  if (e.contains !== undefined) return contains(actual, e.contains);
  if (e.containsSql !== undefined) return containsSql(actual, e.containsSql);
  if (e.length !== undefined) return meetsLength(actual, e.length);
  if (e.exists !== undefined) return (actual !== undefined) === e.exists;
  if (e.atLeast !== undefined) return atLeast(actual, e.atLeast);
  if (e.atMost !== undefined) return atMost(actual, e.atMost);
  if (e.some !== undefined) {
    const some = e.some;
    return Array.isArray(actual) && actual.some((item) => meets({ output: item }, some));
  }
  return false;
}

/** Whether the expectation (or any part of it) expects the read to fail. */
export function expectsError(e: Expectation): boolean {
  return (
    e.errorCode !== undefined ||
    (e.all ?? []).some(expectsError) ||
    (e.any ?? []).some(expectsError)
  );
}
