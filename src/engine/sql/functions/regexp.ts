import type { ScalarDef, SqlArg } from './register';
import { invalidArgument } from './time';

const cache = new Map<string, RegExp>();

/** Java patterns (Trino uses Joni/RE2J) in JavaScript: a leading (?i) becomes the i flag. */
export function javaRegex(pattern: SqlArg, global = false): RegExp {
  let source = String(pattern);
  let flags = global ? 'gu' : 'u';
  const inline = /^\(\?([imsx]+)\)/.exec(source);
  if (inline) {
    flags += inline[1]!.replace(/x/g, '');
    source = source.slice(inline[0].length);
  }
  const key = `${flags}/${source}`;
  let re = cache.get(key);
  if (!re) {
    try {
      re = new RegExp(source, flags);
    } catch {
      throw invalidArgument(`Invalid regular expression: ${String(pattern)}`);
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

function group(m: RegExpExecArray, g: SqlArg): string | null {
  const n = Number(g);
  if (n < 0 || n >= m.length)
    throw invalidArgument(`Pattern has ${m.length - 1} groups. Cannot access group ${n}`);
  return m[n] ?? null;
}

/** Java replacement strings use $1 and \\$ like JavaScript's, except `\` escapes. */
const replacement = (r: string): string =>
  r.replace(/\\(.)/g, (_, c: string) => (c === '$' ? '$$' : c));

export const REGEXP_FUNCTIONS: Record<string, ScalarDef> = {
  regexp_like: { arity: 2, fn: (s, p) => javaRegex(p).test(String(s)) },
  regexp_extract: {
    arity: -1,
    fn: (s, p, g = 0) => {
      const m = javaRegex(p).exec(String(s));
      return m ? group(m, g) : null;
    },
  },
  regexp_extract_all: {
    arity: -1,
    fn: (s, p, g = 0) =>
      JSON.stringify([...String(s).matchAll(javaRegex(p, true))].map((m) => group(m, g))),
  },
  regexp_replace: {
    arity: -1,
    fn: (s, p, r = '') => String(s).replace(javaRegex(p, true), replacement(String(r))),
  },
  regexp_split: { arity: 2, fn: (s, p) => JSON.stringify(String(s).split(javaRegex(p, true))) },
  regexp_count: { arity: 2, fn: (s, p) => [...String(s).matchAll(javaRegex(p, true))].length },
  like: {
    arity: -1,
    fn: (s, p, e) => likeRegex(String(p), e === undefined ? undefined : String(e)).test(String(s)),
  },
};

const likeCache = new Map<string, RegExp>();

/** LIKE is case-sensitive in Trino (SQLite's is not): % any run, _ one character. */
export function likeRegex(pattern: string, escape?: string): RegExp {
  const key = `${escape ?? ''}\u0000${pattern}`;
  const hit = likeCache.get(key);
  if (hit) return hit;
  if (escape !== undefined && Array.from(escape).length !== 1)
    throw invalidArgument('Escape string must be a single character');
  let re = '';
  const cs = Array.from(pattern);
  for (let i = 0; i < cs.length; i += 1) {
    const c = cs[i]!;
    if (escape !== undefined && c === escape) {
      const next = cs[++i];
      if (next === undefined || (next !== '%' && next !== '_' && next !== escape))
        throw invalidArgument(
          "Escape character must be followed by '%', '_' or the escape character itself",
        );
      re += next.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    } else if (c === '%') re += '.*';
    else if (c === '_') re += '.';
    else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  const compiled = new RegExp(`^${re}$`, 'su');
  if (likeCache.size > 500) likeCache.clear();
  likeCache.set(key, compiled);
  return compiled;
}
