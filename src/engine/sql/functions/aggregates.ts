import type { AggregateDef, SqlArg } from './register';

interface Moments {
  n: number;
  mean: number;
  m2: number;
}

/** Welford's running variance. */
const moments = (finish: (m: Moments) => number | null): AggregateDef<Moments> => ({
  arity: 1,
  init: () => ({ n: 0, mean: 0, m2: 0 }),
  step: (s, x) => {
    if (x === null) return s;
    const v = Number(x);
    const n = s.n + 1;
    const delta = v - s.mean;
    const mean = s.mean + delta / n;
    return { n, mean, m2: s.m2 + delta * (v - mean) };
  },
  finalize: finish,
});

const by = (
  better: (a: number | string, b: number | string) => boolean,
): AggregateDef<{ x: SqlArg; y: SqlArg } | null> => ({
  arity: 2,
  init: () => null,
  step: (s, x, y) => (y === null || (s && !better(y as number, s.y as number)) ? s : { x, y }),
  finalize: (s) => (s ? s.x : null),
});

/** JSON text elements (arrays, rows, booleans spelled true/false) are kept as JSON, not as strings. */
const asJson = (v: SqlArg): unknown => (v === null ? null : JSON.parse(String(v)));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each aggregate has its own state type
export const AGGREGATES: Record<string, AggregateDef<any>> = {
  arbitrary: {
    arity: 1,
    init: () => null,
    step: (s: SqlArg, x: SqlArg) => (s === null ? x : s),
    finalize: (s: SqlArg) => s,
  },
  max_by: by((a, b) => a > b),
  min_by: by((a, b) => a < b),
  stddev_samp: moments((m) => (m.n < 2 ? null : Math.sqrt(m.m2 / (m.n - 1)))),
  stddev_pop: moments((m) => (m.n < 1 ? null : Math.sqrt(m.m2 / m.n))),
  var_samp: moments((m) => (m.n < 2 ? null : m.m2 / (m.n - 1))),
  var_pop: moments((m) => (m.n < 1 ? null : m.m2 / m.n)),
  // Exact nearest-rank percentile; Trino's is an approximation (t-digest) of the same value.
  // approx_percentile(x, p) or (x, ARRAY[p1, p2, …]) for several percentiles at once.
  approx_percentile: {
    arity: 2,
    init: () => ({ values: [] as number[], p: null as SqlArg }),
    step: (s: { values: number[]; p: SqlArg }, x: SqlArg, p: SqlArg) => {
      if (x !== null) s.values.push(Number(x));
      s.p = p;
      return s;
    },
    finalize: (s: { values: number[]; p: SqlArg }) => {
      if (s.values.length === 0) return null;
      const sorted = [...s.values].sort((a, b) => a - b);
      const at = (p: number): number =>
        sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))]!;
      if (typeof s.p === 'string' && s.p.startsWith('['))
        return JSON.stringify((JSON.parse(s.p) as number[]).map(at));
      return at(Number(s.p));
    },
  },
  // array_agg keeps NULL elements, as Trino's does; an empty group gives NULL.
  array_agg: {
    arity: 1,
    init: () => [] as unknown[],
    step: (s: unknown[], x: SqlArg) => (s.push(x), s),
    finalize: (s: unknown[]) => (s.length ? JSON.stringify(s) : null),
  },
  array_agg_json: {
    arity: 1,
    init: () => [] as unknown[],
    step: (s: unknown[], x: SqlArg) => (s.push(asJson(x)), s),
    finalize: (s: unknown[]) => (s.length ? JSON.stringify(s) : null),
  },
  map_agg: {
    arity: 2,
    init: () => ({}) as Record<string, unknown>,
    step: (s: Record<string, unknown>, k: SqlArg, v: SqlArg) => {
      if (k !== null && !(String(k) in s)) s[String(k)] = v;
      return s;
    },
    finalize: (s: Record<string, unknown>) => (Object.keys(s).length ? JSON.stringify(s) : null),
  },
};
