/**
 * Partition pruning: the top-level WHERE conjuncts that test only a table's partition keys
 * against literals decide which partitions a query reads (athena/latest/ug/partitions.html:
 * "Athena reads only the partitions the WHERE clause selects"). Anything the planner does not
 * understand keeps every partition — the SQL itself still filters the rows, so pruning can
 * only ever save bytes, never change a result.
 */

type Node = Record<string, unknown> & { type?: string };
type Value = string | number | null;
export type PartitionPredicate = (values: Record<string, string>) => boolean;

const COMPARE = new Set(['=', '!=', '<>', '<', '<=', '>', '>=']);

function columnOf(node: Node): { table: string | null; column: string } | undefined {
  if (node.type !== 'column_ref') return undefined;
  const column = node.column as unknown;
  const name =
    typeof column === 'string'
      ? column
      : ((column as { expr?: { value?: unknown } } | undefined)?.expr?.value as string | undefined);
  if (typeof name !== 'string') return undefined;
  return { table: (node.table as string | null) ?? null, column: name.toLowerCase() };
}

function literalOf(node: Node): Value | undefined {
  switch (node.type) {
    case 'single_quote_string':
    case 'string':
    case 'double_quote_string':
      return String(node.value);
    case 'number':
      return Number(node.value);
    case 'null':
      return null;
    default:
      return undefined;
  }
}

function compare(left: string | undefined, right: Value, op: string): boolean {
  if (left === undefined || right === null) return false;
  const numeric =
    typeof right === 'number' ||
    (/^-?\d+(\.\d+)?$/.test(left) && /^-?\d+(\.\d+)?$/.test(String(right)));
  const a = numeric ? Number(left) : left;
  const b = numeric ? Number(right) : String(right);
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
  /** Only this table has these keys' names (unqualified references resolve to it). */
  unambiguous: Set<string>;
}

function keyOf(node: Node, scope: Scope): string | undefined {
  const ref = columnOf(node);
  if (!ref || !scope.keys.has(ref.column)) return undefined;
  if (ref.table === null) return scope.unambiguous.has(ref.column) ? ref.column : undefined;
  return scope.names.has(ref.table.toLowerCase()) ? ref.column : undefined;
}

/** A predicate over partition values for one conjunct, or undefined when it is not purely about partition keys. */
function predicateOf(node: Node, scope: Scope): PartitionPredicate | undefined {
  const op = String(node.operator ?? '').toUpperCase();
  if (node.type === 'binary_expr' && (op === 'OR' || op === 'AND')) {
    const left = predicateOf(node.left as Node, scope);
    const right = predicateOf(node.right as Node, scope);
    if (!left || !right) return undefined;
    return op === 'OR' ? (v) => left(v) || right(v) : (v) => left(v) && right(v);
  }
  if (node.type !== 'binary_expr') return undefined;
  const left = node.left as Node;
  const right = node.right as Node;
  const key = keyOf(left, scope);
  if (COMPARE.has(op)) {
    const flipped = key === undefined ? keyOf(right, scope) : undefined;
    const literal = literalOf(key !== undefined ? right : left);
    if ((key ?? flipped) === undefined || literal === undefined) return undefined;
    const column = (key ?? flipped)!;
    const mirrored = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' }[op] ?? op;
    return (v) => compare(v[column], literal, key !== undefined ? op : mirrored);
  }
  if (key === undefined) return undefined;
  const list = ((right.value as Node[] | undefined) ?? []).map(literalOf);
  if (list.some((item) => item === undefined)) return undefined;
  const values = list as Value[];
  switch (op) {
    case 'IN':
      return (v) => values.some((x) => compare(v[key], x, '='));
    case 'NOT IN':
      return (v) => values.every((x) => compare(v[key], x, '!='));
    case 'BETWEEN':
      return (v) =>
        compare(v[key], values[0] ?? null, '>=') && compare(v[key], values[1] ?? null, '<=');
    case 'NOT BETWEEN':
      return (v) =>
        !(compare(v[key], values[0] ?? null, '>=') && compare(v[key], values[1] ?? null, '<='));
    case 'LIKE': {
      const pattern = literalOf(right);
      if (typeof pattern !== 'string') return undefined;
      const regex = likeRegex(pattern);
      return (v) => v[key] !== undefined && regex.test(v[key]);
    }
    default:
      return undefined;
  }
}

function conjuncts(node: Node | null | undefined): Node[] {
  if (!node) return [];
  if (node.type === 'binary_expr' && String(node.operator).toUpperCase() === 'AND')
    return [...conjuncts(node.left as Node), ...conjuncts(node.right as Node)];
  return [node];
}

export interface PruningTable {
  database: string;
  table: string;
  partitionKeys: string[];
}

/** Per table (`db.table`), the predicate its partitions must satisfy; tables without one read every partition. */
export function partitionPredicates(
  ast: unknown,
  tables: PruningTable[],
  defaultDatabase: string,
): Map<string, PartitionPredicate> {
  const result = new Map<string, PartitionPredicate>();
  const select = (Array.isArray(ast) ? ast[0] : ast) as Node | undefined;
  if (!select || select.type !== 'select') return result;
  const from = (select.from as Node[] | null) ?? [];
  const keyCounts = new Map<string, number>();
  const scopes: { id: string; scope: Scope }[] = [];
  for (const item of from) {
    const name = typeof item.table === 'string' ? item.table.toLowerCase() : undefined;
    if (!name) continue;
    const db = (typeof item.db === 'string' ? item.db : defaultDatabase).toLowerCase();
    const table = tables.find((t) => t.table === name && t.database === db);
    if (!table) continue;
    const alias = typeof item.as === 'string' ? item.as.toLowerCase() : undefined;
    const keys = new Set(table.partitionKeys.map((k) => k.toLowerCase()));
    for (const k of keys) keyCounts.set(k, (keyCounts.get(k) ?? 0) + 1);
    scopes.push({
      id: `${db}.${name}`,
      scope: { names: new Set(alias ? [alias] : [name]), keys, unambiguous: new Set() },
    });
  }
  for (const { id, scope } of scopes) {
    for (const k of scope.keys) if (keyCounts.get(k) === 1) scope.unambiguous.add(k);
    const predicates = conjuncts(select.where as Node | null)
      .map((c) => predicateOf(c, scope))
      .filter((p): p is PartitionPredicate => p !== undefined);
    if (predicates.length > 0) result.set(id, (v) => predicates.every((p) => p(v)));
  }
  return result;
}
