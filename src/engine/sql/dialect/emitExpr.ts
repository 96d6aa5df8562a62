import type { Expr } from './ast';
import { columnNotFound, sqlError } from './errors';
import { quoteIdent, quoteString, type Ctx, type Scope } from './context';
import {
  elementType,
  isMap,
  isRow,
  isStructured,
  mapTypes,
  rowFieldType,
  UNKNOWN,
  type SqlType,
} from './types';
import { emitBinary, emitCast, emitLiteral, emitComparisonParts } from './emitOps';
import { emitCall } from './emitCall';
import { emitQueryNode, emitSubquery } from './emitQuery';

export interface Emitted {
  sql: string;
  type: SqlType;
}

/** The environment an expression is translated in. */
export interface ExprEnv {
  ctx: Ctx;
  scope: Scope;
  /** Output aliases ORDER BY may refer to. */
  outputNames?: Map<string, Emitted>;
  /** The statement's own result columns (Athena prints a zoned timestamp with its zone). */
  topLevel?: boolean;
}

export function emitExpr(e: Expr, env: ExprEnv): Emitted {
  switch (e.k) {
    case 'ident':
      return emitIdent(e, env);
    case 'number':
    case 'string':
    case 'null':
    case 'bool':
    case 'typed':
      return emitLiteral(e);
    case 'interval':
      throw sqlError(
        'NOT_SUPPORTED',
        e.pos,
        'An INTERVAL is supported only added to or subtracted from a date or timestamp',
      );
    case 'binary':
      return emitBinary(e, env);
    case 'unary': {
      const inner = emitExpr(e.expr, env);
      if (e.op === 'NOT') return { sql: `(NOT ${inner.sql})`, type: 'boolean' };
      return { sql: `(${e.op}${inner.sql})`, type: inner.type };
    }
    case 'call':
      return emitCall(e, env);
    case 'cast':
      return emitCast(emitExpr(e.expr, env), e.type, e.safe || env.ctx.tryDepth > 0);
    case 'case':
      return emitCase(e, env);
    case 'between': {
      const [v, low] = emitComparisonParts(e.expr, e.low, env, e.pos, 'BETWEEN');
      const [, high] = emitComparisonParts(e.expr, e.high, env, e.pos, 'BETWEEN');
      return {
        sql: `(${v.sql} ${e.not ? 'NOT ' : ''}BETWEEN ${low.sql} AND ${high.sql})`,
        type: 'boolean',
      };
    }
    case 'in': {
      const v = emitExpr(e.expr, env);
      const list = e.query
        ? emitSubquery(e.query, env).sql
        : `(${e.list!.map((x) => emitExpr(x, env).sql).join(', ')})`;
      return { sql: `(${v.sql} ${e.not ? 'NOT ' : ''}IN ${list})`, type: 'boolean' };
    }
    case 'like': {
      const args = [e.expr, e.pattern, ...(e.escape ? [e.escape] : [])].map(
        (x) => emitExpr(x, env).sql,
      );
      const call = `trino_like(${args.join(', ')})`;
      return { sql: e.not ? `(NOT ${call})` : call, type: 'boolean' };
    }
    case 'isnull':
      return {
        sql: `(${emitExpr(e.expr, env).sql} IS ${e.not ? 'NOT ' : ''}NULL)`,
        type: 'boolean',
      };
    case 'distinctFrom': {
      const [l, r] = emitComparisonParts(e.left, e.right, env, e.pos, 'IS DISTINCT FROM');
      return { sql: `(${l.sql} IS ${e.not ? '' : 'NOT '}${r.sql})`, type: 'boolean' };
    }
    case 'exists':
      return { sql: `(EXISTS ${emitSubquery(e.query, env).sql})`, type: 'boolean' };
    case 'subquery':
      return emitSubquery(e.query, env);
    case 'array':
      return emitArray(e.items, env);
    case 'row':
      return {
        sql: emitArray(e.items, env).sql,
        type: `row(${e.items.map((x, i) => `field${i} ${emitExpr(x, env).type}`).join(', ')})`,
      };
    case 'subscript':
      return emitSubscript(emitExpr(e.expr, env), emitExpr(e.index, env), env);
    case 'field':
      return emitField(emitExpr(e.expr, env), e.field, e.pos);
    case 'extract':
      return emitCall(
        {
          k: 'call',
          name: extractFunction(e.field, e.pos),
          args: [e.expr],
          distinct: false,
          star: false,
          pos: e.pos,
        },
        env,
      );
    case 'current':
      return emitCurrent(e.name);
    case 'quantified':
      return emitQuantified(e, env);
    case 'lambda':
      throw sqlError(
        'NOT_SUPPORTED',
        e.pos,
        'Lambda expressions are supported only in transform, filter, any_match, all_match and none_match in LakeLab',
      );
  }
}

function emitIdent(e: Extract<Expr, { k: 'ident' }>, env: ExprEnv): Emitted {
  const { parts, pos } = e;
  const { ctx, scope } = env;
  if (parts.length === 1 && env.outputNames?.has(parts[0]!))
    return { sql: quoteIdent(parts[0]!), type: env.outputNames.get(parts[0]!)!.type };
  // The longest prefix naming a relation qualifies the column; the rest are row fields.
  for (let q = Math.min(parts.length - 1, 3); q >= 1; q -= 1) {
    const qualifier = parts.slice(0, q).join('.');
    if (!ctx.hasRelation(scope, qualifier)) continue;
    const col = ctx.requireColumn(scope, parts[q]!, pos, qualifier);
    return parts
      .slice(q + 1)
      .reduce<Emitted>((acc, f) => emitField(acc, f, pos), { sql: col.sql, type: col.type });
  }
  const col = ctx.lookupColumn(scope, parts[0]!, pos);
  if (!col)
    throw columnNotFound(
      pos,
      parts.length > 1 ? parts.slice(0, -1).join('.') + '.' + parts[parts.length - 1]! : parts[0]!,
    );
  return parts
    .slice(1)
    .reduce<Emitted>((acc, f) => emitField(acc, f, pos), { sql: col.sql, type: col.type });
}

/** Struct fields live in JSON text: `s.f` reads `$.f`. */
function emitField(base: Emitted, field: string, pos: Expr['pos']): Emitted {
  const type = rowFieldType(base.type, field);
  if (type === undefined && base.type !== UNKNOWN && base.type !== 'json')
    throw columnNotFound(pos, field);
  return {
    sql: `trino_json_value(${base.sql}, ${quoteString(`$."${field}"`)})`,
    type: type ?? UNKNOWN,
  };
}

function emitSubscript(base: Emitted, index: Emitted, env: ExprEnv): Emitted {
  const fn = env.ctx.tryDepth > 0 ? 'trino_try_subscript' : 'trino_subscript';
  const type = isMap(base.type)
    ? mapTypes(base.type)[1]
    : isRow(base.type)
      ? UNKNOWN
      : elementType(base.type);
  return { sql: `${fn}(${base.sql}, ${index.sql})`, type };
}

export function jsonArg(x: Emitted): string {
  if (isStructured(x.type)) return `json(${x.sql})`;
  if (x.type === 'boolean')
    return `json(CASE WHEN ${x.sql} IS NULL THEN NULL WHEN ${x.sql} THEN 'true' ELSE 'false' END)`;
  return x.sql;
}

function emitArray(items: Expr[], env: ExprEnv): Emitted {
  const emitted = items.map((x) => emitExpr(x, env));
  const elem = emitted.find((x) => x.type !== UNKNOWN)?.type ?? UNKNOWN;
  return { sql: `json_array(${emitted.map(jsonArg).join(', ')})`, type: `array(${elem})` };
}

function emitCase(e: Extract<Expr, { k: 'case' }>, env: ExprEnv): Emitted {
  const parts = ['CASE'];
  if (e.operand) parts.push(emitExpr(e.operand, env).sql);
  const types: SqlType[] = [];
  for (const w of e.whens) {
    const then = emitExpr(w.then, env);
    types.push(then.type);
    parts.push(`WHEN ${emitExpr(w.when, env).sql} THEN ${then.sql}`);
  }
  if (e.else) {
    const other = emitExpr(e.else, env);
    types.push(other.type);
    parts.push(`ELSE ${other.sql}`);
  }
  parts.push('END');
  return { sql: `(${parts.join(' ')})`, type: types.find((t) => t !== UNKNOWN) ?? UNKNOWN };
}

function extractFunction(field: string, pos: Expr['pos']): string {
  const map: Record<string, string> = {
    year: 'year',
    quarter: 'quarter',
    month: 'month',
    week: 'week',
    day: 'day',
    day_of_month: 'day',
    day_of_week: 'day_of_week',
    dow: 'day_of_week',
    day_of_year: 'day_of_year',
    doy: 'day_of_year',
    hour: 'hour',
    minute: 'minute',
    second: 'second',
    year_of_week: 'year_of_week',
    yow: 'year_of_week',
  };
  const fn = map[field];
  if (!fn) throw sqlError('SYNTAX_ERROR', pos, `Invalid EXTRACT field: ${field}`);
  return fn;
}

/** current_date and friends read the simulated clock the runtime registers as lakelab_now(). */
export function emitCurrent(name: string): Emitted {
  if (name === 'current_date') return { sql: 'trino_date(lakelab_now())', type: 'date' };
  if (name === 'localtimestamp')
    return { sql: 'trino_to_timestamp(lakelab_now())', type: 'timestamp' };
  if (name === 'current_time')
    return { sql: 'substr(trino_to_timestamp(lakelab_now()), 12)', type: 'time(3) with time zone' };
  return { sql: 'trino_to_timestamp(lakelab_now())', type: 'timestamp(3) with time zone' };
}

function emitQuantified(e: Extract<Expr, { k: 'quantified' }>, env: ExprEnv): Emitted {
  const left = emitExpr(e.left, env);
  const all = e.quantifier === 'ALL';
  if (e.op === '=' && !all)
    return { sql: `(${left.sql} IN ${emitSubquery(e.query, env).sql})`, type: 'boolean' };
  if (e.op === '<>' && all)
    return { sql: `(${left.sql} NOT IN ${emitSubquery(e.query, env).sql})`, type: 'boolean' };
  if (e.op === '=' || e.op === '<>')
    throw sqlError(
      'NOT_SUPPORTED',
      e.pos,
      `${e.op} ${e.quantifier} (subquery) is not supported in LakeLab`,
    );
  const wantsMax = (e.op.startsWith('>') && all) || (e.op.startsWith('<') && !all);
  const inner = emitQueryNode(e.query, env);
  const col = quoteIdent(inner.columns[0]?.name ?? '_col0');
  return {
    sql: `(${left.sql} ${e.op} (SELECT ${wantsMax ? 'max' : 'min'}(${col}) FROM (${inner.sql})))`,
    type: 'boolean',
  };
}
