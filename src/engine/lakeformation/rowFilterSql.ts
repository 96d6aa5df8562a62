import { parseRowFilter, type Operand, type RowFilterNode } from './rowFilter';

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteString = (value: string) => `'${value.replace(/'/g, "''")}'`;

function operandSql(o: Operand): string {
  if (o.type === 'column') return quoteIdentifier(o.name);
  if (o.type === 'string') return quoteString(o.value);
  if (o.type === 'number') return o.text;
  return o.value ? '1' : '0';
}

// PartiQL/Trino LIKE is case-sensitive; SQLite's LIKE is not, so it becomes GLOB with % → *, _ → ?.
function likeAsGlob(pattern: string): string {
  let glob = '';
  for (const ch of pattern) {
    if (ch === '%') glob += '*';
    else if (ch === '_') glob += '?';
    else if (ch === '*' || ch === '?' || ch === '[') glob += `[${ch}]`;
    else glob += ch;
  }
  return glob;
}

function nodeSql(node: RowFilterNode): string {
  switch (node.type) {
    case 'or':
    case 'and':
      return `(${node.items.map(nodeSql).join(node.type === 'or' ? ' OR ' : ' AND ')})`;
    case 'not':
      return `(NOT ${nodeSql(node.item)})`;
    case 'cmp':
      return `(${operandSql(node.left)} ${node.op} ${operandSql(node.right)})`;
    case 'in':
      return `(${operandSql(node.operand)} ${node.negated ? 'NOT IN' : 'IN'} (${node.values.map(operandSql).join(', ')}))`;
    case 'like':
      return `(${operandSql(node.operand)} ${node.negated ? 'NOT GLOB' : 'GLOB'} ${quoteString(likeAsGlob(node.pattern))})`;
    case 'null':
      return `(${operandSql(node.operand)} ${node.negated ? 'IS NOT NULL' : 'IS NULL'})`;
    case 'between':
      return `(${operandSql(node.operand)} ${node.negated ? 'NOT BETWEEN' : 'BETWEEN'} ${operandSql(node.low)} AND ${operandSql(node.high)})`;
  }
}

/**
 * Translates a Lake Formation row filter (PartiQL WHERE subset) into a SQLite boolean
 * expression over double-quoted column names. Throws InvalidInputException when the
 * expression is not valid.
 */
export function rowFilterToSqlite(expression: string): string {
  return nodeSql(parseRowFilter(expression));
}

type Value = string | number | boolean | null | undefined;
type Truth = boolean | null;

function valueOf(o: Operand, row: Record<string, unknown>): Value {
  if (o.type !== 'column') return o.value;
  const key = Object.hasOwn(row, o.name)
    ? o.name
    : Object.keys(row).find((k) => k.toLowerCase() === o.name.toLowerCase());
  const v = key === undefined ? undefined : row[key];
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null;
}

function compare(a: Value, b: Value): number | null {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  const [x, y] = [typeof a === 'boolean' ? Number(a) : a, typeof b === 'boolean' ? Number(b) : b];
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'number' || typeof y === 'number') {
    const [nx, ny] = [Number(x), Number(y)];
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
  }
  const [sx, sy] = [String(x), String(y)];
  return sx < sy ? -1 : sx > sy ? 1 : 0;
}

const not = (t: Truth): Truth => (t === null ? null : !t);

function likeRegExp(pattern: string): RegExp {
  const body = [...pattern]
    .map((ch) => (ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 's');
}

function evaluate(node: RowFilterNode, row: Record<string, unknown>): Truth {
  switch (node.type) {
    case 'or': {
      const values = node.items.map((n) => evaluate(n, row));
      return values.includes(true) ? true : values.includes(null) ? null : false;
    }
    case 'and': {
      const values = node.items.map((n) => evaluate(n, row));
      return values.includes(false) ? false : values.includes(null) ? null : true;
    }
    case 'not':
      return not(evaluate(node.item, row));
    case 'cmp': {
      const c = compare(valueOf(node.left, row), valueOf(node.right, row));
      if (c === null) return null;
      return { '=': c === 0, '<>': c !== 0, '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0 }[
        node.op
      ];
    }
    case 'in': {
      const v = valueOf(node.operand, row);
      const results = node.values.map((o) => compare(v, valueOf(o, row)));
      const found = results.includes(0) ? true : results.includes(null) ? null : false;
      return node.negated ? not(found) : found;
    }
    case 'like': {
      const v = valueOf(node.operand, row);
      if (v === null || v === undefined) return null;
      const found = likeRegExp(node.pattern).test(String(v));
      return node.negated ? !found : found;
    }
    case 'null': {
      const v = valueOf(node.operand, row);
      const isNull = v === null || v === undefined;
      return node.negated ? !isNull : isNull;
    }
    case 'between': {
      const v = valueOf(node.operand, row);
      const [lo, hi] = [compare(v, valueOf(node.low, row)), compare(v, valueOf(node.high, row))];
      if (lo === null || hi === null) return null;
      const inside = lo >= 0 && hi <= 0;
      return node.negated ? !inside : inside;
    }
  }
}

/** Whether a row (column → value) passes a row filter; SQL's unknown counts as not passing. */
export function rowFilterMatches(expression: string, row: Record<string, unknown>): boolean {
  return evaluate(parseRowFilter(expression), row) === true;
}
