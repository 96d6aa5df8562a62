import type { Expr, Select } from './ast';
import { sqlError } from './errors';
import { emitExpr, type ExprEnv } from './emitExpr';
import { FUNCTIONS } from './functionCatalog';

/** The direct sub-expressions of an expression (subqueries are checked on their own). */
function children(e: Expr): Expr[] {
  switch (e.k) {
    case 'binary':
    case 'distinctFrom':
      return [e.left, e.right];
    case 'unary':
    case 'cast':
    case 'isnull':
    case 'field':
    case 'extract':
      return [e.expr];
    case 'call':
      return [
        ...e.args,
        ...(e.over ? [...e.over.partitionBy, ...e.over.orderBy.map((o) => o.expr)] : []),
      ];
    case 'case':
      return [
        ...(e.operand ? [e.operand] : []),
        ...e.whens.flatMap((w) => [w.when, w.then]),
        ...(e.else ? [e.else] : []),
      ];
    case 'between':
      return [e.expr, e.low, e.high];
    case 'in':
      return [e.expr, ...(e.list ?? [])];
    case 'like':
      return [e.expr, e.pattern, ...(e.escape ? [e.escape] : [])];
    case 'array':
    case 'row':
      return e.items;
    case 'subscript':
      return [e.expr, e.index];
    case 'quantified':
      return [e.left];
    default:
      return [];
  }
}

const isAggregateCall = (e: Expr): boolean =>
  e.k === 'call' && !e.over && FUNCTIONS[e.name]?.kind === 'aggregate';

export function containsAggregate(e: Expr): boolean {
  return isAggregateCall(e) || children(e).some(containsAggregate);
}

/**
 * Trino: in an aggregated query every column outside an aggregate must be a GROUP BY key
 * (SQLite would silently pick a row's value instead).
 */
export function checkGrouped(
  sel: Select,
  orderBy: Expr[],
  env: ExprEnv,
  orderEnv: ExprEnv,
  groupKeys: string[],
  starColumns: Array<{ name: string; sql: string }>,
): void {
  const exprs = [
    ...sel.items.flatMap((i) => (i.k === 'expr' ? [i.expr] : [])),
    ...(sel.having ? [sel.having] : []),
  ];
  if (!sel.groupBy?.length && ![...exprs, ...orderBy].some(containsAggregate)) return;
  const keys = new Set(groupKeys);
  const loose = starColumns.find((c) => !keys.has(c.sql) && c.name !== '*');
  const star = sel.items.find((i) => i.k === 'star');
  if (loose && star)
    throw sqlError(
      'SYNTAX_ERROR',
      star.pos,
      `'${loose.name}' must be an aggregate expression or appear in GROUP BY clause`,
    );
  const visit = (e: Expr, env: ExprEnv): void => {
    if (isAggregateCall(e) || e.k === 'subquery' || e.k === 'exists') return;
    if (
      e.k !== 'number' &&
      e.k !== 'string' &&
      e.k !== 'null' &&
      e.k !== 'bool' &&
      keys.has(emitExpr(e, env).sql)
    )
      return;
    if (e.k === 'ident') {
      if (env.outputNames?.has(e.parts.join('.'))) return;
      throw sqlError(
        'SYNTAX_ERROR',
        e.pos,
        `'${e.parts.join('.')}' must be an aggregate expression or appear in GROUP BY clause`,
      );
    }
    children(e).forEach((c) => visit(c, env));
  };
  exprs.forEach((e) => visit(e, env));
  orderBy.forEach((e) => visit(e, orderEnv));
}
