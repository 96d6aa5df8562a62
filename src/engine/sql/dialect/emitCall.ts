import type { Expr, OrderItem, WindowSpec } from './ast';
import { functionNotFound, sqlError } from './errors';
import { quoteString } from './context';
import { emitCurrent, emitExpr, jsonArg, type Emitted, type ExprEnv } from './emitExpr';
import { FUNCTIONS, SPECIAL_FUNCTIONS, type FunctionSpec } from './functionCatalog';
import { emitLambdaCall } from './emitLambda';
import { checkSignature } from './signatures';
import {
  elementType,
  isArray,
  isIntegerType,
  isMap,
  isStructured,
  mapTypes,
  numericResult,
  UNKNOWN,
  type SqlType,
} from './types';

type Call = Extract<Expr, { k: 'call' }>;

export function emitCall(e: Call, env: ExprEnv): Emitted {
  if (e.name.startsWith('sqlite_') || e.name.startsWith('trino_') || e.name.startsWith('lakelab_'))
    throw functionNotFound(e.pos, e.name);
  const special = SPECIAL_FUNCTIONS[e.name];
  if (special) {
    checkArity(e, special[0], special[1]);
    return emitSpecial(e, env);
  }
  const spec = FUNCTIONS[e.name];
  if (!spec) throw functionNotFound(e.pos, e.name);
  if (e.star && e.name !== 'count')
    throw sqlError('SYNTAX_ERROR', e.pos, `Function '${e.name}' does not accept '*'`);
  checkArity(e, spec.min, spec.max);
  if (spec.kind === 'window' && !e.over)
    throw sqlError('SYNTAX_ERROR', e.pos, `Window function ${e.name} requires an OVER clause`);
  if (spec.kind === 'scalar' && (e.over || e.distinct || e.filter))
    throw sqlError('SYNTAX_ERROR', e.pos, `'${e.name}' is not an aggregate function`);
  const isJs = (spec.sql ?? `trino_${e.name}`).startsWith('trino_');
  // SQLite runs only its own aggregates (and ones registered with window callbacks) over windows.
  if (e.over && isJs && spec.kind === 'aggregate')
    throw sqlError(
      'NOT_SUPPORTED',
      e.pos,
      `${e.name}() OVER (…) is not supported in LakeLab; aggregate in a subquery and join it`,
    );
  const args = e.args.map((a) => emitExpr(a, env));
  checkSignature(
    e.name,
    args.map((a) => a.type),
    e.pos,
  );
  let type = resultType(
    spec,
    args.map((a) => a.type),
  );
  if (e.name === 'approx_percentile' && isArray(args[1]!.type)) type = `array(${type})`;
  const body = callBody(e, spec, args, env);
  let sql = body;
  if (e.filter) sql += ` FILTER (WHERE ${emitExpr(e.filter, env).sql})`;
  if (e.over) sql += ` OVER ${emitWindow(e.over, env)}`;
  return { sql: isJs && isIntegerType(type) && !e.over ? `CAST(${sql} AS INTEGER)` : sql, type };
}

function checkArity(e: Call, min: number, max: number): void {
  const n = e.star ? 0 : e.args.length;
  if (n < min || n > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    throw sqlError(
      'FUNCTION_NOT_FOUND',
      e.pos,
      `Unexpected parameters (${n} arguments) for function ${e.name}. Expected: ${expected} arguments`,
    );
  }
}

function callBody(e: Call, spec: FunctionSpec, args: Emitted[], env: ExprEnv): string {
  if (e.name === 'count' && (e.star || args.length === 0)) return 'count(*)';
  if (e.name === 'count_if') return `count(CASE WHEN ${args[0]!.sql} THEN 1 END)`;
  if (e.name === 'approx_distinct') return `count(DISTINCT ${args[0]!.sql})`; // exact, within Trino's error bound
  if (e.name === 'concat' && args.some((a) => isArray(a.type)))
    return `trino_concat(${args.map((a) => a.sql).join(', ')})`;
  if (e.name === 'concat') return `trino_concat_varchar(${args.map((a) => a.sql).join(', ')})`;
  if (e.name === 'array_agg' || e.name === 'map_agg') {
    const name =
      e.name === 'array_agg' && (isStructured(args[0]!.type) || args[0]!.type === 'boolean')
        ? 'trino_array_agg_json'
        : `trino_${e.name}`;
    return `${name}(${distinct(e)}${args.map(jsonArg).join(', ')}${orderBy(e.orderBy, env)})`;
  }
  if (e.name === 'contains' || e.name === 'array_position' || e.name === 'array_remove')
    return `trino_${e.name}(${args[0]!.sql}, ${jsonArg(args[1]!)})`;
  let name = spec.sql ?? `trino_${e.name}`;
  if (spec.kind === 'window') name = e.name;
  if (env.ctx.tryDepth > 0 && spec.kind === 'scalar' && name.startsWith('trino_'))
    name = name.replace(/^trino_/, 'trino_try_');
  return `${name}(${distinct(e)}${args.map((a) => a.sql).join(', ')}${orderBy(e.orderBy, env)})`;
}

const distinct = (e: Call): string => (e.distinct ? 'DISTINCT ' : '');

function orderBy(items: OrderItem[] | undefined, env: ExprEnv): string {
  return items?.length ? ` ORDER BY ${emitOrderItems(items, env)}` : '';
}

/** Trino sorts NULLs last in both directions unless told otherwise; SQLite puts them first ascending. */
export function emitOrderItems(
  items: OrderItem[],
  env: ExprEnv,
  resolve = (x: Expr) => emitExpr(x, env).sql,
): string {
  return items
    .map((o) => `${resolve(o.expr)}${o.desc ? ' DESC' : ''} NULLS ${o.nulls ?? 'LAST'}`)
    .join(', ');
}

function emitWindow(w: WindowSpec, env: ExprEnv): string {
  const parts: string[] = [];
  if (w.partitionBy.length)
    parts.push(`PARTITION BY ${w.partitionBy.map((x) => emitExpr(x, env).sql).join(', ')}`);
  if (w.orderBy.length) parts.push(`ORDER BY ${emitOrderItems(w.orderBy, env)}`);
  if (w.frame) parts.push(w.frame);
  return `(${parts.join(' ')})`;
}

function resultType(spec: FunctionSpec, types: SqlType[]): SqlType {
  const t0 = types[0] ?? UNKNOWN;
  switch (spec.ret) {
    case '$0':
      return t0;
    case '$1':
      return types[1] ?? UNKNOWN;
    case '$2':
      return types[2] ?? UNKNOWN;
    case '$sum':
      return isIntegerType(t0)
        ? 'bigint'
        : t0 === UNKNOWN
          ? UNKNOWN
          : t0.startsWith('decimal')
            ? t0
            : 'double';
    case '$elem0':
      return isMap(t0) ? mapTypes(t0)[1] : elementType(t0);
    case '$array0':
      return `array(${t0})`;
    case '$map01':
      return `map(${t0}, ${types[1] ?? UNKNOWN})`;
    case '$keys0':
      return `array(${mapTypes(t0)[0]})`;
    case '$values0':
      return `array(${mapTypes(t0)[1]})`;
    case '$mapOfArrays':
      return `map(${elementType(t0)}, ${elementType(types[1] ?? UNKNOWN)})`;
    case '$num01':
      return numericResult(t0, types[1] ?? UNKNOWN);
    case '$common':
      return types.find((t) => t !== UNKNOWN) ?? UNKNOWN;
    case '$concat':
      return types.some(isArray) ? types.find(isArray)! : 'varchar';
    default:
      return spec.ret;
  }
}

/** if(), try(), typeof() and now() are expanded here rather than called. */
function emitSpecial(e: Call, env: ExprEnv): Emitted {
  switch (e.name) {
    case 'if': {
      const [c, a, b] = e.args.map((x) => emitExpr(x, env));
      return {
        sql: `(CASE WHEN ${c!.sql} THEN ${a!.sql} ELSE ${b ? b.sql : 'NULL'} END)`,
        type: a!.type !== UNKNOWN ? a!.type : (b?.type ?? UNKNOWN),
      };
    }
    case 'try': {
      env.ctx.tryDepth += 1;
      try {
        return emitExpr(e.args[0]!, env);
      } finally {
        env.ctx.tryDepth -= 1;
      }
    }
    case 'transform':
    case 'filter':
    case 'any_match':
    case 'all_match':
    case 'none_match':
      return emitLambdaCall(e, env);
    case 'typeof':
      return { sql: quoteString(emitExpr(e.args[0]!, env).type), type: 'varchar' };
    default:
      return emitCurrent('current_timestamp');
  }
}
