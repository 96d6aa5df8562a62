/**
 * Partition pruning: the top-level WHERE conjuncts that test only a table's partition keys
 * against literals decide which partitions a query reads (athena/latest/ug/partitions.html:
 * "Athena reads only the partitions the WHERE clause selects"). Anything the planner does not
 * understand keeps every partition — the SQL itself still filters the rows, so pruning can
 * only ever save bytes, never change a result.
 */
import type { Expr, FromItem, Query, Select } from '../../sql/dialect/ast';

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

type TableItem = Extract<FromItem, { k: 'table' }>;

/** The catalog tables of a FROM clause, through its joins (derived tables and UNNEST are not). */
export function tablesIn(from: FromItem | undefined, out: TableItem[] = []): TableItem[] {
  if (from?.k === 'table') out.push(from);
  if (from?.k === 'join') {
    tablesIn(from.left, out);
    tablesIn(from.right, out);
  }
  return out;
}

/** A FROM item's key: its position in the SQL text, as the dialect's TableRef reports it. */
export const itemKey = (pos: { line: number; column: number }) => `${pos.line}:${pos.column}`;

/**
 * What a query's WHERE says about one of its FROM items: given a set of that item's columns
 * (partition keys, or a view's columns that map onto them), the predicate their values must
 * satisfy, or undefined when the conjuncts say nothing about those columns alone.
 */
export type ColumnFilter = (columns: ReadonlySet<string>) => PartitionPredicate | undefined;

export const NO_FILTER: ColumnFilter = () => undefined;

function topLevelSelect(query: Query | undefined): Select | undefined {
  let body = query?.body;
  while (body?.k === 'nested') body = body.query.body;
  return body?.k === 'select' ? body : undefined;
}

/**
 * The filter the top-level WHERE puts on the FROM item at `key`. Tables read anywhere else
 * (subqueries, CTEs, derived tables, set operations) get none: they read every partition.
 */
export function whereFilter(query: Query | undefined, key: string): ColumnFilter {
  const body = topLevelSelect(query);
  const item = tablesIn(body?.from).find((t) => itemKey(t.pos) === key);
  if (!body || !item) return NO_FILTER;
  const names = new Set([
    item.alias?.toLowerCase() ?? item.parts[item.parts.length - 1]!.toLowerCase(),
  ]);
  const tests = conjuncts(body.where);
  return (columns) => {
    const scope: Scope = { names, keys: new Set([...columns].map((c) => c.toLowerCase())) };
    const predicates = tests
      .map((c) => predicateOf(c, scope))
      .filter((p): p is PartitionPredicate => p !== undefined);
    return predicates.length > 0 ? (v) => predicates.every((p) => p(v)) : undefined;
  };
}

/** Both filters at once: a partition must pass each one that applies. */
export function bothFilters(a: ColumnFilter, b: ColumnFilter): ColumnFilter {
  return (columns) => {
    const first = a(columns);
    const second = b(columns);
    if (!first || !second) return first ?? second;
    return (v) => first(v) && second(v);
  };
}

export interface PruningTable {
  database: string;
  table: string;
  partitionKeys: string[];
}

/**
 * Per table (`db.table`), the predicate its partitions must satisfy when the whole query shares
 * one scan of it: a table read twice (a self-join) keeps a partition either reference needs,
 * and reads every partition when one reference is unfiltered.
 */
export function partitionPredicates(
  query: Query | undefined,
  tables: PruningTable[],
  defaultDatabase: string,
): Map<string, PartitionPredicate> {
  const result = new Map<string, PartitionPredicate>();
  const items = tablesIn(topLevelSelect(query)?.from);
  for (const table of tables) {
    const refs = items.filter((item) => {
      const parts = item.parts.map((p) => p.toLowerCase());
      const db = parts.length >= 2 ? parts[parts.length - 2]! : defaultDatabase.toLowerCase();
      return parts[parts.length - 1] === table.table && db === table.database;
    });
    const keys = new Set(table.partitionKeys);
    const predicates = refs.map((item) => whereFilter(query, itemKey(item.pos))(keys));
    if (predicates.length === 0 || predicates.some((p) => p === undefined)) continue;
    const all = predicates as PartitionPredicate[];
    result.set(`${table.database}.${table.table}`, (v) => all.some((p) => p(v)));
  }
  return result;
}
