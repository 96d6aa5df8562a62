import type { Expr, OrderItem, TypeName, WindowSpec } from './ast';
import { sqlError } from './errors';
import { posOf, type Tokens } from './tokens';
import { parseQuery, startsQuery } from './parseQuery';
import { parsePrimary } from './parsePrimary';

const EXPR_EXPECTING = ['<expression>'];

export function parseExpr(t: Tokens): Expr {
  return parseOr(t);
}

function parseOr(t: Tokens): Expr {
  let left = parseAnd(t);
  while (t.isWord('OR')) {
    const pos = posOf(t.next());
    left = { k: 'binary', op: 'OR', left, right: parseAnd(t), pos };
  }
  return left;
}

function parseAnd(t: Tokens): Expr {
  let left = parseNot(t);
  while (t.isWord('AND')) {
    const pos = posOf(t.next());
    left = { k: 'binary', op: 'AND', left, right: parseNot(t), pos };
  }
  return left;
}

function parseNot(t: Tokens): Expr {
  if (t.isWord('NOT')) {
    const pos = posOf(t.next());
    return { k: 'unary', op: 'NOT', expr: parseNot(t), pos };
  }
  return parsePredicate(t);
}

const COMPARISONS = ['=', '<>', '!=', '<', '<=', '>', '>='];

function parsePredicate(t: Tokens): Expr {
  const left = parseConcat(t);
  const pos = left.pos;
  if (t.isOp(...COMPARISONS)) {
    const op = t.next().text;
    const quantifier = t.acceptWord('ALL', 'ANY', 'SOME') as 'ALL' | 'ANY' | 'SOME' | undefined;
    if (quantifier) {
      t.expectOp('(');
      const query = parseQuery(t);
      t.expectOp(')');
      return { k: 'quantified', op, left, quantifier, query, pos };
    }
    return { k: 'binary', op: op === '!=' ? '<>' : op, left, right: parseConcat(t), pos };
  }
  if (t.isWord('IS')) {
    t.next();
    const not = Boolean(t.acceptWord('NOT'));
    if (t.acceptWord('NULL')) return { k: 'isnull', expr: left, not, pos };
    if (t.acceptWord('DISTINCT')) {
      t.expectWord('FROM');
      return { k: 'distinctFrom', left, right: parseConcat(t), not, pos };
    }
    t.fail(['NULL', 'DISTINCT', 'NOT']);
  }
  const not = t.isWord('NOT') && t.isWordAt(1, 'BETWEEN', 'IN', 'LIKE');
  if (not) t.next();
  if (t.acceptWord('BETWEEN')) {
    const low = parseConcat(t);
    t.expectWord('AND');
    return { k: 'between', expr: left, low, high: parseConcat(t), not, pos };
  }
  if (t.acceptWord('LIKE')) {
    const pattern = parseConcat(t);
    const escape = t.acceptWord('ESCAPE') ? parseConcat(t) : undefined;
    return { k: 'like', expr: left, pattern, escape, not, pos };
  }
  if (t.acceptWord('IN')) {
    t.expectOp('(');
    if (startsQuery(t)) {
      const query = parseQuery(t);
      t.expectOp(')');
      return { k: 'in', expr: left, query, not, pos };
    }
    const list = parseExprList(t);
    t.expectOp(')');
    return { k: 'in', expr: left, list, not, pos };
  }
  return left;
}

function parseConcat(t: Tokens): Expr {
  let left = parseAdditive(t);
  while (t.isOp('||')) {
    const pos = posOf(t.next());
    left = { k: 'binary', op: '||', left, right: parseAdditive(t), pos };
  }
  return left;
}

function parseAdditive(t: Tokens): Expr {
  let left = parseMultiplicative(t);
  while (t.isOp('+', '-')) {
    const opTok = t.next();
    left = { k: 'binary', op: opTok.text, left, right: parseMultiplicative(t), pos: posOf(opTok) };
  }
  return left;
}

function parseMultiplicative(t: Tokens): Expr {
  let left = parseUnary(t);
  while (t.isOp('*', '/', '%')) {
    const opTok = t.next();
    left = { k: 'binary', op: opTok.text, left, right: parseUnary(t), pos: posOf(opTok) };
  }
  return left;
}

function parseUnary(t: Tokens): Expr {
  if (t.isOp('-', '+')) {
    const tok = t.next();
    return { k: 'unary', op: tok.text as '-' | '+', expr: parseUnary(t), pos: posOf(tok) };
  }
  return parsePostfix(t);
}

function parsePostfix(t: Tokens): Expr {
  let expr = parsePrimary(t);
  for (;;) {
    if (t.isOp('[')) {
      const pos = posOf(t.next());
      const index = parseExpr(t);
      t.expectOp(']');
      expr = { k: 'subscript', expr, index, pos };
    } else if (t.isOp('.') && expr.k !== 'ident') {
      const pos = posOf(t.next());
      expr = { k: 'field', expr, field: t.expectIdent(), pos };
    } else if (t.isWord('AT') && t.isWordAt(1, 'TIME')) {
      throw sqlError('NOT_SUPPORTED', t.pos(), 'AT TIME ZONE is not supported in LakeLab');
    } else return expr;
  }
}

export function parseExprList(t: Tokens): Expr[] {
  const list = [parseExpr(t)];
  while (t.acceptOp(',')) list.push(parseExpr(t));
  return list;
}

export function parseOrderBy(t: Tokens): OrderItem[] {
  const items: OrderItem[] = [];
  do {
    const expr = parseExpr(t);
    const dir = t.acceptWord('ASC', 'DESC');
    let nulls: 'FIRST' | 'LAST' | undefined;
    if (t.acceptWord('NULLS'))
      nulls = t.expectWord(t.isWord('LAST') ? 'LAST' : 'FIRST', ['FIRST', 'LAST']).upper as
        'FIRST' | 'LAST';
    items.push({ expr, desc: dir === 'DESC', nulls });
  } while (t.acceptOp(','));
  return items;
}

export function parseType(t: Tokens): TypeName {
  const tok = t.peek();
  if (tok.kind !== 'word' && tok.kind !== 'quoted') t.fail(['<type>']);
  t.next();
  let base = tok.value;
  if (base === 'double' && t.isWord('PRECISION')) t.next();
  if ((base === 'timestamp' || base === 'time') && t.isWord('WITH', 'WITHOUT')) {
    const withZone = t.next().upper === 'WITH';
    t.expectWord('TIME');
    t.expectWord('ZONE');
    if (withZone) base = `${base} with time zone`;
  }
  const type: TypeName = { base, params: [], pos: posOf(tok) };
  if (!t.acceptOp('(')) return type;
  if (base === 'row') type.fields = [];
  do {
    if (t.peek().kind === 'number') type.params.push(Number(t.next().value));
    else {
      if (base === 'row') type.fields!.push(t.expectIdent());
      type.params.push(parseType(t));
    }
  } while (t.acceptOp(','));
  t.expectOp(')');
  return type;
}

export function parseWindow(t: Tokens): WindowSpec {
  t.expectOp('(');
  const spec: WindowSpec = { partitionBy: [], orderBy: [] };
  if (t.isIdent() && !t.isWord('PARTITION', 'ORDER', 'ROWS', 'RANGE', 'GROUPS'))
    throw sqlError(
      'NOT_SUPPORTED',
      t.pos(),
      'Named window references are not supported in LakeLab',
    );
  if (t.acceptWord('PARTITION')) {
    t.expectWord('BY');
    spec.partitionBy = parseExprList(t);
  }
  if (t.acceptWord('ORDER')) {
    t.expectWord('BY');
    spec.orderBy = parseOrderBy(t);
  }
  const unit = t.acceptWord('ROWS', 'RANGE', 'GROUPS');
  if (unit) spec.frame = `${unit} ${parseFrame(t)}`;
  t.expectOp(')', ["')'", 'ROWS', 'RANGE', 'GROUPS']);
  return spec;
}

function parseFrame(t: Tokens): string {
  if (!t.acceptWord('BETWEEN')) return parseFrameBound(t);
  const start = parseFrameBound(t);
  t.expectWord('AND');
  return `BETWEEN ${start} AND ${parseFrameBound(t)}`;
}

function parseFrameBound(t: Tokens): string {
  if (t.acceptWord('UNBOUNDED'))
    return `UNBOUNDED ${t.expectWord(t.isWord('FOLLOWING') ? 'FOLLOWING' : 'PRECEDING', ['PRECEDING', 'FOLLOWING']).upper}`;
  if (t.acceptWord('CURRENT')) {
    t.expectWord('ROW');
    return 'CURRENT ROW';
  }
  const n = t.peek();
  if (n.kind !== 'number' || !/^\d+$/.test(n.value)) t.fail(EXPR_EXPECTING);
  t.next();
  return `${n.value} ${t.expectWord(t.isWord('FOLLOWING') ? 'FOLLOWING' : 'PRECEDING', ['PRECEDING', 'FOLLOWING']).upper}`;
}
