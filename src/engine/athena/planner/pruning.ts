/**
 * Partition pruning: the top-level WHERE conjuncts that test only a table's partition keys
 * against literals decide which partitions a query reads (athena/latest/ug/partitions.html:
 * "Athena reads only the partitions the WHERE clause selects"). Anything the planner does not
 * understand keeps every partition — the SQL itself still filters the rows, so pruning can
 * only ever save bytes, never change a result.
 */
import type { Expr, FromItem, Query } from '../../sql/dialect/ast';

type Value = string | number | null;
export type PartitionPredicate = (values: Record<string, string>) => boolean;

const COMPARE = new Set(['=', '!=', '<>', '<', '<=', '>', '>=']);
const MIRROR: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

function literalOf(expr: Expr): Value | undefined {
  switch (expr.k) {
    case 'string':
    case 'typed':
      return expr.value;
    case 'number':
      return Number(expr.text);
    case 'null':
      return null;
    default:
      return undefined;
  }
}

const isNumeric = (text: string) => /^-?\d+(\.\d+)?$/.test(text);

function compare(left: string | undefined, right: Value, op: string): boolean {
  if (left === undefined || right === null) return false;
  const numeric = typeof right === 'number' || (isNumeric(left) && isNumeric(right));
  const a = numeric ? Number(left) : left;
  const b = numeric ? Number(right) : right;
  switch (op) {
    case '=':
      return a === b;
    case '!=':
    case '<>':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}

function likeRegex(pattern: string): RegExp {
  const body = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${body}$`, 's');
}

interface Scope {
  /** The names the table answers to in the query: its alias, else its name. */
  names: Set<string>;
  keys: Set<string>;
}

/** The partition key an identifier names in this table's scope, if it is one. */
function keyOf(expr: Expr, scope: Scope): string | undefined {
  if (expr.k !== 'ident') return undefined;
  const parts = expr.parts.map((p) => p.toLowerCase());
  const column = parts[parts.length - 1]!;
  if (!scope.keys.has(column)) return undefined;
  if (parts.length === 1) return column;
  return scope.names.has(parts[parts.length - 2]!) ? column : undefined;
}

function listPredicate(
  key: string,
  values: Value[],
  test: (value: string | undefined) => boolean,
): PartitionPredicate | undefined {
  return values.length > 0 ? (v) => test(v[key]) : undefined;
}

/** A predicate over partition values for one conjunct, or undefined when it is not purely about partition keys. */
function predicateOf(expr: Expr, scope: Scope): PartitionPredicate | undefined {
  switch (expr.k) {
    case 'binary': {
      const op = expr.op.toUpperCase();
      if (op === 'AND' || op === 'OR') {
        const left = predicateOf(expr.left, scope);
        const right = predicateOf(expr.right, scope);
        if (!left || !right) return undefined;
        return op === 'OR' ? (v) => left(v) || right(v) : (v) => left(v) && right(v);
      }
      if (!COMPARE.has(op)) return undefined;
      const key = keyOf(expr.left, scope);
      const flipped = key === undefined ? keyOf(expr.right, scope) : undefined;
      const literal = literalOf(key !== undefined ? expr.right : expr.left);
      const column = key ?? flipped;
      if (column === undefined || literal === undefined) return undefined;
      const operator = key !== undefined ? op : (MIRROR[op] ?? op);
      return (v) => compare(v[column], literal, operator);
    }
    case 'in': {
      const key = keyOf(expr.expr, scope);
      const values = expr.list?.map(literalOf);
      if (key === undefined || !values || values.some((x) => x === undefined)) return undefined;
      const list = values as Value[];
      return listPredicate(key, list, (value) =>
        expr.not
          ? list.every((x) => compare(value, x, '!='))
          : list.some((x) => compare(value, x, '=')),
      );
    }
    case 'between': {
      const key = keyOf(expr.expr, scope);
      const low = literalOf(expr.low);
      const high = literalOf(expr.high);
      if (key === undefined || low === undefined || high === undefined) return undefined;
      return (v) => (compare(v[key], low, '>=') && compare(v[key], high, '<=')) !== expr.not;
    }
    case 'like': {
      const key = keyOf(expr.expr, scope);
      const pattern = literalOf(expr.pattern);
      if (key === undefined || typeof pattern !== 'string' || expr.escape) return undefined;
      const regex = likeRegex(pattern);
      return (v) => v[key] !== undefined && regex.test(v[key]) !== expr.not;
    }
    default:
      return undefined;
  }
}

function conjuncts(expr: Expr | undefined): Expr[] {
  if (!expr) return [];
  if (expr.k === 'binary' && expr.op.toUpperCase() === 'AND')
    return [...conjuncts(expr.left), ...conjuncts(expr.right)];
  return [expr];
}

function tablesIn(from: FromItem | undefined, out: { parts: string[]; alias?: string }[]): void {
  if (!from) return;
  if (from.k === 'table')
    out.push({ parts: from.parts, ...(from.alias ? { alias: from.alias } : {}) });
  if (from.k === 'join') {
    tablesIn(from.left, out);
    tablesIn(from.right, out);
  }
}

export interface PruningTable {
  database: string;
  table: string;
  partitionKeys: string[];
}

/** Per table (`db.table`), the predicate its partitions must satisfy; tables without one read every partition. */
export function partitionPredicates(
  query: Query | undefined,
  tables: PruningTable[],
  defaultDatabase: string,
): Map<string, PartitionPredicate> {
  const result = new Map<string, PartitionPredicate>();
  let body = query?.body;
  while (body?.k === 'nested') body = body.query.body;
  if (!body || body.k !== 'select') return result;
  const inFrom: { parts: string[]; alias?: string }[] = [];
  tablesIn(body.from, inFrom);
  for (const item of inFrom) {
    const parts = item.parts.map((p) => p.toLowerCase());
    const name = parts[parts.length - 1]!;
    const db = parts.length >= 2 ? parts[parts.length - 2]! : defaultDatabase.toLowerCase();
    const table = tables.find((t) => t.table === name && t.database === db);
    if (!table) continue;
    const scope: Scope = {
      names: new Set([item.alias?.toLowerCase() ?? name]),
      keys: new Set(table.partitionKeys.map((k) => k.toLowerCase())),
    };
    const predicates = conjuncts(body.where)
      .map((c) => predicateOf(c, scope))
      .filter((p): p is PartitionPredicate => p !== undefined);
    if (predicates.length > 0) result.set(`${db}.${name}`, (v) => predicates.every((p) => p(v)));
  }
  return result;
}
