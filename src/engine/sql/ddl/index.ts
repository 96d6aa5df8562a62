import { Cursor } from './cursor';
import { parseCreateDatabase, parseCreateExternalTable, parseCtas } from './parseCreate';
import { parseAlterTable, parseDescribe, parseShow } from './parseOther';
import type { UtilityStatement } from './types';

export { classifyStatement, athenaStatementType, type StatementKind } from './classify';
export {
  AthenaDdlException,
  isDdlException,
  ddlError,
  type DdlError,
  type SourcePosition,
} from './errors';
export type * from './types';

function parseCreate(c: Cursor): UtilityStatement {
  if (c.acceptWords('DATABASE') || c.acceptWords('SCHEMA')) return parseCreateDatabase(c);
  if (c.acceptWords('EXTERNAL', 'TABLE')) return parseCreateExternalTable(c);
  const orReplace = c.acceptWords('OR', 'REPLACE');
  if (c.acceptWords('VIEW')) {
    const view = c.tableRef();
    c.expectWords('AS');
    return { type: 'CreateView', view, orReplace, query: c.rest().text };
  }
  if (orReplace) c.fail("'VIEW'");
  if (c.acceptWords('TABLE')) return parseCtas(c);
  return c.fail("'DATABASE', 'SCHEMA', 'EXTERNAL', 'TABLE', 'VIEW', 'OR'");
}

function parseDrop(c: Cursor): UtilityStatement {
  if (c.acceptWords('TABLE')) {
    const ifExists = c.acceptWords('IF', 'EXISTS');
    const table = c.tableRef();
    c.end();
    return { type: 'DropTable', table, ifExists };
  }
  if (c.acceptWords('VIEW')) {
    const ifExists = c.acceptWords('IF', 'EXISTS');
    const view = c.tableRef();
    c.end();
    return { type: 'DropView', view, ifExists };
  }
  if (c.acceptWords('DATABASE') || c.acceptWords('SCHEMA')) {
    const ifExists = c.acceptWords('IF', 'EXISTS');
    const name = c.identifier('<database name>');
    const cascade = c.acceptWords('CASCADE');
    if (!cascade) c.acceptWords('RESTRICT');
    c.end();
    return { type: 'DropDatabase', name, ifExists, cascade };
  }
  return c.fail("'TABLE', 'VIEW', 'DATABASE', 'SCHEMA'");
}

function parseInsert(c: Cursor): UtilityStatement {
  c.expectWords('INTO');
  const table = c.tableRef();
  // `(a, b) SELECT …` lists columns; `(SELECT …)` is a parenthesised query.
  const columns =
    c.isPunct('(') && !c.isWord('SELECT', 1) && !c.isWord('WITH', 1)
      ? c.identifierList()
      : undefined;
  return { type: 'InsertInto', table, ...(columns ? { columns } : {}), query: c.rest().text };
}

function parseExplain(c: Cursor): UtilityStatement {
  const analyze = c.acceptWords('ANALYZE');
  const options: string[] = [];
  if (c.isPunct('(') && !c.isWord('SELECT', 1) && !c.isWord('WITH', 1)) {
    c.expectPunct('(');
    do {
      const words: string[] = [];
      while (!c.isPunct(',') && !c.isPunct(')') && !c.atEnd()) words.push(c.next().text);
      options.push(words.join(' ').toUpperCase());
    } while (c.acceptPunct(','));
    c.expectPunct(')');
  }
  return { type: 'Explain', options, analyze, query: c.rest().text };
}

/** Parses one DDL, utility, CTAS, INSERT INTO or EXPLAIN statement; errors are SYNTAX_ERROR with line:column. */
export function parseStatement(sql: string): UtilityStatement {
  const c = new Cursor(sql);
  const first = c.peek();
  if (c.acceptWords('CREATE')) return parseCreate(c);
  if (c.acceptWords('DROP')) return parseDrop(c);
  if (c.acceptWords('ALTER', 'TABLE')) return parseAlterTable(c);
  if (c.acceptWords('MSCK', 'REPAIR', 'TABLE')) {
    const table = c.tableRef();
    c.end();
    return { type: 'MsckRepair', table };
  }
  if (c.acceptWords('SHOW')) return parseShow(c);
  if (c.acceptWords('DESCRIBE') || c.acceptWords('DESC')) return parseDescribe(c);
  if (c.acceptWords('INSERT')) return parseInsert(c);
  if (c.acceptWords('EXPLAIN')) return parseExplain(c);
  return c.fail(
    "'CREATE', 'DROP', 'ALTER', 'MSCK', 'SHOW', 'DESCRIBE', 'INSERT', 'EXPLAIN'",
    first,
  );
}
