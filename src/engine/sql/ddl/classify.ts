export type StatementKind = 'QUERY' | 'UTILITY' | 'DDL' | 'CTAS' | 'INSERT' | 'EXPLAIN';

/** The statement text after leading whitespace and `--` / block comments. */
export function stripLeadingComments(sql: string): string {
  let text = sql;
  for (;;) {
    const trimmed = text.replace(/^\s+/, '');
    if (trimmed.startsWith('--')) {
      const end = trimmed.indexOf('\n');
      text = end < 0 ? '' : trimmed.slice(end + 1);
    } else if (trimmed.startsWith('/*')) {
      const end = trimmed.indexOf('*/');
      text = end < 0 ? '' : trimmed.slice(end + 2);
    } else return trimmed;
  }
}

/** Skips a balanced `( … )` starting at `text[0]`, ignoring brackets inside quotes; returns what follows. */
function afterParenthesis(text: string): string {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(') depth += 1;
    else if (ch === ')' && --depth === 0) return text.slice(i + 1);
  }
  return '';
}

const NAME = String.raw`(?:\`[^\`]*\`|"[^"]*"|[\w$]+)(?:\s*\.\s*(?:\`[^\`]*\`|"[^"]*"|[\w$]+))?`;

function classifyCreateTable(rest: string): StatementKind {
  const afterName = new RegExp(`^${NAME}\\s*`).exec(rest);
  if (!afterName) return 'DDL';
  let tail = rest.slice(afterName[0].length);
  if (/^WITH\s*\(/i.test(tail)) tail = afterParenthesis(tail.replace(/^WITH\s*/i, '')).trimStart();
  return /^AS\b/i.test(tail) ? 'CTAS' : 'DDL';
}

/**
 * Classifies without fully parsing: SELECT/WITH/VALUES/(…) → QUERY; SHOW/DESCRIBE → UTILITY;
 * CREATE DATABASE|SCHEMA, CREATE EXTERNAL TABLE, CREATE TABLE (not AS), DROP, ALTER TABLE,
 * MSCK REPAIR TABLE, CREATE [OR REPLACE] VIEW → DDL; CREATE TABLE … AS → CTAS; INSERT INTO →
 * INSERT; EXPLAIN → EXPLAIN. Anything else is left to the query translator (QUERY).
 */
export function classifyStatement(sql: string): StatementKind {
  const text = stripLeadingComments(sql);
  if (text.startsWith('(')) return 'QUERY';
  const words = /^([A-Za-z]+)(?:\s+([A-Za-z]+))?/.exec(text);
  const first = (words?.[1] ?? '').toUpperCase();
  const second = (words?.[2] ?? '').toUpperCase();
  switch (first) {
    case 'SHOW':
    case 'DESCRIBE':
    case 'DESC':
      return 'UTILITY';
    case 'EXPLAIN':
      return 'EXPLAIN';
    case 'INSERT':
      return 'INSERT';
    case 'DROP':
    case 'ALTER':
    case 'MSCK':
      return 'DDL';
    case 'CREATE':
      return second === 'TABLE'
        ? classifyCreateTable(text.replace(/^CREATE\s+TABLE\s+(IF\s+NOT\s+EXISTS\s+)?/i, ''))
        : 'DDL';
    default:
      return 'QUERY';
  }
}

/** Athena's StatementType for GetQueryExecution: CTAS and INSERT INTO are DML; SHOW, DESCRIBE and EXPLAIN are UTILITY. */
export function athenaStatementType(kind: StatementKind): 'DDL' | 'DML' | 'UTILITY' {
  switch (kind) {
    case 'DDL':
      return 'DDL';
    case 'UTILITY':
    case 'EXPLAIN':
      return 'UTILITY';
    default:
      return 'DML';
  }
}
