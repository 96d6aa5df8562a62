import type { ScalarDef, SqlArg } from './register';
import { formatDate, formatTimestamp, toMillis, TrinoError } from './time';

const RANGES: Record<string, [number, number]> = {
  tinyint: [-128, 127],
  smallint: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  bigint: [-(2 ** 63), 2 ** 63],
};

// Trino spells integer as INT here: "Cannot cast ' 123' to INT" (trinodb/trino#23359).
const cannotCast = (v: SqlArg, target: string): TrinoError =>
  new TrinoError(
    'INVALID_CAST_ARGUMENT',
    `Cannot cast '${String(v)}' to ${target === 'integer' ? 'INT' : target.toUpperCase()}`,
  );

/** Java's Double.toString, which Trino uses for CAST(double AS varchar): 1.5 → '1.5E0'. */
export function javaDouble(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0.0E0' : '0.0E0';
  const [mant, exp] = n.toExponential().split('e') as [string, string];
  return `${mant.includes('.') ? mant : `${mant}.0`}E${Number(exp)}`;
}

function toInteger(v: SqlArg, source: string, target: string): number {
  let n: number;
  if (typeof v === 'number')
    n = source === 'boolean' ? v : Math.sign(v) * Math.round(Math.abs(v)); // Trino rounds half away from zero
  else {
    // No surrounding whitespace for exact numbers, unlike double/real (trinodb/trino#23359).
    const s = String(v);
    if (!/^[+-]?\d+$/.test(s)) throw cannotCast(v, target);
    n = Number(s);
  }
  const [lo, hi] = RANGES[target]!;
  if (n < lo || n > hi)
    throw new TrinoError('NUMERIC_VALUE_OUT_OF_RANGE', `Out of range for ${target}: ${String(v)}`);
  return n;
}

function toBoolean(v: SqlArg): number {
  if (typeof v === 'number') return v !== 0 ? 1 : 0;
  const s = String(v).trim().toLowerCase();
  if (s === 'true' || s === 't' || s === '1') return 1;
  if (s === 'false' || s === 'f' || s === '0') return 0;
  throw cannotCast(v, 'boolean');
}

function toVarchar(v: SqlArg, source: string): string {
  if (source === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number' && (source === 'double' || source === 'real')) return javaDouble(v);
  return String(v);
}

function toJsonText(v: SqlArg, source: string): string {
  if (
    source === 'json' ||
    source.startsWith('array') ||
    source.startsWith('map') ||
    source.startsWith('row')
  )
    return String(v);
  if (source === 'boolean') return v ? 'true' : 'false';
  return JSON.stringify(v);
}

/** CAST(value AS target) with Trino's rules; `source` is the translator's type for the value. */
export function castValue(v: SqlArg, source: string, target: string): unknown {
  if (v === null) return null;
  const base = target.replace(/\(.*$/, '').trim();
  if (base in RANGES) return toInteger(v, source, base);
  switch (base) {
    case 'double':
    case 'real': {
      const n = typeof v === 'number' ? v : Number(String(v).trim());
      if (Number.isNaN(n) && !/^nan$/i.test(String(v).trim())) throw cannotCast(v, base);
      return n;
    }
    case 'decimal': {
      const n = typeof v === 'number' ? v : Number(String(v));
      if (typeof v !== 'number' && !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(String(v)))
        throw cannotCast(v, target);
      const scale = Number(/,\s*(\d+)/.exec(target)?.[1] ?? 0);
      return (Math.sign(n) * Math.round(Math.abs(n) * 10 ** scale)) / 10 ** scale;
    }
    case 'boolean':
      return toBoolean(v);
    case 'varchar':
    case 'char': {
      const s = toVarchar(v, source);
      const len = /\((\d+)\)/.exec(target)?.[1];
      return len ? s.slice(0, Number(len)) : s;
    }
    case 'date':
      return formatDate(dateMillis(v, 'date'));
    case 'timestamp':
      return formatTimestamp(dateMillis(v, 'timestamp'));
    case 'json':
      return toJsonText(v, source);
    case 'array':
    case 'map':
    case 'row': {
      try {
        return JSON.stringify(JSON.parse(String(v)));
      } catch {
        throw cannotCast(v, target);
      }
    }
    default:
      return v;
  }
}

function dateMillis(v: SqlArg, target: string): number {
  try {
    return toMillis(v);
  } catch {
    throw new TrinoError(
      'INVALID_CAST_ARGUMENT',
      `Value cannot be cast to ${target}: ${String(v)}`,
    );
  }
}

/** trino_cast; its registered trino_try_cast variant is TRY_CAST. */
export const CAST_FUNCTIONS: Record<string, ScalarDef> = {
  cast: { arity: 3, fn: (v, s, t) => castValue(v, String(s), String(t)), strict: false },
  fail: {
    arity: 1,
    fn: (m) => {
      throw new Error(String(m));
    },
  },
};
