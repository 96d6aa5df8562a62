import { ddlError } from '../../sql/ddl';

/** Splits `a, b(c, d), e` at top-level commas. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '<') depth += 1;
    if (ch === ')' || ch === '>') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

const SIMPLE: Record<string, string> = {
  varchar: 'string',
  integer: 'int',
  int: 'int',
  real: 'float',
  varbinary: 'binary',
  json: 'string',
  'timestamp with time zone': 'timestamp',
};

/**
 * An Athena (Trino) result type as the Hive type a table column gets (data-types.md:
 * varchar → string, integer → int, real → float, array(T) → array<T>, map(K,V) → map<K,V>,
 * row(a T) → struct<a:T>). A column typed `unknown` (a bare NULL) cannot be stored.
 */
export function hiveTypeOf(athenaType: string, column = ''): string {
  const type = athenaType.trim().toLowerCase();
  const simple = SIMPLE[type];
  if (simple) return simple;
  const call = /^([a-z ]+?)\s*\((.*)\)$/.exec(type);
  if (call) {
    const [, name = '', args = ''] = call;
    if (name === 'array') return `array<${hiveTypeOf(args, column)}>`;
    if (name === 'map')
      return `map<${splitTopLevel(args)
        .map((t) => hiveTypeOf(t, column))
        .join(',')}>`;
    if (name === 'row') {
      const fields = splitTopLevel(args).map((field) => {
        const match = /^"?([^"\s]+)"?\s+(.+)$/.exec(field);
        return `${match?.[1] ?? field}:${hiveTypeOf(match?.[2] ?? 'varchar', column)}`;
      });
      return `struct<${fields.join(',')}>`;
    }
    if (name === 'timestamp') return 'timestamp';
    return type.replace(/\s+/g, '');
  }
  if (type === 'unknown')
    throw ddlError(
      'NOT_SUPPORTED',
      `Unsupported Hive type: unknown (column ${column}). Cast the NULL to a type, e.g. CAST(NULL AS varchar).`,
    );
  return type;
}

/** A Hive type as Athena (Trino) names it, for a view's Presto definition (string → varchar…). */
export function athenaTypeOf(hiveType: string): string {
  const type = hiveType.trim().toLowerCase();
  if (type === 'string') return 'varchar';
  if (type === 'int') return 'integer';
  if (type === 'float') return 'real';
  if (type === 'binary') return 'varbinary';
  const generic = /^(array|map|struct)<(.*)>$/.exec(type);
  if (!generic) return type;
  const [, kind, args = ''] = generic;
  const parts = splitTopLevel(args);
  if (kind === 'array') return `array(${athenaTypeOf(args)})`;
  if (kind === 'map') return `map(${parts.map(athenaTypeOf).join(', ')})`;
  return `row(${parts.map((p) => p.replace(/^([^:]+):(.*)$/, (_, n: string, t: string) => `${n} ${athenaTypeOf(t)}`)).join(', ')})`;
}

const NUMERIC_RANK: Record<string, number> = {
  tinyint: 1,
  smallint: 2,
  integer: 3,
  bigint: 4,
  real: 5,
  double: 6,
};
const INTEGRAL = new Set(['tinyint', 'smallint', 'integer', 'bigint']);
const baseOf = (type: string) => type.replace(/\(.*$/, '').trim().toLowerCase();

/** Whether Trino coerces a value of type `from` into a column of type `to` implicitly (widening only). */
export function canCoerce(from: string, to: string): boolean {
  const f = baseOf(from);
  const t = baseOf(to);
  if (f === 'unknown' || from.replace(/\s+/g, '') === to.replace(/\s+/g, '')) return true;
  if (f === t && !['array', 'map', 'row'].includes(f)) return true;
  const fromRank = NUMERIC_RANK[f];
  const toRank = NUMERIC_RANK[t];
  if (fromRank !== undefined && toRank !== undefined) return fromRank <= toRank;
  if (INTEGRAL.has(f) && t === 'decimal') return true;
  if (f === 'decimal' && (t === 'double' || t === 'real')) return true;
  return (f === 'date' && t === 'timestamp') || (f === 'char' && t === 'varchar');
}

/** Trino names an unnamed result column `_colN`; a table or view needs every column named. */
export function checkColumnNames(columns: readonly { name: string }[]): void {
  columns.forEach((column, i) => {
    if (/^_col\d+$/.test(column.name) || column.name.trim() === '')
      throw ddlError('MISSING_COLUMN_NAME', `Column name not specified at position ${i + 1}`);
  });
}
