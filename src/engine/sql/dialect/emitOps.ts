import type { Expr, TypeName } from './ast';
import { sqlError, type SqlPos } from './errors';
import { quoteString } from './context';
import { emitExpr, type Emitted, type ExprEnv } from './emitExpr';
import {
  baseOf,
  isArray,
  isIntegerType,
  numericResult,
  typeFamily,
  typeNameToString,
  UNKNOWN,
} from './types';

const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TS_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,12}))?)?)?$/;
const pad = (n: string | undefined, w = 2): string => (n ?? '0').padStart(w, '0');

/** DATE '2025-1-6' → '2025-01-06'; Trino rejects what is not a calendar date. */
export function normaliseDate(text: string): string | undefined {
  const m = DATE_RE.exec(text.trim());
  if (!m) return undefined;
  const out = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  const d = new Date(`${out}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== out ? undefined : out;
}

/** TIMESTAMP '2025-01-06 10:00' → '2025-01-06 10:00:00.000' (Athena prints milliseconds). */
export function normaliseTimestamp(text: string): string | undefined {
  const m = TS_RE.exec(text.trim());
  if (!m) return undefined;
  const date = normaliseDate(`${m[1]}-${m[2]}-${m[3]}`);
  if (!date || Number(m[4] ?? 0) > 23 || Number(m[5] ?? 0) > 59 || Number(m[6] ?? 0) > 59)
    return undefined;
  return `${date} ${pad(m[4])}:${pad(m[5])}:${pad(m[6])}.${(m[7] ?? '').padEnd(3, '0').slice(0, 3)}`;
}

export function emitLiteral(
  e: Extract<Expr, { k: 'number' | 'string' | 'null' | 'bool' | 'typed' }>,
): Emitted {
  switch (e.k) {
    case 'null':
      return { sql: 'NULL', type: UNKNOWN };
    case 'bool':
      return { sql: e.value ? '1' : '0', type: 'boolean' };
    case 'string':
      return { sql: quoteString(e.value), type: `varchar(${Array.from(e.value).length})` };
    case 'number': {
      if (/[eE]/.test(e.text)) return { sql: String(Number(e.text)), type: 'double' };
      if (e.text.includes('.'))
        return {
          sql: e.text.startsWith('.') ? `0${e.text}` : e.text,
          type: `decimal(${e.text.replace('.', '').replace(/^0+(?=\d)/, '').length},${e.text.split('.')[1]!.length})`,
        };
      return { sql: e.text, type: Number(e.text) > 2147483647 ? 'bigint' : 'integer' };
    }
    case 'typed':
      return emitTypedLiteral(e);
  }
}

function emitTypedLiteral(e: Extract<Expr, { k: 'typed' }>): Emitted {
  const fail = (what: string): never => {
    throw sqlError('INVALID_LITERAL', e.pos, `'${e.value}' is not a valid ${what} literal`);
  };
  switch (e.type) {
    case 'date':
      return { sql: quoteString(normaliseDate(e.value) ?? fail('date')), type: 'date' };
    case 'timestamp':
      return {
        sql: quoteString(normaliseTimestamp(e.value) ?? fail('timestamp')),
        type: 'timestamp',
      };
    case 'decimal': {
      if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(e.value.trim())) fail('decimal');
      const [int = '', frac = ''] = e.value.trim().replace(/^[+-]/, '').split('.');
      return {
        sql: String(Number(e.value)),
        type: `decimal(${Math.max(1, (int + frac).replace(/^0+/, '').length)},${frac.length})`,
      };
    }
    case 'json':
      return { sql: `trino_json_parse(${quoteString(e.value)})`, type: 'json' };
    case 'time':
      return { sql: quoteString(e.value), type: 'time' };
    case 'varchar':
      return { sql: quoteString(e.value), type: 'varchar' };
  }
}

/** Trino prints a timestamp column's type with its precision. */
const shownType = (t: string): string => (t === 'timestamp' ? 'timestamp(3)' : t);

/**
 * Emits both sides of a comparison. Trino has no implicit varchar → date/timestamp or
 * varchar → number coercion (trinodb/trino#7334: `Cannot apply operator: timestamp(3) < varchar(19)`);
 * it widens a date to a timestamp.
 */
export function emitComparisonParts(
  a: Expr,
  b: Expr,
  env: ExprEnv,
  pos: SqlPos,
  op: string,
): [Emitted, Emitted] {
  let l = emitExpr(a, env);
  let r = emitExpr(b, env);
  const fl = typeFamily(l.type);
  const fr = typeFamily(r.type);
  if (fl !== fr && fl !== 'other' && fr !== 'other')
    throw sqlError(
      'TYPE_MISMATCH',
      pos,
      `Cannot apply operator: ${shownType(l.type)} ${op} ${shownType(r.type)}`,
    );
  if (baseOf(l.type) === 'date' && r.type.startsWith('timestamp'))
    l = { sql: `trino_to_timestamp(${l.sql})`, type: r.type };
  if (baseOf(r.type) === 'date' && l.type.startsWith('timestamp'))
    r = { sql: `trino_to_timestamp(${r.sql})`, type: l.type };
  return [l, r];
}

const COMPARISON = new Set(['=', '<>', '<', '<=', '>', '>=']);

export function emitBinary(e: Extract<Expr, { k: 'binary' }>, env: ExprEnv): Emitted {
  if (e.op === 'AND' || e.op === 'OR')
    return {
      sql: `(${emitExpr(e.left, env).sql} ${e.op} ${emitExpr(e.right, env).sql})`,
      type: 'boolean',
    };
  if (COMPARISON.has(e.op)) {
    const [l, r] = emitComparisonParts(e.left, e.right, env, e.left.pos, e.op);
    return { sql: `(${l.sql} ${e.op} ${r.sql})`, type: 'boolean' };
  }
  if ((e.op === '+' || e.op === '-') && (e.right.k === 'interval' || e.left.k === 'interval'))
    return emitIntervalArithmetic(e, env);
  const l = emitExpr(e.left, env);
  const r = emitExpr(e.right, env);
  if (e.op === '||') {
    if (isArray(l.type) || isArray(r.type))
      return { sql: `trino_concat(${l.sql}, ${r.sql})`, type: isArray(l.type) ? l.type : r.type };
    return { sql: `(${l.sql} || ${r.sql})`, type: 'varchar' };
  }
  const type = numericResult(l.type, r.type);
  if (
    (typeFamily(l.type) !== 'number' && l.type !== UNKNOWN) ||
    (typeFamily(r.type) !== 'number' && r.type !== UNKNOWN)
  ) {
    throw sqlError(
      'TYPE_MISMATCH',
      e.left.pos,
      `Cannot apply operator: ${l.type} ${e.op} ${r.type}`,
    );
  }
  const integers = isIntegerType(l.type) && isIntegerType(r.type);
  if (e.op === '%' && !integers) return { sql: `trino_mod(${l.sql}, ${r.sql})`, type };
  // Trino: integer division truncates (as SQLite's does) and fails on a zero divisor.
  if ((e.op === '/' || e.op === '%') && integers)
    return {
      sql: `(CASE WHEN ${r.sql} = 0 THEN ${env.ctx.tryDepth > 0 ? 'NULL' : "trino_fail('DIVISION_BY_ZERO: Division by zero')"} ELSE ${l.sql} ${e.op} ${r.sql} END)`,
      type,
    };
  return { sql: `(${l.sql} ${e.op} ${r.sql})`, type };
}

/** `ts + INTERVAL '1' DAY` is date_add('day', 1, ts); a year-month interval adds months. */
function emitIntervalArithmetic(e: Extract<Expr, { k: 'binary' }>, env: ExprEnv): Emitted {
  const [intervalExpr, other] = e.right.k === 'interval' ? [e.right, e.left] : [e.left, e.right];
  if (intervalExpr.k !== 'interval')
    throw sqlError('TYPE_MISMATCH', e.pos, 'Cannot apply operator');
  if (e.op === '-' && e.left.k === 'interval')
    throw sqlError('TYPE_MISMATCH', e.pos, 'Cannot apply operator: interval - timestamp');
  const base = emitExpr(other, env);
  if (
    typeFamily(base.type) !== 'temporal' &&
    base.type !== UNKNOWN &&
    !(e.left.k === 'interval' && e.right.k === 'interval')
  ) {
    throw sqlError(
      'TYPE_MISMATCH',
      e.pos,
      `Cannot apply operator: ${base.type} ${e.op} interval ${intervalExpr.unit.toLowerCase()}`,
    );
  }
  const amount = Number(intervalExpr.value);
  if (!Number.isFinite(amount) || intervalExpr.toUnit)
    throw sqlError(
      'INVALID_LITERAL',
      intervalExpr.pos,
      `'${intervalExpr.value}' is not a valid interval literal`,
    );
  const signed = e.op === '-' ? -amount : amount;
  return {
    sql: `trino_date_add(${quoteString(intervalExpr.unit.toLowerCase())}, ${signed}, ${base.sql})`,
    type: base.type,
  };
}

/** CAST and TRY_CAST run in JavaScript so invalid input fails (or is NULL) exactly as Trino's does. */
export function emitCast(value: Emitted, target: TypeName, safe: boolean): Emitted {
  const type = typeNameToString(target);
  const known =
    /^(varchar|char|bigint|integer|smallint|tinyint|double|real|boolean|date|timestamp|decimal|json|array|map|row|varbinary|timestamp with time zone)$/;
  if (!known.test(baseOf(type)))
    throw sqlError('TYPE_MISMATCH', target.pos, `Unknown type: ${type}`);
  const fn = safe ? 'trino_try_cast' : 'trino_cast';
  const sql = `${fn}(${value.sql}, ${quoteString(value.type)}, ${quoteString(type)})`;
  return { sql: isIntegerType(type) ? `CAST(${sql} AS INTEGER)` : sql, type };
}
