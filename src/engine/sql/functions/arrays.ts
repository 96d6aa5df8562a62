import type { ScalarDef, SqlArg } from './register';
import { parseJson, toSqlValue } from './json';
import { DAY_MS, formatDate, invalidArgument, isDateValue, toMillis } from './time';

const arr = (v: SqlArg): unknown[] => {
  const parsed = parseJson(v, 'array');
  if (!Array.isArray(parsed)) throw invalidArgument(`Expected an array: ${String(v)}`);
  return parsed;
};
const container = (v: SqlArg): unknown[] | Record<string, unknown> => {
  const parsed = parseJson(v, 'array or map');
  if (parsed === null || typeof parsed !== 'object')
    throw invalidArgument(`Expected an array or map: ${String(v)}`);
  return parsed as unknown[] | Record<string, unknown>;
};

/** Compares a JSON element with a SQL argument (booleans arrive as 1/0, rows as JSON text). */
const key = (v: unknown): string =>
  typeof v === 'boolean'
    ? String(v ? 1 : 0)
    : typeof v === 'object' && v !== null
      ? JSON.stringify(v)
      : `${typeof v}:${String(v)}`;
const argKey = (v: SqlArg): string => {
  if (typeof v === 'string' && /^[[{]/.test(v)) {
    try {
      return JSON.stringify(JSON.parse(v));
    } catch {
      return `string:${v}`;
    }
  }
  return typeof v === 'number' ? `number:${v}` : `string:${String(v)}`;
};
const json = (v: unknown): string => JSON.stringify(v);
const compare = (a: unknown, b: unknown): number =>
  a === b ? 0 : (a as number) < (b as number) ? -1 : 1;

function subscript(c: SqlArg, index: SqlArg, lenient: boolean): unknown {
  const value = container(c);
  if (!Array.isArray(value)) {
    if (!(String(index) in value)) {
      if (lenient) return null;
      throw invalidArgument(`Key not present in map: ${String(index)}`);
    }
    return toSqlValue(value[String(index)]);
  }
  const i = Number(index);
  if (i === 0) throw invalidArgument('SQL array indices start at 1');
  if (lenient) return toSqlValue(i > 0 ? value[i - 1] : value[value.length + i]);
  if (i < 0) throw invalidArgument(`Array subscript is negative: ${i}`);
  if (i > value.length)
    throw invalidArgument(
      `Array subscript must be less than or equal to array length: ${i} > ${value.length}`,
    );
  return toSqlValue(value[i - 1]);
}

/** sequence(start, stop[, step]) for integers, or dates a day apart; at most 10,000 entries as in Trino. */
function sequence(start: SqlArg, stop: SqlArg, step?: SqlArg): string {
  const dates = isDateValue(start);
  const a = dates ? toMillis(start) : Number(start);
  const b = dates ? toMillis(stop) : Number(stop);
  const s =
    step === undefined
      ? (a <= b ? 1 : -1) * (dates ? DAY_MS : 1)
      : Number(step) * (dates ? DAY_MS : 1);
  if (s === 0 || (s > 0 && a > b) || (s < 0 && a < b))
    throw invalidArgument(
      'sequence stop value should be greater than or equal to start value if step is greater than zero otherwise stop should be less than or equal to start',
    );
  if (Math.floor((b - a) / s) + 1 > 10000)
    throw invalidArgument('result of sequence function must not have more than 10000 entries');
  const out: unknown[] = [];
  for (let v = a; s > 0 ? v <= b : v >= b; v += s) out.push(dates ? formatDate(v) : v);
  return json(out);
}

const distinct = (xs: unknown[]): unknown[] => {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
};

export const ARRAY_FUNCTIONS: Record<string, ScalarDef> = {
  subscript: { arity: 2, fn: (c, i) => subscript(c, i, false) },
  element_at: { arity: 2, fn: (c, i) => subscript(c, i, true) },
  cardinality: {
    arity: 1,
    fn: (c) => {
      const v = container(c);
      return Array.isArray(v) ? v.length : Object.keys(v).length;
    },
  },
  contains: {
    arity: 2,
    strict: false,
    fn: (a, x) =>
      a === null || x === null
        ? null
        : arr(a).some(
            (e) => key(e) === argKey(x) || (typeof e === 'boolean' && key(e) === String(x)),
          ),
  },
  array_position: {
    arity: 2,
    fn: (a, x) =>
      arr(a).findIndex(
        (e) => key(e) === argKey(x) || (typeof e === 'boolean' && key(e) === String(x)),
      ) + 1,
  },
  array_remove: {
    arity: 2,
    fn: (a, x) =>
      json(
        arr(a).filter(
          (e) => !(key(e) === argKey(x) || (typeof e === 'boolean' && key(e) === String(x))),
        ),
      ),
  },
  array_join: {
    arity: -1,
    fn: (a, d, n) =>
      arr(a)
        .flatMap((e) =>
          e === null
            ? n === undefined
              ? []
              : [String(n)]
            : [typeof e === 'object' ? json(e) : String(e)],
        )
        .join(String(d)),
  },
  array_distinct: { arity: 1, fn: (a) => json(distinct(arr(a))) },
  array_max: {
    arity: 1,
    fn: (a) => {
      const v = arr(a);
      return v.some((x) => x === null) || v.length === 0
        ? null
        : toSqlValue(v.reduce((m, x) => (compare(x, m) > 0 ? x : m)));
    },
  },
  array_min: {
    arity: 1,
    fn: (a) => {
      const v = arr(a);
      return v.some((x) => x === null) || v.length === 0
        ? null
        : toSqlValue(v.reduce((m, x) => (compare(x, m) < 0 ? x : m)));
    },
  },
  array_sort: {
    arity: 1,
    fn: (a) => json([...arr(a)].sort((x, y) => (x === null ? 1 : y === null ? -1 : compare(x, y)))),
  },
  array_except: {
    arity: 2,
    fn: (a, b) => {
      const drop = new Set(arr(b).map(key));
      return json(distinct(arr(a)).filter((x) => !drop.has(key(x))));
    },
  },
  array_intersect: {
    arity: 2,
    fn: (a, b) => {
      const keep = new Set(arr(b).map(key));
      return json(distinct(arr(a)).filter((x) => keep.has(key(x))));
    },
  },
  array_union: { arity: 2, fn: (a, b) => json(distinct([...arr(a), ...arr(b)])) },
  arrays_overlap: {
    arity: 2,
    fn: (a, b) => {
      const set = new Set(arr(b).map(key));
      return arr(a).some((x) => set.has(key(x)));
    },
  },
  slice: {
    arity: 3,
    fn: (a, s, n) => {
      const v = arr(a);
      const st = Number(s);
      if (st === 0) throw invalidArgument('SQL array indices start at 1');
      const from = st > 0 ? st - 1 : Math.max(0, v.length + st);
      return json(v.slice(from, from + Number(n)));
    },
  },
  flatten: { arity: 1, fn: (a) => json(arr(a).flatMap((x) => (Array.isArray(x) ? x : []))) },
  repeat: { arity: 2, fn: (x, n) => json(Array.from({ length: Number(n) }, () => x)) },
  sequence: { arity: -1, fn: sequence },
  map_keys: { arity: 1, fn: (m) => json(Object.keys(container(m))) },
  map_values: { arity: 1, fn: (m) => json(Object.values(container(m))) },
  map: {
    arity: -1,
    fn: (k, v) => {
      if (k === undefined) return '{}';
      const ks = arr(k);
      const vs = arr(v!);
      if (ks.length !== vs.length)
        throw invalidArgument('Key and value arrays must be the same length');
      return json(Object.fromEntries(ks.map((x, i) => [String(x), vs[i]])));
    },
  },
  zip: {
    arity: -1,
    strict: false,
    fn: (...as) => {
      const lists = as.map((a) => (a === null ? [] : arr(a)));
      const n = Math.max(0, ...lists.map((l) => l.length));
      return json(Array.from({ length: n }, (_, i) => lists.map((l) => l[i] ?? null)));
    },
  },
  concat: {
    arity: -1,
    fn: (...as) =>
      json(
        as.flatMap((a) => {
          if (typeof a === 'string' && a.startsWith('[')) return arr(a);
          return [a];
        }),
      ),
  },
};
