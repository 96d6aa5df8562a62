import type { FromItem } from './ast';
import { sqlError } from './errors';
import { quoteIdent, type Relation, type ScopeColumn, type TableRef } from './context';
import { emitExpr, type ExprEnv } from './emitExpr';
import { emitQueryNode } from './emitQuery';
import { athenaTypeOf, elementType, isMap, mapTypes, UNKNOWN } from './types';

const JOIN_SQL = {
  INNER: 'JOIN',
  LEFT: 'LEFT JOIN',
  RIGHT: 'RIGHT JOIN',
  FULL: 'FULL JOIN',
  CROSS: 'CROSS JOIN',
} as const;

export function emitFrom(item: FromItem, env: ExprEnv): string {
  switch (item.k) {
    case 'table':
      return emitTable(item, env);
    case 'derived':
      return emitDerived(item, env);
    case 'unnest':
      return emitUnnest(item, env);
    case 'join':
      return emitJoin(item, env);
  }
}

function uniqueAlias(env: ExprEnv, wanted: string): string {
  const taken = env.scope.relations.some((r) => r.sqlAlias === wanted);
  return taken || wanted.startsWith('sqlite_') ? env.ctx.freshAlias('_t') : wanted;
}

const columnsOf = (alias: string, cols: Array<{ name: string; type: string }>): ScopeColumn[] =>
  cols.map((c) => ({
    name: c.name,
    type: c.type,
    sql: `${quoteIdent(alias)}.${quoteIdent(c.name)}`,
  }));

function emitTable(item: Extract<FromItem, { k: 'table' }>, env: ExprEnv): string {
  const { ctx } = env;
  const { parts, pos } = item;
  const cte = parts.length === 1 ? ctx.findCte(parts[0]!) : undefined;
  const table = parts[parts.length - 1]!;
  const alias = uniqueAlias(env, item.alias ?? table);
  if (cte) {
    env.scope.relations.push({
      names: [item.alias ?? table],
      sqlAlias: alias,
      columns: cte.columns && columnsOf(alias, cte.columns),
    });
    return `${quoteIdent(cte.name)} AS ${quoteIdent(alias)}`;
  }
  if (parts.length > 3)
    throw sqlError('SYNTAX_ERROR', pos, `Too many dots in table name: ${parts.join('.')}`);
  const ref: TableRef = { table, line: pos.line, column: pos.column };
  if (parts.length >= 2) ref.database = parts[parts.length - 2];
  if (parts.length === 3) ref.catalog = parts[0];
  // Every reference is listed: each is its own table scan (a self-join reads the table twice).
  ctx.tables.push(ref);
  const names =
    item.alias !== undefined
      ? [item.alias]
      : [
          table,
          ...(ref.database ? [`${ref.database}.${table}`] : []),
          ...(ref.catalog ? [parts.join('.')] : []),
        ];
  const rel: Relation = {
    names,
    sqlAlias: alias,
    usageKey: ref.database ? `${ref.database}.${table}` : table,
  };
  env.scope.relations.push(rel);
  if (!ctx.resolve) return `${quoteIdent(table)} AS ${quoteIdent(alias)}`;
  const resolved = ctx.resolve(ref);
  rel.columns = columnsOf(
    alias,
    resolved.columns.map((c) => ({ name: c.name.toLowerCase(), type: athenaTypeOf(c.type) })),
  );
  if ('subquery' in resolved) return `(${resolved.subquery}) AS ${quoteIdent(alias)}`;
  if (/^sqlite_/i.test(resolved.sqliteName))
    throw sqlError('NOT_SUPPORTED', pos, 'Tables whose names begin with sqlite_ are not allowed');
  return `${quoteIdent(resolved.sqliteName)} AS ${quoteIdent(alias)}`;
}

/** A derived table sees only the enclosing query's scope (Trino has no implicit LATERAL). */
function emitDerived(item: Extract<FromItem, { k: 'derived' }>, env: ExprEnv): string {
  const inner = emitQueryNode(item.query, { ctx: env.ctx, scope: env.scope.parent ?? env.scope });
  const alias = uniqueAlias(env, item.alias ?? env.ctx.freshAlias('_d'));
  const names = item.columns ?? inner.columns.map((c) => c.name);
  if (names.length !== inner.columns.length && env.ctx.resolve)
    throw sqlError(
      'SYNTAX_ERROR',
      item.pos,
      `Column alias list has ${names.length} entries but '${item.alias}' has ${inner.columns.length} columns`,
    );
  const cols = names.map((name, i) => ({ name, type: inner.columns[i]!.type }));
  const unknown = inner.columns.some((c) => c.name === '*');
  env.scope.relations.push({
    names: item.alias !== undefined ? [item.alias] : [],
    sqlAlias: alias,
    columns: unknown ? undefined : columnsOf(alias, cols),
  });
  if (!item.columns) return `(${inner.sql}) AS ${quoteIdent(alias)}`;
  const renamed = inner.columns
    .map((c, i) => `${quoteIdent(c.name)} AS ${quoteIdent(names[i]!)}`)
    .join(', ');
  return `(SELECT ${renamed} FROM (${inner.sql})) AS ${quoteIdent(alias)}`;
}

/** UNNEST reads the JSON text of an array (or map) through SQLite's json_each. */
function emitUnnest(item: Extract<FromItem, { k: 'unnest' }>, env: ExprEnv): string {
  const args = item.args.map((a) => emitExpr(a, env));
  const alias = uniqueAlias(env, item.alias ?? env.ctx.freshAlias('_u'));
  const a = quoteIdent(alias);
  const cols: ScopeColumn[] = [];
  const names = item.columns ?? [];
  const name = (i: number): string => names[i] ?? `_col${i}`;
  let source: string;
  if (args.length === 1 && isMap(args[0]!.type)) {
    const [k, v] = mapTypes(args[0]!.type);
    cols.push(
      { name: name(0), type: k, sql: `${a}."key"` },
      { name: name(1), type: v, sql: `${a}."value"` },
    );
    source = `json_each(${args[0]!.sql})`;
  } else if (args.length === 1) {
    cols.push({ name: name(0), type: elementType(args[0]!.type), sql: `${a}."value"` });
    source = `json_each(${args[0]!.sql})`;
  } else {
    args.forEach((arg, i) =>
      cols.push({
        name: name(i),
        type: elementType(arg.type),
        sql: `json_extract(${a}."value", '$[${i}]')`,
      }),
    );
    source = `json_each(trino_zip(${args.map((x) => x.sql).join(', ')}))`;
  }
  if (item.ordinality)
    cols.push({ name: name(cols.length), type: 'bigint', sql: `(${a}."key" + 1)` });
  if (names.length > cols.length)
    throw sqlError(
      'SYNTAX_ERROR',
      item.pos,
      `Column alias list has ${names.length} entries but UNNEST has ${cols.length} columns`,
    );
  env.scope.relations.push({
    names: item.alias !== undefined ? [item.alias] : [],
    sqlAlias: alias,
    columns: cols.map((c) => ({ ...c, type: c.type || UNKNOWN })),
  });
  return `${source} AS ${a}`;
}

function emitJoin(item: Extract<FromItem, { k: 'join' }>, env: ExprEnv): string {
  const left = emitFrom(item.left, env);
  const before = env.scope.relations.length;
  const rightSql = emitFrom(item.right, env);
  const right = item.right.k === 'join' ? `(${rightSql})` : rightSql;
  const rightRels = env.scope.relations.slice(before);
  const leftRels = env.scope.relations.slice(0, before);
  if (item.type === 'CROSS') return `${left} CROSS JOIN ${right}`;
  if (item.on) return `${left} ${JOIN_SQL[item.type]} ${right} ON ${emitExpr(item.on, env).sql}`;
  const conditions = (item.using ?? []).map((name) => {
    const l = findIn(leftRels, name, env, item);
    const r = findIn(rightRels, name, env, item);
    const merged =
      item.type === 'RIGHT' ? r.sql : item.type === 'FULL' ? `coalesce(${l.sql}, ${r.sql})` : l.sql;
    for (const rel of [...leftRels, ...rightRels]) {
      rel.columns = rel.columns?.map((c) => (c.name === name ? { ...c, sql: merged } : c));
    }
    for (const rel of rightRels) (rel.hidden ??= new Set()).add(name);
    return `${l.sql} = ${r.sql}`;
  });
  return `${left} ${JOIN_SQL[item.type]} ${right} ON ${conditions.join(' AND ')}`;
}

function findIn(
  rels: Relation[],
  name: string,
  env: ExprEnv,
  item: Extract<FromItem, { k: 'join' }>,
): ScopeColumn {
  for (const rel of rels) {
    if (!rel.columns) {
      env.ctx.noteUsage(rel, name);
      return { name, type: UNKNOWN, sql: `${quoteIdent(rel.sqlAlias)}.${quoteIdent(name)}` };
    }
    const col = rel.columns.find((c) => c.name === name);
    if (col) {
      env.ctx.noteUsage(rel, name);
      return col;
    }
  }
  throw sqlError(
    'COLUMN_NOT_FOUND',
    item.pos,
    `Column '${name}' is missing from left side of join`,
  );
}
