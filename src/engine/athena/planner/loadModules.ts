// The SQL parser and translator are large: they load on the first query, not with the app.

import type * as DialectModule from '../../sql/dialect';
import type * as DdlModule from '../../sql/ddl';
import type * as StatementsModule from '../statements';

type Dialect = typeof DialectModule;
type Ddl = typeof DdlModule;
type Statements = typeof StatementsModule;

let dialect: Promise<Dialect> | undefined;
let ddl: Promise<Ddl> | undefined;
let statements: Promise<Statements> | undefined;
let parser: Promise<{ astify(sql: string, options: { database: string }): unknown }> | undefined;

export const loadDialect = (): Promise<Dialect> => (dialect ??= import('../../sql/dialect'));
export const loadDdl = (): Promise<Ddl> => (ddl ??= import('../../sql/ddl'));
export const loadStatements = (): Promise<Statements> => (statements ??= import('../statements'));

/** node-sql-parser's Trino grammar (a CommonJS module: its Parser may sit on `default`). */
export function loadTrinoParser(): Promise<{
  astify(sql: string, options: { database: string }): unknown;
}> {
  return (parser ??= import('node-sql-parser/build/trino.js').then((module) => {
    const m = module as unknown as {
      Parser?: new () => never;
      default?: { Parser?: new () => never };
    };
    const Parser = m.Parser ?? m.default?.Parser;
    if (!Parser) throw new Error('node-sql-parser did not load its Trino grammar.');
    return new Parser();
  }));
}
