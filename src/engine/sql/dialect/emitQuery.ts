import type { Expr, Query, QueryBody, Select, SelectItem, SetOp, Values } from './ast';
import { checkGrouped } from './grouping';
import { sqlError } from './errors';
import { quoteIdent, Scope, type CteInfo, type Relation, type ScopeColumn } from './context';
import { emitExpr, type Emitted, type ExprEnv } from './emitExpr';
import { emitOrderItems } from './emitCall';
import { emitFrom } from './emitFrom';
import { UNKNOWN, type SqlType } from './types';

export interface OutColumn {
  name: string;
  type: SqlType;
}

export interface QueryOut {
  sql: string;
  columns: OutColumn[];
  /** A bare SELECT (no WITH, ORDER BY or LIMIT) that can be a member of a compound SELECT. */
  bare: boolean;
}

export function emitSubquery(q: Query, env: ExprEnv): Emitted {
  const out = emitQueryNode(q, env);
  return { sql: `(${out.sql})`, type: out.columns[0]?.type ?? UNKNOWN };
}

export function emitQueryNode(q: Query, env: ExprEnv): QueryOut {
  const { ctx } = env;
  const ctes = new Map<string, CteInfo>();
  ctx.ctes.push(ctes);
  try {
    const withSql: string[] = [];
    for (const cte of q.with) {
      if (ctes.has(cte.name))
        throw sqlError(
          'SYNTAX_ERROR',
          cte.pos,
          `WITH query name '${cte.name}' specified more than once`,
        );
      const inner = emitQueryNode(cte.query, { ...env, topLevel: false });
      const names = cte.columns ?? inner.columns.map((c) => c.name);
      if (names.length !== inner.columns.length)
        throw sqlError(
          'SYNTAX_ERROR',
          cte.pos,
          `WITH column alias list has ${names.length} entries but WITH query has ${inner.columns.length} columns`,
        );
      const columns = names.map((name, i) => ({ name, type: inner.columns[i]!.type, sql: '' }));
      // Without a resolver, SELECT * has unknown columns: the CTE accepts any name.
      ctes.set(cte.name, {
        name: cte.name,
        columns: inner.columns.some((c) => c.name === '*') ? undefined : columns,
      });
      withSql.push(
        `${quoteIdent(cte.name)}(${names.map(quoteIdent).join(', ')}) AS (${inner.sql})`,
      );
    }
    const body = emitBody(q, env);
    if (withSql.length === 0) return body;
    return { sql: `WITH ${withSql.join(', ')} ${body.sql}`, columns: body.columns, bare: false };
  } finally {
    ctx.ctes.pop();
  }
}

function emitBody(q: Query, env: ExprEnv): QueryOut {
  if (q.body.k === 'select') return emitSelect(q.body, env, q);
  const inner = emitBodyOnly(q.body, env);
  if (q.orderBy.length === 0 && q.limit === undefined && q.offset === undefined) return inner;
  return wrapOrdered(inner, q, env);
}

function emitBodyOnly(body: QueryBody, env: ExprEnv): QueryOut {
  switch (body.k) {
    case 'select':
      return emitSelect(body, env);
    case 'values':
      return emitValues(body, env);
    case 'nested':
      return emitQueryNode(body.query, env);
    case 'setop':
      return emitSetOp(body, env);
  }
}

function limitSql(q: Pick<Query, 'limit' | 'offset'>): string {
  if (q.limit === undefined && q.offset === undefined) return '';
  return ` LIMIT ${q.limit ?? '-1'}${q.offset !== undefined ? ` OFFSET ${q.offset}` : ''}`;
}

/** ORDER BY / LIMIT over a compound or VALUES: sort the result by its output columns. */
function wrapOrdered(inner: QueryOut, q: Query, env: ExprEnv): QueryOut {
  const scope = new Scope(env.scope);
  const alias = env.ctx.freshAlias('_q');
  scope.relations.push({
    names: [],
    sqlAlias: alias,
    columns: inner.columns.map((c) => ({
      ...c,
      sql: `${quoteIdent(alias)}.${quoteIdent(c.name)}`,
    })),
  });
  const orderEnv: ExprEnv = { ctx: env.ctx, scope };
  const order = q.orderBy.length ? ` ORDER BY ${emitOrderItems(q.orderBy, orderEnv)}` : '';
  return {
    sql: `SELECT * FROM (${inner.sql}) AS ${quoteIdent(alias)}${order}${limitSql(q)}`,
    columns: inner.columns,
    bare: false,
  };
}

interface SelectOutput extends Emitted {
  name: string;
}

function emitSelect(sel: Select, env: ExprEnv, q?: Query): QueryOut {
  const scope = new Scope(env.scope);
  const inner: ExprEnv = { ctx: env.ctx, scope };
  const from = sel.from ? ` FROM ${emitFrom(sel.from, inner)}` : '';
  const perItem = sel.items.map((item, i) => emitSelectItem(item, i, inner));
  const outputs = perItem.flat();
  const starColumns = perItem.filter((_, i) => sel.items[i]!.k === 'star').flat();
  const shown = (o: SelectOutput): string =>
    env.topLevel && o.type.includes('with time zone') ? `(${o.sql} || ' UTC')` : o.sql;
  const parts = [
    `SELECT ${sel.distinct ? 'DISTINCT ' : ''}${outputs.map((o) => `${shown(o)} AS ${quoteIdent(o.name)}`).join(', ')}${from}`,
  ];
  if (sel.where) parts.push(`WHERE ${emitExpr(sel.where, inner).sql}`);
  const keys = (sel.groupBy ?? []).map((g) => groupKey(g, outputs, inner));
  if (keys.length) parts.push(`GROUP BY ${keys.join(', ')}`);
  if (sel.having) parts.push(`HAVING ${emitExpr(sel.having, inner).sql}`);
  const columns = outputs.map((o) => ({ name: o.name, type: o.type }));
  const outputNames = new Map(outputs.map((o) => [o.name, o] as const));
  const orderEnv: ExprEnv = { ...inner, outputNames };
  const ordinal = (x: Expr): boolean => x.k === 'number' && /^\d+$/.test(x.text);
  checkGrouped(
    sel,
    (q?.orderBy ?? []).map((o) => o.expr).filter((x) => !ordinal(x)),
    inner,
    orderEnv,
    keys,
    starColumns,
  );
  if (!q || (q.orderBy.length === 0 && q.limit === undefined && q.offset === undefined))
    return { sql: parts.join(' '), columns, bare: true };
  if (q.orderBy.length)
    parts.push(
      `ORDER BY ${emitOrderItems(q.orderBy, orderEnv, (x) => orderKey(x, outputs, orderEnv))}`,
    );
  return { sql: parts.join(' ') + limitSql(q), columns, bare: false };
}

/** GROUP BY 2 means the second select expression. */
function groupKey(
  g: Select['groupBy'] extends (infer E)[] | undefined ? E : never,
  outputs: SelectOutput[],
  env: ExprEnv,
): string {
  if (g.k === 'number' && /^\d+$/.test(g.text)) {
    const o = outputs[Number(g.text) - 1];
    if (!o)
      throw sqlError('SYNTAX_ERROR', g.pos, `GROUP BY position ${g.text} is not in select list`);
    return o.sql;
  }
  return emitExpr(g, env).sql;
}

function orderKey(
  x: Parameters<typeof emitExpr>[0],
  outputs: SelectOutput[],
  env: ExprEnv,
): string {
  if (x.k === 'number' && /^\d+$/.test(x.text)) {
    if (!outputs[Number(x.text) - 1])
      throw sqlError('SYNTAX_ERROR', x.pos, `ORDER BY position ${x.text} is not in select list`);
    return x.text;
  }
  return emitExpr(x, env).sql;
}

/** Trino names an unaliased expression `_colN` by its position; a column keeps its name. */
function emitSelectItem(item: SelectItem, index: number, env: ExprEnv): SelectOutput[] {
  if (item.k === 'star') return expandStar(item, env);
  const e = emitExpr(item.expr, env);
  let name = item.alias;
  if (name === undefined && item.expr.k === 'ident')
    name = item.expr.parts[item.expr.parts.length - 1];
  if (name === undefined && item.expr.k === 'field') name = item.expr.field;
  return [{ ...e, name: name ?? `_col${index}` }];
}

function expandStar(item: Extract<SelectItem, { k: 'star' }>, env: ExprEnv): SelectOutput[] {
  const qualifier = item.qualifier?.join('.');
  const rels: Relation[] = env.scope.relations.filter(
    (r) => qualifier === undefined || r.names.includes(qualifier),
  );
  if (rels.length === 0) {
    if (qualifier === undefined)
      throw sqlError(
        'SYNTAX_ERROR',
        item.pos,
        'SELECT * not allowed in queries without FROM clause',
      );
    throw sqlError('TABLE_NOT_FOUND', item.pos, `Table '${qualifier}' not found`);
  }
  return rels.flatMap((rel) => {
    env.ctx.noteUsage(rel, '*');
    if (!rel.columns) return [{ sql: `${quoteIdent(rel.sqlAlias)}.*`, type: UNKNOWN, name: '*' }];
    // Athena's hidden columns ("$path", "$file_size", …) are read only when named.
    const shown = (c: ScopeColumn): boolean =>
      !c.name.startsWith('$') && (qualifier !== undefined || !rel.hidden?.has(c.name));
    return rel.columns.filter(shown).map((c) => ({ sql: c.sql, type: c.type, name: c.name }));
  });
}

function emitValues(v: Values, env: ExprEnv): QueryOut {
  const width = v.rows[0]?.length ?? 0;
  let types: SqlType[] = [];
  const rows = v.rows.map((row) => {
    if (row.length !== width)
      throw sqlError('SYNTAX_ERROR', v.pos, 'Values rows have mismatched sizes');
    const emitted = row.map((x) => emitExpr(x, env));
    if (types.length === 0 || types.includes(UNKNOWN))
      types = emitted.map((e, i) => (types[i] && types[i] !== UNKNOWN ? types[i] : e.type));
    return `(${emitted.map((e) => e.sql).join(', ')})`;
  });
  const columns = types.map((type, i) => ({ name: `_col${i}`, type }));
  const select = columns
    .map((c, i) => `${quoteIdent(`column${i + 1}`)} AS ${quoteIdent(c.name)}`)
    .join(', ');
  return { sql: `SELECT ${select} FROM (VALUES ${rows.join(', ')})`, columns, bare: true };
}

function member(out: QueryOut, leftmost: boolean, alias: string): string {
  if (out.bare) return out.sql;
  if (leftmost && /^SELECT /.test(out.sql) && !/ ORDER BY | LIMIT /.test(out.sql)) return out.sql;
  return `SELECT * FROM (${out.sql}) AS ${quoteIdent(alias)}`;
}

function emitSetOp(s: SetOp, env: ExprEnv): QueryOut {
  const left = emitBodyOnly(s.left, env);
  const right = emitBodyOnly(s.right, env);
  if (left.columns.length !== right.columns.length)
    throw sqlError(
      'TYPE_MISMATCH',
      s.pos,
      `${s.op} query has different number of fields: ${left.columns.length}, ${right.columns.length}`,
    );
  const columns = left.columns.map((c, i) => ({
    name: c.name,
    type: c.type !== UNKNOWN ? c.type : right.columns[i]!.type,
  }));
  const l = member(left, s.left.k === 'setop', env.ctx.freshAlias('_l'));
  const r = member(right, false, env.ctx.freshAlias('_r'));
  if (!s.all || s.op === 'UNION')
    return { sql: `${l} ${s.op}${s.all ? ' ALL' : ''} ${r}`, columns, bare: false };
  // SQLite has no INTERSECT ALL / EXCEPT ALL: number duplicate rows so each copy matches once.
  const numbered = (out: QueryOut, sql: string): string => {
    const cols = out.columns.map((c) => quoteIdent(c.name)).join(', ');
    return `SELECT *, row_number() OVER (PARTITION BY ${cols}) AS "__n" FROM (${sql})`;
  };
  const names = columns.map((c) => quoteIdent(c.name)).join(', ');
  return {
    sql: `SELECT ${names} FROM (${numbered(left, left.sql)} ${s.op} ${numbered(right, right.sql)})`,
    columns,
    bare: false,
  };
}
