import type { FromItem } from './ast';
import { sqlError } from './errors';
import { isReserved, posOf, type Tokens } from './tokens';
import { parseExpr, parseExprList } from './parseExpr';
import { parseQuery, startsQuery } from './parseQuery';

export function parseColumnAliases(t: Tokens): string[] {
  t.expectOp('(');
  const names = [t.expectIdent()];
  while (t.acceptOp(',')) names.push(t.expectIdent());
  t.expectOp(')');
  return names;
}

/** `[AS] name`; a bare word counts only when it is not a keyword that may follow. */
export function parseAlias(t: Tokens): string | undefined {
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

export function parseFrom(t: Tokens): FromItem {
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
