import type { Cte, FromItem, Query, QueryBody, Select, SelectItem } from './ast';
import { sqlError } from './errors';
import { tokenize } from './lexer';
import { posOf, Tokens } from './tokens';
import { parseAlias, parseColumnAliases, parseFrom, parseQualifiedName } from './parseFrom';
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
