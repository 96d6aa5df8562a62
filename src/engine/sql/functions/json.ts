import type { ScalarDef, SqlArg } from './register';
import { invalidArgument } from './time';

/** A JSON value as SQLite holds it: scalars as themselves, arrays/objects as JSON text. */
export function toSqlValue(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object') return JSON.stringify(v);
  return v;
}

export function parseJson(text: SqlArg, what = 'JSON'): unknown {
  try {
    return JSON.parse(String(text));
  } catch {
    throw invalidArgument(`Cannot convert value to ${what}: '${String(text)}'`);
  }
}

/** Trino's JSONPath subset: `$`, `.key`, `["key"]`, `[index]`. */
export function parsePath(path: string): Array<string | number> {
  const p = path.trim();
  if (!p.startsWith('$')) throw invalidArgument(`Invalid JSON path: '${path}'`);
  const segs: Array<string | number> = [];
  const re =
    /\.(?:"((?:[^"\\]|\\.)*)"|([^.[\]]+))|\[\s*(?:(\d+)|"((?:[^"\\]|\\.)*)"|'([^']*)')\s*\]/gy;
  re.lastIndex = 1;
  while (re.lastIndex < p.length) {
    const start = re.lastIndex;
    const m = re.exec(p);
    if (!m || m.index !== start) throw invalidArgument(`Invalid JSON path: '${path}'`);
    if (m[3] !== undefined) segs.push(Number(m[3]));
    else segs.push(m[1] ?? m[2] ?? m[4] ?? m[5]!);
  }
  return segs;
}

export function walk(value: unknown, path: Array<string | number>): unknown {
  let cur: unknown = value;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur =
      typeof seg === 'number'
        ? Array.isArray(cur)
          ? cur[seg]
          : undefined
        : Array.isArray(cur)
          ? undefined
          : (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** Invalid JSON text makes json_extract return NULL in Trino rather than fail. */
function extract(json: SqlArg, path: SqlArg): unknown {
  let doc: unknown;
  try {
    doc = JSON.parse(String(json));
  } catch {
    return undefined;
  }
  return walk(doc, parsePath(String(path)));
}

export const JSON_FUNCTIONS: Record<string, ScalarDef> = {
  json_extract: {
    arity: 2,
    fn: (j, p) => {
      const v = extract(j, p);
      return v === undefined ? null : JSON.stringify(v);
    },
  },
  json_extract_scalar: {
    arity: 2,
    fn: (j, p) => {
      const v = extract(j, p);
      if (v === undefined || v === null || typeof v === 'object') return null;
      return String(v);
    },
  },
  json_value: { arity: 2, fn: (j, p) => toSqlValue(extract(j, p)) },
  json_parse: { arity: 1, fn: (s) => JSON.stringify(parseJson(s)) },
  json_format: { arity: 1, fn: (j) => JSON.stringify(parseJson(j)) },
  json_array_length: {
    arity: 1,
    fn: (j) => {
      const v = extract(j, '$');
      return Array.isArray(v) ? v.length : null;
    },
  },
  json_array_get: {
    arity: 2,
    fn: (j, i) => {
      const v = extract(j, '$');
      if (!Array.isArray(v)) return null;
      const n = Number(i);
      const e: unknown = v[n < 0 ? v.length + n : n];
      return e === undefined ? null : JSON.stringify(e);
    },
  },
  json_array_contains: {
    arity: 2,
    fn: (j, x) => {
      const v = extract(j, '$');
      return Array.isArray(v)
        ? v.some((e) => e === x || (typeof e === 'boolean' && (e ? 1 : 0) === x))
        : null;
    },
  },
  json_size: {
    arity: 2,
    fn: (j, p) => {
      const v = extract(j, p);
      if (v === undefined) return null;
      return v !== null && typeof v === 'object' ? Object.keys(v).length : 0;
    },
  },
};
