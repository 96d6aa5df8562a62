import type { Expr } from './ast';
import { sqlError } from './errors';
import { quoteIdent, Scope } from './context';
import { emitExpr, jsonArg, type Emitted, type ExprEnv } from './emitExpr';
import { elementType } from './types';

type Call = Extract<Expr, { k: 'call' }>;

/** A json_each element back as JSON: booleans, arrays and objects keep their JSON form. */
const elementJson = (a: string): string =>
  `CASE ${a}."type" WHEN 'true' THEN json('true') WHEN 'false' THEN json('false') WHEN 'array' THEN json(${a}."value") WHEN 'object' THEN json(${a}."value") ELSE ${a}."value" END`;

/**
 * transform/filter/any_match/all_match/none_match (https://trino.io/docs/current/functions/array.html):
 * the lambda runs as a correlated subquery over the array's json_each rows.
 */
export function emitLambdaCall(e: Call, env: ExprEnv): Emitted {
  const arr = emitExpr(e.args[0]!, env);
  const lambda = e.args[1]!;
  if (lambda.k !== 'lambda' || lambda.params.length !== 1)
    throw sqlError(
      'SYNTAX_ERROR',
      lambda.pos,
      `${e.name} expects a lambda with one parameter: x -> …`,
    );
  const alias = env.ctx.freshAlias('_l');
  const a = quoteIdent(alias);
  const scope = new Scope(env.scope);
  const elem = elementType(arr.type);
  scope.relations.push({
    names: [],
    sqlAlias: alias,
    columns: [{ name: lambda.params[0]!, type: elem, sql: `${a}."value"` }],
  });
  const body = emitExpr(lambda.body, { ctx: env.ctx, scope });
  const from = `FROM json_each(${arr.sql}) AS ${a}`;
  const guard = (inner: string): string =>
    `(CASE WHEN ${arr.sql} IS NULL THEN NULL ELSE (${inner}) END)`;
  switch (e.name) {
    case 'transform':
      return {
        sql: guard(`SELECT json_group_array(${jsonArg(body)} ORDER BY ${a}."key") ${from}`),
        type: `array(${body.type})`,
      };
    case 'filter':
      return {
        sql: guard(
          `SELECT json_group_array(${elementJson(a)} ORDER BY ${a}."key") ${from} WHERE ${body.sql}`,
        ),
        type: arr.type,
      };
    default: {
      // Trino: any_match is true if one element matches, NULL if none does but some gave NULL.
      const decisive = e.name === 'all_match' ? 0 : 1;
      const [hit, miss] = e.name === 'any_match' ? [1, 0] : [0, 1];
      const inner = `SELECT CASE WHEN sum((${body.sql}) = ${decisive}) > 0 THEN ${hit} WHEN sum((${body.sql}) IS NULL) > 0 THEN NULL ELSE ${miss} END ${from}`;
      return { sql: guard(inner), type: 'boolean' };
    }
  }
}
