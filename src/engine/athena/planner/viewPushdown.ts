/**
 * Partition pruning through a view. Athena (Trino) expands a view into the query and pushes
 * the outer WHERE down to the base table's scan, so `SELECT … FROM v WHERE month = '03'` reads
 * one partition when `month` is a column of the base table passed through the view
 * (trino.io/docs/current/optimizer/pushdown.html: predicate pushdown). A filter moves below the
 * view only where that cannot change the view's rows for the values it keeps: a plain column
 * reference, in a view without LIMIT/OFFSET, window functions or set operations, from a table
 * not on the null-supplying side of an outer join, and (with GROUP BY or DISTINCT) a grouping
 * key. Anything else keeps every partition: reading more is always correct.
 */
import type { Expr, FromItem, Query, Select, SelectItem } from '../../sql/dialect/ast';
import { itemKey, type ColumnFilter } from './pruning';

/** For a FROM item of the view and a set of that item's columns: view column → item column. */
export type ViewColumnMap = (item: string, columns: ReadonlySet<string>) => Map<string, string>;

type TableItem = Extract<FromItem, { k: 'table' }>;

/** The view's tables whose every row reaches the join's output (not null-extended by it). */
function preservedTables(from: FromItem | undefined, out: TableItem[] = []): TableItem[] {
  if (from?.k === 'table') out.push(from);
  if (from?.k === 'join') {
    if (from.type !== 'RIGHT' && from.type !== 'FULL') preservedTables(from.left, out);
    if (from.type !== 'LEFT' && from.type !== 'FULL') preservedTables(from.right, out);
  }
  return out;
}

function hasWindow(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasWindow);
  if (typeof node !== 'object' || node === null) return false;
  if ((node as { k?: string; over?: unknown }).k === 'call' && 'over' in node && node.over)
    return true;
  return Object.values(node).some(hasWindow);
}

const identText = (expr: Expr) =>
  expr.k === 'ident' ? expr.parts.map((p) => p.toLowerCase()).join('.') : undefined;

const nameOf = (t: TableItem) => (t.alias ?? t.parts[t.parts.length - 1]!).toLowerCase();

/** The preserved table a column reference reads: the one its qualifier names, or the FROM's lone table. */
function ownerOf(
  qualifier: string | undefined,
  preserved: TableItem[],
  sourceCount: number,
): TableItem | undefined {
  if (qualifier === undefined) return sourceCount === 1 ? preserved[0] : undefined;
  return preserved.find((t) => nameOf(t) === qualifier.toLowerCase());
}

function fromItems(from: FromItem | undefined): FromItem[] {
  if (!from) return [];
  return from.k === 'join' ? [...fromItems(from.left), ...fromItems(from.right)] : [from];
}

/** A view column an explicit select item produces, and the table column it passes through unchanged. */
interface Passed {
  name: string;
  source?: { item: string; column: string };
}

function passedColumn(
  item: Extract<SelectItem, { k: 'expr' }>,
  index: number,
  select: Select,
  preserved: TableItem[],
): Passed {
  const expr = item.expr;
  const name = (item.alias ?? (expr.k === 'ident' ? expr.parts.at(-1) : '') ?? '').toLowerCase();
  const text = identText(expr);
  if (expr.k !== 'ident' || text === undefined) return { name };
  // Under GROUP BY, a filter on a grouping key keeps or drops whole groups: it commutes.
  const grouped =
    !select.groupBy ||
    select.groupBy.some(
      (g) => identText(g) === text || (g.k === 'number' && Number(g.text) === index + 1),
    );
  const qualifier = expr.parts.length > 1 ? expr.parts.at(-2) : undefined;
  const owner = grouped ? ownerOf(qualifier, preserved, fromItems(select.from).length) : undefined;
  if (!owner) return { name };
  return { name, source: { item: itemKey(owner.pos), column: expr.parts.at(-1)!.toLowerCase() } };
}

/** The view's one SELECT, when a filter may move below it (DISTINCT: every column is a grouping key). */
function pushableSelect(query: Query): Select | undefined {
  if (query.limit !== undefined || query.offset !== undefined) return undefined;
  if (query.body.k === 'nested') return pushableSelect(query.body.query);
  const select = query.body.k === 'select' ? query.body : undefined;
  return select && !hasWindow(select.items) ? select : undefined;
}

/** The table a lone `*` or `t.*` passes whole, when no other item could produce the same names. */
function starTable(select: Select, preserved: TableItem[]): string | undefined {
  const stars = select.items.filter((i) => i.k === 'star');
  if (stars.length !== 1 || select.groupBy || select.distinct) return undefined;
  const qualifier = stars[0]!.qualifier?.at(-1);
  const owner = ownerOf(qualifier, preserved, fromItems(select.from).length);
  return owner ? itemKey(owner.pos) : undefined;
}

/**
 * How a filter on the view's columns maps onto its FROM tables' columns, or undefined when no
 * filter may move below this view.
 */
export function viewColumnMap(query: Query): ViewColumnMap | undefined {
  const select = pushableSelect(query);
  if (!select) return undefined;
  const preserved = preservedTables(select.from);
  const explicit = select.items.flatMap((item, index) =>
    item.k === 'expr' ? [passedColumn(item, index, select, preserved)] : [],
  );
  const star = starTable(select, preserved);
  const hasStar = select.items.some((i) => i.k === 'star');
  const producers = (name: string) => explicit.filter((p) => p.name === name).length;
  return (item, columns) => {
    const mapping = new Map<string, string>();
    // With a `*` beside them, explicit items could repeat a name the star also produces.
    for (const { name, source } of explicit)
      if (!hasStar && source?.item === item && columns.has(source.column) && producers(name) === 1)
        mapping.set(name, source.column);
    if (star === item)
      for (const column of columns) if (producers(column) === 0) mapping.set(column, column);
    return mapping;
  };
}

/** The filter the query around a view puts on it, moved onto the view's FROM item `item`. */
export function filterThroughView(
  outer: ColumnFilter,
  map: ViewColumnMap,
  item: string,
): ColumnFilter {
  return (columns) => {
    const mapping = map(item, columns);
    if (mapping.size === 0) return undefined;
    const predicate = outer(new Set(mapping.keys()));
    if (!predicate) return undefined;
    return (values) =>
      predicate(Object.fromEntries([...mapping].map(([view, base]) => [view, values[base] ?? ''])));
  };
}
