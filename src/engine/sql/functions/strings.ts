import type { ScalarDef, SqlArg } from './register';
import { invalidArgument } from './time';

const str = (v: SqlArg): string => String(v);
const chars = (s: string): string[] => Array.from(s);
const WS =
  /^[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

function trimChars(s: string, set: string, side: 'BOTH' | 'LEADING' | 'TRAILING'): string {
  const cs = chars(s);
  const drop = new Set(chars(set));
  let a = 0;
  let b = cs.length;
  if (side !== 'TRAILING') while (a < b && drop.has(cs[a]!)) a += 1;
  if (side !== 'LEADING') while (b > a && drop.has(cs[b - 1]!)) b -= 1;
  return cs.slice(a, b).join('');
}

/** substr(s, start[, length]): 1-based; a negative start counts from the end; 0 gives ''. */
function substr(s: SqlArg, start: SqlArg, length?: SqlArg): string {
  const cs = chars(str(s));
  let from = Number(start);
  if (from === 0 || Math.abs(from) > cs.length) return '';
  if (from < 0) from = cs.length + from + 1;
  const n = length === undefined ? cs.length : Number(length);
  if (n < 0) throw invalidArgument('Length must be greater than or equal to 0');
  return cs.slice(from - 1, from - 1 + n).join('');
}

function pad(s: SqlArg, size: SqlArg, fill: SqlArg, left: boolean): string {
  const cs = chars(str(s));
  const n = Number(size);
  if (n < 0) throw invalidArgument('Target length must be in the range [0..2147483647]');
  if (str(fill) === '') throw invalidArgument('Padding string must not be empty');
  if (cs.length >= n) return cs.slice(0, n).join('');
  const f = chars(str(fill));
  const padding = Array.from({ length: n - cs.length }, (_, i) => f[i % f.length]).join('');
  return left ? padding + cs.join('') : cs.join('') + padding;
}

function strpos(s: SqlArg, sub: SqlArg, instance: SqlArg = 1): number {
  const n = Number(instance);
  if (n === 0) throw invalidArgument("'instance' must be a positive or negative number.");
  const cs = chars(str(s));
  const text = cs.join('');
  const needle = str(sub);
  const hits: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
    hits.push(chars(text.slice(0, i)).length + 1);
  const hit = n > 0 ? hits[n - 1] : hits[hits.length + n];
  return hit ?? 0;
}

function split(s: SqlArg, delim: SqlArg, limit?: SqlArg): string {
  const d = str(delim);
  if (d === '') throw invalidArgument('The delimiter may not be the empty string');
  const parts = str(s).split(d);
  if (limit !== undefined) {
    const n = Number(limit);
    if (n <= 0) throw invalidArgument('Limit must be positive');
    if (parts.length > n) parts.splice(n - 1, parts.length, parts.slice(n - 1).join(d));
  }
  return JSON.stringify(parts);
}

function levenshtein(a: string, b: string): number {
  const x = chars(a);
  const y = chars(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= y.length; j += 1)
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[y.length]!;
}

const URL_RE = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/?#]*@)?([^:/?#]*)(?::\d+)?([^?#]*)(?:\?([^#]*))?/i;

function urlParameter(url: string, name: string): string | null {
  const query = URL_RE.exec(url)?.[4];
  if (query === undefined) return null;
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if ((eq < 0 ? pair : pair.slice(0, eq)) === name)
      return eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
  }
  return null;
}

export const STRING_FUNCTIONS: Record<string, ScalarDef> = {
  lower: { arity: 1, fn: (s) => str(s).toLowerCase() },
  upper: { arity: 1, fn: (s) => str(s).toUpperCase() },
  trim: {
    arity: -1,
    fn: (s, set, side) =>
      set === undefined
        ? str(s).replace(WS, '')
        : trimChars(str(s), str(set), (side ?? 'BOTH') as 'BOTH'),
  },
  ltrim: {
    arity: -1,
    fn: (s, set) =>
      set === undefined ? str(s).replace(/^\s+/, '') : trimChars(str(s), str(set), 'LEADING'),
  },
  rtrim: {
    arity: -1,
    fn: (s, set) =>
      set === undefined ? str(s).replace(/\s+$/, '') : trimChars(str(s), str(set), 'TRAILING'),
  },
  lpad: { arity: 3, fn: (s, n, f) => pad(s, n, f, true) },
  rpad: { arity: 3, fn: (s, n, f) => pad(s, n, f, false) },
  reverse: {
    arity: 1,
    fn: (s) =>
      str(s).startsWith('[')
        ? JSON.stringify((JSON.parse(str(s)) as unknown[]).reverse())
        : chars(str(s)).reverse().join(''),
  },
  replace: {
    arity: -1,
    fn: (s, from, to) =>
      str(s)
        .split(str(from))
        .join(to === undefined ? '' : str(to)),
  },
  substr: { arity: -1, fn: substr },
  concat_varchar: { arity: -1, fn: (...args) => args.map(str).join('') },
  concat_ws: {
    arity: -1,
    strict: false,
    fn: (sep, ...args) =>
      sep === null
        ? null
        : args
            .filter((a) => a !== null)
            .map(str)
            .join(str(sep)),
  },
  split: { arity: -1, fn: split },
  split_part: {
    arity: 3,
    fn: (s, d, i) => {
      const idx = Number(i);
      if (idx < 1) throw invalidArgument('Index must be greater than zero');
      return str(s).split(str(d))[idx - 1] ?? null;
    },
  },
  strpos: { arity: -1, fn: strpos },
  starts_with: { arity: 2, fn: (s, p) => str(s).startsWith(str(p)) },
  chr: { arity: 1, fn: (n) => String.fromCodePoint(Number(n)) },
  codepoint: {
    arity: 1,
    fn: (s) => {
      const c = chars(str(s));
      if (c.length !== 1) throw invalidArgument('Input string must be a single character string');
      return c[0]!.codePointAt(0)!;
    },
  },
  levenshtein_distance: { arity: 2, fn: (a, b) => levenshtein(str(a), str(b)) },
  url_extract_host: { arity: 1, fn: (u) => URL_RE.exec(str(u))?.[2] ?? null },
  url_extract_path: { arity: 1, fn: (u) => URL_RE.exec(str(u))?.[3] ?? null },
  url_extract_query: { arity: 1, fn: (u) => URL_RE.exec(str(u))?.[4] ?? null },
  url_extract_parameter: { arity: 2, fn: (u, n) => urlParameter(str(u), str(n)) },
};
