import { splitTopLevel } from '../../formats/glueTypes';

/** How a Hive/Glue type is held in SQLite (the representation every part of Athena shares). */
export type ColumnKind =
  'integer' | 'real' | 'boolean' | 'date' | 'timestamp' | 'text' | 'array' | 'map' | 'struct';

export interface ColumnShape {
  kind: ColumnKind;
  /** Smallest and largest value for the integer types (tinyint … bigint). */
  range?: [number, number];
  /** array/map: the element (map: value) shape; struct: the fields. */
  element?: ColumnShape;
  fields?: { name: string; shape: ColumnShape }[];
}

const INTEGER_RANGES: Record<string, [number, number]> = {
  tinyint: [-128, 127],
  smallint: [-32768, 32767],
  int: [-2147483648, 2147483647],
  integer: [-2147483648, 2147483647],
  bigint: [Number.MIN_SAFE_INTEGER * 1024, Number.MAX_SAFE_INTEGER * 1024],
};

const innerOf = (type: string): string => type.slice(type.indexOf('<') + 1, type.lastIndexOf('>'));

/** The shape of a Hive type string such as `bigint`, `decimal(10,2)`, `array<struct<a:int>>`. */
export function columnShape(type: string): ColumnShape {
  const t = type.trim().toLowerCase();
  const base = t.replace(/[<(].*$/s, '').trim();
  const range = INTEGER_RANGES[base];
  if (range) return { kind: 'integer', range };
  if (base === 'double' || base === 'float' || base === 'real' || base === 'decimal')
    return { kind: 'real' };
  if (base === 'boolean') return { kind: 'boolean' };
  if (base === 'date') return { kind: 'date' };
  if (base === 'timestamp') return { kind: 'timestamp' };
  if (base === 'array') return { kind: 'array', element: columnShape(innerOf(t)) };
  if (base === 'map') {
    const [, value = 'string'] = splitTopLevel(innerOf(t));
    return { kind: 'map', element: columnShape(value) };
  }
  if (base === 'struct')
    return {
      kind: 'struct',
      fields: splitTopLevel(innerOf(t)).map((field) => {
        const colon = field.indexOf(':');
        return { name: field.slice(0, colon).trim(), shape: columnShape(field.slice(colon + 1)) };
      }),
    };
  return { kind: 'text' };
}

/** The SQLite column affinity that matches a kind. */
export function affinityOf(kind: ColumnKind): 'INTEGER' | 'REAL' | 'TEXT' {
  if (kind === 'integer' || kind === 'boolean') return 'INTEGER';
  if (kind === 'real') return 'REAL';
  return 'TEXT';
}
