import type { TypeName } from './ast';

/** Athena (Trino) type names as strings: `bigint`, `varchar`, `array(varchar)`, `map(varchar, bigint)`. */
export type SqlType = string;

export const UNKNOWN = 'unknown';

const GLUE_SCALARS: Record<string, string> = {
  string: 'varchar',
  int: 'integer',
  integer: 'integer',
  bigint: 'bigint',
  smallint: 'smallint',
  tinyint: 'tinyint',
  float: 'real',
  real: 'real',
  double: 'double',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'timestamp',
  binary: 'varbinary',
};

/** Converts a Glue/Hive column type (`array<struct<a:int>>`) to the Athena name (`array(row(a integer))`). */
export function athenaTypeOf(glueType: string): SqlType {
  const s = glueType.trim().toLowerCase();
  const open = s.search(/[<(]/);
  const base = open < 0 ? s : s.slice(0, open).trim();
  if (open < 0) return GLUE_SCALARS[base] ?? base;
  const inner = s.slice(open + 1, s.length - 1);
  const parts = splitTopLevel(inner);
  switch (base) {
    case 'array':
      return `array(${athenaTypeOf(parts[0] ?? 'string')})`;
    case 'map':
      return `map(${athenaTypeOf(parts[0] ?? 'string')}, ${athenaTypeOf(parts[1] ?? 'string')})`;
    case 'struct':
    case 'row':
      return `row(${parts.map(structField).join(', ')})`;
    default:
      return `${GLUE_SCALARS[base] ?? base}(${inner})`;
  }
}

function structField(part: string): string {
  const m = /^\s*("?)([^":\s]+)\1\s*:?\s*(.*)$/.exec(part);
  return m ? `${m[2]!.toLowerCase()} ${athenaTypeOf(m[3]!)}` : part;
}

export function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '<' || c === '(') depth += 1;
    if (c === '>' || c === ')') depth -= 1;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

export function typeNameToString(t: TypeName): SqlType {
  const base = { int: 'integer', string: 'varchar', float: 'real' }[t.base] ?? t.base;
  if (t.params.length === 0) return base;
  if (base === 'row')
    return `row(${t.params.map((p, i) => `${t.fields?.[i] ?? `field${i}`} ${typeof p === 'number' ? p : typeNameToString(p)}`).join(', ')})`;
  return `${base}(${t.params.map((p) => (typeof p === 'number' ? String(p) : typeNameToString(p))).join(', ')})`;
}

export const baseOf = (t: SqlType): string => t.replace(/\(.*$/, '').trim();
export const isArray = (t: SqlType): boolean => t.startsWith('array(');
export const isMap = (t: SqlType): boolean => t.startsWith('map(');
export const isRow = (t: SqlType): boolean => t.startsWith('row(');
export const isStructured = (t: SqlType): boolean =>
  isArray(t) || isMap(t) || isRow(t) || t === 'json';

export function elementType(t: SqlType): SqlType {
  if (isArray(t)) return t.slice(6, -1);
  return UNKNOWN;
}

export function mapTypes(t: SqlType): [SqlType, SqlType] {
  if (!isMap(t)) return [UNKNOWN, UNKNOWN];
  const [k, v] = splitTopLevel(t.slice(4, -1));
  return [k ?? UNKNOWN, v ?? UNKNOWN];
}

export function rowFieldType(t: SqlType, field: string): SqlType | undefined {
  if (!isRow(t)) return undefined;
  for (const part of splitTopLevel(t.slice(4, -1))) {
    const space = part.indexOf(' ');
    if (part.slice(0, space) === field) return part.slice(space + 1);
  }
  return undefined;
}

const INTEGERS = new Set(['tinyint', 'smallint', 'integer', 'bigint']);
const FLOATS = new Set(['real', 'double']);

export const isIntegerType = (t: SqlType): boolean => INTEGERS.has(baseOf(t));
export const isNumericType = (t: SqlType): boolean =>
  INTEGERS.has(baseOf(t)) || FLOATS.has(baseOf(t)) || baseOf(t) === 'decimal';
export const isStringType = (t: SqlType): boolean => ['varchar', 'char'].includes(baseOf(t));
export const isTemporal = (t: SqlType): boolean =>
  ['date', 'timestamp'].includes(baseOf(t)) || t.startsWith('timestamp');

/** The result type of arithmetic on two numbers (Trino's implicit coercions, simplified). */
export function numericResult(a: SqlType, b: SqlType): SqlType {
  const order = ['tinyint', 'smallint', 'integer', 'bigint', 'decimal', 'real', 'double'];
  const ia = order.indexOf(baseOf(a));
  const ib = order.indexOf(baseOf(b));
  if (ia < 0 && ib < 0) return UNKNOWN;
  const top = order[Math.max(ia, ib)]!;
  return top === 'decimal' ? (baseOf(a) === 'decimal' ? a : b) : top;
}

/** A family for comparison checks: Trino refuses `varchar = integer`. */
export function typeFamily(t: SqlType): 'number' | 'string' | 'boolean' | 'temporal' | 'other' {
  if (isNumericType(t)) return 'number';
  if (isStringType(t)) return 'string';
  if (t === 'boolean') return 'boolean';
  if (isTemporal(t)) return 'temporal';
  return 'other';
}
