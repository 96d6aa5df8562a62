import type { Cte, FromItem, Query, QueryBody, Select, SelectItem } from './ast';
import { sqlError } from './errors';
import { tokenize } from './lexer';
import { isReserved, posOf, Tokens } from './tokens';
import { parseExpr, parseExprList, parseOrderBy } from './parseExpr';

const QUERY_STARTS = ['SELECT', 'WITH', 'VALUES', 'TABLE'];
const AFTER_SELECT = [
  "','",
  'EXCEPT',
  'FETCH',
  'FROM',
  'GROUP',
  'HAVING',
  'INTERSECT',
  'LIMIT',
  'OFFSET',
  'ORDER',
  'UNION',
  'WHERE',
  'WINDOW',
  '<EOF>',
];

export function startsQuery(t: Tokens): boolean {
  if (t.isWord(...QUERY_STARTS)) return true;
  let n = 0;
  while (t.isOpAt(n, '(')) n += 1;
  return n > 0 && t.isWordAt(n, ...QUERY_STARTS);
}

/** Parses one query statement (an optional trailing `;` is allowed). */
export function parseStatement(sql: string): Query {
  const t = new Tokens(tokenize(sql));
  if (!startsQuery(t)) {
    const first = t.peek();
    if (first.kind === 'eof') t.fail(['SELECT', 'WITH', 'VALUES', "'('"]);
    if (
      first.kind === 'word' &&
      /^(CREATE|DROP|ALTER|SHOW|DESCRIBE|DESC|INSERT|EXPLAIN|MSCK|UPDATE|DELETE|MERGE|USE|SET|RESET|PREPARE|EXECUTE|DEALLOCATE|GRANT|REVOKE|OPTIMIZE|VACUUM|UNLOAD|CALL)$/.test(
        first.upper,
      )
    ) {
      throw sqlError(
        'NOT_SUPPORTED',
        posOf(first),
        `${first.upper} statements are not queries; only SELECT, WITH and VALUES are translated here`,
      );
    }
    t.fail([
      'ALTER',
      'CREATE',
      'DESCRIBE',
      'DROP',
      'EXPLAIN',
      'INSERT',
      'SELECT',
      'SHOW',
      'VALUES',
      'WITH',
    ]);
  }
  const query = parseQuery(t);
  t.acceptOp(';');
  if (t.peek().kind !== 'eof') t.fail(AFTER_SELECT);
  return query;
}

export function parseQuery(t: Tokens): Query {
  const pos = t.pos();
  const ctes: Cte[] = [];
  if (t.acceptWord('WITH')) {
    if (t.isWord('RECURSIVE'))
      throw sqlError('NOT_SUPPORTED', t.pos(), 'WITH RECURSIVE is not supported in LakeLab');
    do ctes.push(parseCte(t));
    while (t.acceptOp(','));
  }
  const body = parseSetExpr(t);
  const query: Query = { with: ctes, body, orderBy: [], pos };
  if (t.acceptWord('ORDER')) {
    t.expectWord('BY');
    query.orderBy = parseOrderBy(t);
  }
  parseLimitOffset(t, query);
  return query;
}

function parseLimitOffset(t: Tokens, query: Query): void {
  const count = (): string => {
    const n = t.peek();
    if (n.kind !== 'number' || !/^\d+$/.test(n.value)) t.fail(['<integer>']);
    return t.next().value;
  };
  if (t.acceptWord('OFFSET')) {
    query.offset = count();
    t.acceptWord('ROW', 'ROWS');
  }
  if (t.acceptWord('LIMIT')) {
    if (!t.acceptWord('ALL')) query.limit = count();
  } else if (t.acceptWord('FETCH')) {
    t.expectWord(t.isWord('NEXT') ? 'NEXT' : 'FIRST', ['FIRST', 'NEXT']);
    query.limit = t.peek().kind === 'number' ? count() : '1';
    t.acceptWord('ROW', 'ROWS');
    if (t.isWord('WITH'))
      throw sqlError('NOT_SUPPORTED', t.pos(), 'FETCH … WITH TIES is not supported in LakeLab');
    t.expectWord('ONLY');
  }
  if (!query.offset && t.acceptWord('OFFSET')) {
    query.offset = count();
    t.acceptWord('ROW', 'ROWS');
  }
}

function parseCte(t: Tokens): Cte {
  const pos = t.pos();
  const name = t.expectIdent();
  const columns = t.isOp('(') ? parseColumnAliases(t) : undefined;
  t.expectWord('AS', ['AS', "'('"]);
  t.expectOp('(');
  const query = parseQuery(t);
  t.expectOp(')');
  return { name, columns, query, pos };
}

function parseColumnAliases(t: Tokens): string[] {
  t.expectOp('(');
  const names = [t.expectIdent()];
  while (t.acceptOp(',')) names.push(t.expectIdent());
  t.expectOp(')');
  return names;
}

/** UNION and EXCEPT bind looser than INTERSECT, as in Trino. */
function parseSetExpr(t: Tokens): QueryBody {
  let left = parseIntersect(t);
  while (t.isWord('UNION', 'EXCEPT')) {
    const pos = t.pos();
    const op = t.next().upper as 'UNION' | 'EXCEPT';
    const all = t.acceptWord('ALL', 'DISTINCT') === 'ALL';
    left = { k: 'setop', op, all, left, right: parseIntersect(t), pos };
  }
  return left;
}

function parseIntersect(t: Tokens): QueryBody {
  let left = parseQueryPrimary(t);
  while (t.isWord('INTERSECT')) {
    const pos = posOf(t.next());
    const all = t.acceptWord('ALL', 'DISTINCT') === 'ALL';
    left = { k: 'setop', op: 'INTERSECT', all, left, right: parseQueryPrimary(t), pos };
  }
  return left;
}

function parseQueryPrimary(t: Tokens): QueryBody {
  const pos = t.pos();
  if (t.acceptOp('(')) {
    const query = parseQuery(t);
    t.expectOp(')');
    return { k: 'nested', query, pos };
  }
  if (t.acceptWord('VALUES')) {
    const rows = [];
    do {
      if (t.acceptOp('(')) {
        rows.push(parseExprList(t));
        t.expectOp(')');
      } else rows.push([parseExpr(t)]);
    } while (t.acceptOp(','));
    return { k: 'values', rows, pos };
  }
  if (t.acceptWord('TABLE')) {
    const from: FromItem = { k: 'table', parts: parseQualifiedName(t), pos };
    return { k: 'select', distinct: false, items: [{ k: 'star', pos }], from, pos };
  }
  t.expectWord('SELECT', ["'('", 'SELECT', 'TABLE', 'VALUES']);
  return parseSelect(t, pos);
}

function parseSelect(t: Tokens, pos: Select['pos']): Select {
  const distinct = t.acceptWord('DISTINCT', 'ALL') === 'DISTINCT';
  const items: SelectItem[] = [];
  do items.push(parseSelectItem(t));
  while (t.acceptOp(','));
  const select: Select = { k: 'select', distinct, items, pos };
  if (t.acceptWord('FROM')) select.from = parseFrom(t);
  if (t.acceptWord('WHERE')) select.where = parseExpr(t);
  if (t.acceptWord('GROUP')) {
    t.expectWord('BY');
    t.acceptWord('ALL', 'DISTINCT');
    if (t.isWord('ROLLUP', 'CUBE', 'GROUPING'))
      throw sqlError(
        'NOT_SUPPORTED',
        t.pos(),
        'ROLLUP, CUBE and GROUPING SETS are not supported in LakeLab',
      );
    select.groupBy = parseExprList(t);
  }
  if (t.acceptWord('HAVING')) select.having = parseExpr(t);
  if (t.isWord('WINDOW'))
    throw sqlError('NOT_SUPPORTED', t.pos(), 'The WINDOW clause is not supported in LakeLab');
  return select;
}

function parseSelectItem(t: Tokens): SelectItem {
  const pos = t.pos();
  if (t.acceptOp('*')) return { k: 'star', pos };
  let n = 0;
  while (t.isIdent(n) && t.isOpAt(n + 1, '.')) n += 2;
  if (n > 0 && t.isOpAt(n, '*')) {
    const qualifier: string[] = [];
    for (let i = 0; i < n; i += 2) qualifier.push(t.peek(i).value);
    for (let i = 0; i <= n; i += 1) t.next();
    return { k: 'star', qualifier, pos };
  }
  const expr = parseExpr(t);
  return { k: 'expr', expr, alias: parseAlias(t), pos };
}

/** `[AS] name`; a bare word counts only when it is not a keyword that may follow. */
function parseAlias(t: Tokens): string | undefined {
  if (t.acceptWord('AS')) return t.expectIdent();
  const tok = t.peek();
  if (tok.kind === 'quoted') return t.next().value;
  if (
    tok.kind === 'word' &&
    !isReserved(tok.upper) &&
    !/^(LIMIT|OFFSET|FETCH|WINDOW|TABLESAMPLE|ORDINALITY)$/.test(tok.upper)
  )
    return t.next().value;
  return undefined;
}

export function parseQualifiedName(t: Tokens): string[] {
  const parts = [t.expectIdent()];
  while (t.acceptOp('.')) parts.push(t.expectIdent());
  return parts;
}

function parseFrom(t: Tokens): FromItem {
  let left = parseJoined(t);
  while (t.isOp(',')) {
    const pos = posOf(t.next());
    left = { k: 'join', type: 'CROSS', left, right: parseJoined(t), pos };
  }
  return left;
}

function parseJoined(t: Tokens): FromItem {
  let left = parseRelation(t);
  for (;;) {
    const pos = t.pos();
    if (t.isWord('NATURAL'))
      throw sqlError('NOT_SUPPORTED', pos, 'NATURAL JOIN is not supported in LakeLab');
    if (t.acceptWord('CROSS')) {
      t.expectWord('JOIN');
      left = { k: 'join', type: 'CROSS', left, right: parseRelation(t), pos };
      continue;
    }
    const kind = t.acceptWord('INNER', 'LEFT', 'RIGHT', 'FULL');
    if (!kind && !t.isWord('JOIN')) return left;
    if (kind && kind !== 'INNER') t.acceptWord('OUTER');
    t.expectWord('JOIN');
    const right = parseRelation(t);
    const join: FromItem = { k: 'join', type: (kind ?? 'INNER') as 'INNER', left, right, pos };
    if (t.acceptWord('ON')) join.on = parseExpr(t);
    else if (t.acceptWord('USING')) join.using = parseColumnAliases(t);
    else t.fail(['ON', 'USING']);
    left = join;
  }
}

function parseRelation(t: Tokens): FromItem {
  const pos = t.pos();
  let item: FromItem;
  if (t.isWord('LATERAL'))
    throw sqlError('NOT_SUPPORTED', pos, 'LATERAL is not supported in LakeLab');
  if (t.acceptWord('UNNEST')) {
    t.expectOp('(');
    const args = parseExprList(t);
    t.expectOp(')');
    let ordinality = false;
    if (t.acceptWord('WITH')) {
      t.expectWord('ORDINALITY');
      ordinality = true;
    }
    item = { k: 'unnest', args, ordinality, pos };
  } else if (t.isOp('(')) {
    if (!startsQuery(t)) {
      t.next();
      const inner = parseFrom(t);
      t.expectOp(')');
      return inner;
    }
    t.next();
    item = { k: 'derived', query: parseQuery(t), pos };
    t.expectOp(')');
  } else {
    item = { k: 'table', parts: parseQualifiedName(t), pos };
  }
  if (t.isWord('FOR'))
    throw sqlError(
      'NOT_SUPPORTED',
      t.pos(),
      'Time travel (FOR TIMESTAMP/VERSION AS OF) is for Iceberg tables, which LakeLab does not model',
    );
  if (t.isWord('TABLESAMPLE'))
    throw sqlError('NOT_SUPPORTED', t.pos(), 'TABLESAMPLE is not supported in LakeLab');
  const alias = parseAlias(t);
  if (alias !== undefined) {
    item.alias = alias;
    if (t.isOp('(')) {
      if (item.k === 'table')
        throw sqlError(
          'NOT_SUPPORTED',
          t.pos(),
          'Column aliases on a table are not supported in LakeLab',
        );
      item.columns = parseColumnAliases(t);
    }
  }
  return item;
}
