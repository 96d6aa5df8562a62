/** A Glue/Hive column type string: `bigint`, `double`, `struct<a:int>`, `array<string>`… */
export type GlueType = string;

const BIGINT = /^[+-]?\d{1,19}$/;
const DOUBLE = /^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|NaN|Infinity)$/;
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** The type of one CSV cell; undefined for an empty cell (it says nothing about the column). */
export function csvCellType(value: string): GlueType | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  // Glue CSV classifier (secondary source): whole numbers → bigint, decimals → double,
  // TRUE/FALSE → boolean, dates and timestamps stay string.
  if (BIGINT.test(trimmed)) return 'bigint';
  if (DOUBLE.test(trimmed)) return 'double';
  if (/^(true|false)$/i.test(trimmed)) return 'boolean';
  return 'string';
}

/** Two observed types as one column type: numbers widen, anything else mixed becomes string. */
export function mergeTypes(a: GlueType | undefined, b: GlueType | undefined): GlueType | undefined {
  if (a === undefined) return b;
  if (b === undefined || a === b) return a;
  const numeric = ['int', 'bigint', 'double'];
  if (numeric.includes(a) && numeric.includes(b))
    return numeric[Math.max(numeric.indexOf(a), numeric.indexOf(b))];
  if (a.startsWith('struct<') && b.startsWith('struct<')) return mergeStructs(a, b);
  if (a.startsWith('array<') && b.startsWith('array<'))
    return `array<${mergeTypes(innerOf(a), innerOf(b)) ?? 'string'}>`;
  return 'string';
}

const innerOf = (type: GlueType): string => type.slice(type.indexOf('<') + 1, -1);

/** Splits `a:int,b:struct<c:string,d:int>` at its top-level commas. */
export function splitTopLevel(fields: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < fields.length; i++) {
    const ch = fields[i];
    if (ch === '<') depth++;
    else if (ch === '>') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(fields.slice(start, i));
      start = i + 1;
    }
  }
  if (fields.length > 0) parts.push(fields.slice(start));
  return parts;
}

function structFields(type: GlueType): Map<string, GlueType> {
  const fields = new Map<string, GlueType>();
  for (const field of splitTopLevel(innerOf(type))) {
    const colon = field.indexOf(':');
    fields.set(field.slice(0, colon), field.slice(colon + 1));
  }
  return fields;
}

function mergeStructs(a: GlueType, b: GlueType): GlueType {
  const merged = structFields(a);
  for (const [name, type] of structFields(b))
    merged.set(name, mergeTypes(merged.get(name), type) ?? 'string');
  return structType(merged);
}

function structType(fields: Map<string, GlueType>): GlueType {
  return `struct<${[...fields].map(([name, type]) => `${name}:${type}`).join(',')}>`;
}

/**
 * The type of one JSON value; undefined for null. Glue's JSON classifier gives `int` for
 * whole numbers that fit 32 bits (recalled from crawled tables; CSV always gives bigint).
 */
export function jsonValueType(value: unknown): GlueType | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'double';
    return value >= INT32_MIN && value <= INT32_MAX ? 'int' : 'bigint';
  }
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value)) {
    const element = value.reduce<GlueType | undefined>(
      (type, item) => mergeTypes(type, jsonValueType(item)),
      undefined,
    );
    return `array<${element ?? 'string'}>`;
  }
  const fields = new Map<string, GlueType>();
  for (const [name, item] of Object.entries(value as Record<string, unknown>))
    fields.set(name, jsonValueType(item) ?? 'string');
  return structType(fields);
}

/** Reads a CSV cell as the column's type (null for an empty cell). */
export function csvCellValue(value: string, type: GlueType): unknown {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (type === 'bigint' || type === 'double') return Number(trimmed);
  if (type === 'boolean') return trimmed.toLowerCase() === 'true';
  return value;
}
