import { tokenize, type Token } from './lexer';
import type { AthenaErrorType, AthenaSqlError } from './errors';

const columnMessage = (name: string): string =>
  `Column '${name}' cannot be resolved or requester is not authorized to access requested resources`;

function tokensOf(sql: string): Token[] {
  try {
    return tokenize(sql);
  } catch {
    return [];
  }
}

/** Where a name first appears in the original query, so the error points at it. */
function locate(sql: string, name: string, call = false): { line: number; column: number } {
  const toks = tokensOf(sql);
  const want = name.toLowerCase();
  for (let i = 0; i < toks.length; i += 1) {
    const t = toks[i]!;
    if (
      (t.kind === 'word' || t.kind === 'quoted') &&
      t.value === want &&
      (!call || toks[i + 1]?.text === '(')
    )
      return { line: t.line, column: t.column };
  }
  return { line: 1, column: 1 };
}

const at = (
  errorType: AthenaErrorType,
  message: string,
  pos: { line: number; column: number },
): AthenaSqlError => ({ errorType, message, ...pos });

/** Maps an error SQLite (or one of our trino_* functions) raised back to what Athena reports. */
export function athenaErrorFromSqlite(originalSql: string, sqliteMessage: string): AthenaSqlError {
  const msg = sqliteMessage.replace(/^Error:\s*/, '').trim();
  let m = /^no such column: (?:.*\.)?"?([^".]+)"?$/i.exec(msg);
  if (m) return at('COLUMN_NOT_FOUND', columnMessage(m[1]!), locate(originalSql, m[1]!));
  m = /^no such table: (?:.*\.)?(.+)$/i.exec(msg);
  if (m) return at('TABLE_NOT_FOUND', `Table '${m[1]}' does not exist`, locate(originalSql, m[1]!));
  m = /^no such function: (?:trino_(?:try_)?)?(.+)$/i.exec(msg);
  if (m)
    return at(
      'FUNCTION_NOT_FOUND',
      `Function '${m[1]}' not registered`,
      locate(originalSql, m[1]!, true),
    );
  m = /^wrong number of arguments to function (?:trino_(?:try_)?)?([^(]+)\(\)$/i.exec(msg);
  if (m)
    return at(
      'FUNCTION_NOT_FOUND',
      `Unexpected parameters for function ${m[1]}`,
      locate(originalSql, m[1]!, true),
    );
  m = /^ambiguous column name: (?:.*\.)?(.+)$/i.exec(msg);
  if (m) return at('AMBIGUOUS_NAME', `Column '${m[1]}' is ambiguous`, locate(originalSql, m[1]!));
  m = /^misuse of aggregate(?: function)?:? (?:trino_)?([a-z_]+)/i.exec(msg);
  if (m)
    return at(
      'SYNTAX_ERROR',
      `'${m[1]}' cannot be used here: aggregate functions are not allowed in WHERE or GROUP BY`,
      locate(originalSql, m[1]!, true),
    );
  m = /^([A-Z_]{4,}): (.*)$/s.exec(msg);
  if (m) return { errorType: m[1] as AthenaErrorType, message: m[2]!, line: 0, column: 0 };
  if (/syntax error/i.test(msg)) return at('SYNTAX_ERROR', msg, { line: 1, column: 1 });
  return { errorType: 'GENERIC_INTERNAL_ERROR', message: msg, line: 0, column: 0 };
}
