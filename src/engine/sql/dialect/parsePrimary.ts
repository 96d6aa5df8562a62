import type { Expr } from './ast';
import { sqlError } from './errors';
import { posOf, type Tokens } from './tokens';
import { parseQuery, startsQuery } from './parseQuery';
import { parseExpr, parseExprList, parseOrderBy, parseType, parseWindow } from './parseExpr';

const PRIMARY_EXPECTING = [
  '<expression>',
  "'('",
  'CASE',
  'CAST',
  'EXISTS',
  '<identifier>',
  '<literal>',
];
const INTERVAL_UNITS = ['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND'];

/** Literals, names, calls and the keyword-led forms (CAST, CASE, EXISTS, ARRAY[…], DATE '…'). */
export function parsePrimary(t: Tokens): Expr {
  const tok = t.peek();
  const pos = posOf(tok);
  if (tok.kind === 'number') return { k: 'number', text: t.next().value, pos };
  if (tok.kind === 'string') return { k: 'string', value: t.next().value, pos };
  if (t.acceptOp('(')) return parseParenthesised(t, pos);
  if (tok.kind === 'word') {
    const keyword = parseKeywordForm(t);
    if (keyword) return keyword;
  }
  if (tok.kind === 'word' || tok.kind === 'quoted') {
    if (tok.kind === 'word' && !t.isIdent() && !t.isOpAt(1, '(')) t.fail(PRIMARY_EXPECTING);
    if (t.isOpAt(1, '->')) {
      const param = t.next().value;
      t.next();
      return { k: 'lambda', params: [param], body: parseExpr(t), pos };
    }
    if (t.isOpAt(1, '(') && tok.kind === 'word') return parseCall(t);
    const parts = [t.next().value];
    while (t.isOp('.') && (t.peek(1).kind === 'word' || t.peek(1).kind === 'quoted')) {
      t.next();
      parts.push(t.next().value);
    }
    return { k: 'ident', parts, pos };
  }
  return t.fail(PRIMARY_EXPECTING);
}

function parseParenthesised(t: Tokens, pos: Expr['pos']): Expr {
  if (startsQuery(t)) {
    const query = parseQuery(t);
    t.expectOp(')');
    return { k: 'subquery', query, pos };
  }
  const items = parseExprList(t);
  t.expectOp(')', ["')'", "','"]);
  if (t.acceptOp('->')) {
    if (!items.every((i) => i.k === 'ident' && i.parts.length === 1))
      throw sqlError('SYNTAX_ERROR', pos, 'Lambda parameters must be names');
    return {
      k: 'lambda',
      params: items.map((i) => (i.k === 'ident' ? i.parts[0]! : '')),
      body: parseExpr(t),
      pos,
    };
  }
  return items.length === 1 ? items[0]! : { k: 'row', items, pos };
}

function parseKeywordForm(t: Tokens): Expr | undefined {
  const tok = t.peek();
  const pos = posOf(tok);
  const next = t.peek(1);
  switch (tok.upper) {
    case 'NULL':
      t.next();
      return { k: 'null', pos };
    case 'TRUE':
    case 'FALSE':
      t.next();
      return { k: 'bool', value: tok.upper === 'TRUE', pos };
    case 'CURRENT_DATE':
    case 'CURRENT_TIMESTAMP':
    case 'LOCALTIMESTAMP':
    case 'CURRENT_TIME':
      t.next();
      if (t.acceptOp('(')) t.expectOp(')');
      return { k: 'current', name: tok.value as 'current_date', pos };
    case 'CAST':
    case 'TRY_CAST':
      return parseCast(t);
    case 'CASE':
      return parseCase(t);
    case 'EXISTS': {
      t.next();
      t.expectOp('(');
      const query = parseQuery(t);
      t.expectOp(')');
      return { k: 'exists', query, pos };
    }
    case 'INTERVAL':
      return parseInterval(t);
    case 'EXTRACT': {
      t.next();
      t.expectOp('(');
      const field = t.next().value;
      t.expectWord('FROM');
      const expr = parseExpr(t);
      t.expectOp(')');
      return { k: 'extract', field, expr, pos };
    }
    case 'ARRAY':
      if (!t.isOpAt(1, '[')) return undefined;
      t.next();
      t.next();
      if (t.acceptOp(']')) return { k: 'array', items: [], pos };
      {
        const items = parseExprList(t);
        t.expectOp(']');
        return { k: 'array', items, pos };
      }
    case 'DATE':
    case 'TIMESTAMP':
    case 'TIME':
    case 'DECIMAL':
    case 'JSON':
    case 'VARCHAR':
      if (next.kind !== 'string') return undefined;
      t.next();
      t.next();
      return { k: 'typed', type: tok.value as 'date', value: next.value, pos };
    default:
      return undefined;
  }
}

function parseCast(t: Tokens): Expr {
  const tok = t.next();
  t.expectOp('(');
  const expr = parseExpr(t);
  t.expectWord('AS');
  const type = parseType(t);
  t.expectOp(')');
  return { k: 'cast', expr, type, safe: tok.upper === 'TRY_CAST', pos: posOf(tok) };
}

function parseCase(t: Tokens): Expr {
  const pos = posOf(t.next());
  const operand = t.isWord('WHEN') ? undefined : parseExpr(t);
  const whens: Array<{ when: Expr; then: Expr }> = [];
  while (t.acceptWord('WHEN')) {
    const when = parseExpr(t);
    t.expectWord('THEN');
    whens.push({ when, then: parseExpr(t) });
  }
  if (whens.length === 0) t.fail(['WHEN']);
  const elseExpr = t.acceptWord('ELSE') ? parseExpr(t) : undefined;
  t.expectWord('END', ['ELSE', 'END', 'WHEN']);
  return { k: 'case', operand, whens, else: elseExpr, pos };
}

function parseInterval(t: Tokens): Expr {
  const pos = posOf(t.next());
  const sign = t.acceptOp('-', '+');
  const lit = t.peek();
  if (lit.kind !== 'string') t.fail(['<string>']);
  t.next();
  const unit = t.acceptWord(...INTERVAL_UNITS) ?? t.fail(INTERVAL_UNITS);
  let toUnit: string | undefined;
  if (t.acceptWord('TO')) toUnit = t.acceptWord(...INTERVAL_UNITS) ?? t.fail(INTERVAL_UNITS);
  const value = sign === '-' ? `-${lit.value.trim()}` : lit.value.trim();
  return { k: 'interval', value, unit, toUnit, pos };
}

/** `name(args)`, with Trino's special argument forms and OVER/FILTER. */
function parseCall(t: Tokens): Expr {
  const nameTok = t.next();
  const name = nameTok.value;
  const pos = posOf(nameTok);
  t.expectOp('(');
  const special = parseSpecialArgs(t, name);
  const call: Extract<Expr, { k: 'call' }> = {
    k: 'call',
    name,
    args: special ?? [],
    distinct: false,
    star: false,
    pos,
  };
  if (!special) {
    if (t.acceptOp('*')) call.star = true;
    else if (!t.isOp(')')) {
      call.distinct = t.acceptWord('DISTINCT', 'ALL') === 'DISTINCT';
      call.args = parseExprList(t);
      if (t.acceptWord('ORDER')) {
        t.expectWord('BY');
        call.orderBy = parseOrderBy(t);
      }
    }
  }
  t.expectOp(')', ["')'", "','"]);
  if (t.isWord('WITHIN'))
    throw sqlError('NOT_SUPPORTED', t.pos(), 'WITHIN GROUP is not supported in LakeLab');
  if (t.acceptWord('FILTER')) {
    t.expectOp('(');
    t.expectWord('WHERE');
    call.filter = parseExpr(t);
    t.expectOp(')');
  }
  if (t.isWord('IGNORE', 'RESPECT'))
    throw sqlError('NOT_SUPPORTED', t.pos(), 'IGNORE NULLS is not supported in LakeLab');
  if (t.acceptWord('OVER')) call.over = parseWindow(t);
  return call;
}

/** position(a IN b), substring(s FROM i FOR n), trim([BOTH|LEADING|TRAILING] [chars] FROM s). */
function parseSpecialArgs(t: Tokens, name: string): Expr[] | undefined {
  if (name === 'position' && !t.isOp(')')) {
    const needle = parseConcatOnly(t);
    if (!t.acceptWord('IN')) return [needle, ...(t.acceptOp(',') ? parseExprList(t) : [])];
    return [parseExpr(t), needle];
  }
  if (name === 'substring' && !t.isOp(')')) {
    const s = parseExpr(t);
    if (!t.acceptWord('FROM')) return [s, ...(t.acceptOp(',') ? parseExprList(t) : [])];
    const args = [s, parseExpr(t)];
    if (t.acceptWord('FOR')) args.push(parseExpr(t));
    return args;
  }
  if (name === 'trim' && t.isWord('BOTH', 'LEADING', 'TRAILING', 'FROM')) {
    const side = t.acceptWord('BOTH', 'LEADING', 'TRAILING') ?? 'BOTH';
    const chars = t.isWord('FROM') ? undefined : parseExpr(t);
    t.expectWord('FROM');
    const s = parseExpr(t);
    const sideLit: Expr = { k: 'string', value: side, pos: s.pos };
    return chars ? [s, chars, sideLit] : [s, { k: 'string', value: ' ', pos: s.pos }, sideLit];
  }
  return undefined;
}

/** The needle of position(): an expression that stops before IN. */
function parseConcatOnly(t: Tokens): Expr {
  const first = parsePrimary(t);
  return first;
}
