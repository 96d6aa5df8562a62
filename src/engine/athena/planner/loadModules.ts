// The SQL parser and translator are large: they load on the first query, not with the app.

import type * as DialectModule from '../../sql/dialect';
import type * as DdlModule from '../../sql/ddl';
import type * as StatementsModule from '../statements';
import type * as QueryParserModule from '../../sql/dialect/parseQuery';

type Dialect = typeof DialectModule;
type Ddl = typeof DdlModule;
type Statements = typeof StatementsModule;

let dialect: Promise<Dialect> | undefined;
let ddl: Promise<Ddl> | undefined;
let statements: Promise<Statements> | undefined;
let queryParser: Promise<typeof QueryParserModule> | undefined;

export const loadDialect = (): Promise<Dialect> => (dialect ??= import('../../sql/dialect'));
export const loadDdl = (): Promise<Ddl> => (ddl ??= import('../../sql/ddl'));
export const loadStatements = (): Promise<Statements> => (statements ??= import('../statements'));

/** The dialect's own parser: its query AST drives partition pruning. */
export const loadQueryParser = (): Promise<typeof QueryParserModule> =>
  (queryParser ??= import('../../sql/dialect/parseQuery'));
