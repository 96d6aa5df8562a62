import type { Cursor } from './cursor';
import { syntaxError } from './errors';
import type {
  CreateDatabase,
  CreateExternalTable,
  Ctas,
  CtasValue,
  DelimitedFormat,
  RowFormat,
  StoredAs,
} from './types';

/** `CREATE {DATABASE|SCHEMA} [IF NOT EXISTS] name [COMMENT '…'] [LOCATION '…'] [WITH DBPROPERTIES (…)]`. */
export function parseCreateDatabase(c: Cursor): CreateDatabase {
  const ifNotExists = c.acceptWords('IF', 'NOT', 'EXISTS');
  const name = c.identifier('<database name>');
  const statement: CreateDatabase = { type: 'CreateDatabase', name, ifNotExists, properties: {} };
  for (;;) {
    if (c.acceptWords('COMMENT')) statement.comment = c.string();
    else if (c.acceptWords('LOCATION')) statement.location = c.string('<location>');
    else if (c.acceptWords('WITH', 'DBPROPERTIES')) statement.properties = c.properties();
    else break;
  }
  c.end();
  return statement;
}

function parseDelimited(c: Cursor): DelimitedFormat {
  const format: DelimitedFormat = { kind: 'DELIMITED' };
  for (;;) {
    if (c.acceptWords('FIELDS', 'TERMINATED', 'BY')) {
      format.fieldsTerminatedBy = c.string();
      if (c.acceptWords('ESCAPED', 'BY')) format.escapedBy = c.string();
    } else if (c.acceptWords('COLLECTION', 'ITEMS', 'TERMINATED', 'BY'))
      format.collectionItemsTerminatedBy = c.string();
    else if (c.acceptWords('MAP', 'KEYS', 'TERMINATED', 'BY'))
      format.mapKeysTerminatedBy = c.string();
    else if (c.acceptWords('LINES', 'TERMINATED', 'BY')) format.linesTerminatedBy = c.string();
    else if (c.acceptWords('NULL', 'DEFINED', 'AS')) format.nullDefinedAs = c.string();
    else if (c.acceptWords('ESCAPED', 'BY')) format.escapedBy = c.string();
    else return format;
  }
}

function parseRowFormat(c: Cursor): RowFormat {
  if (c.acceptWords('DELIMITED')) return parseDelimited(c);
  if (c.acceptWords('SERDE')) return { kind: 'SERDE', serde: c.string('<serde class>') };
  return c.fail("'DELIMITED', 'SERDE'");
}

function parseStoredAs(c: Cursor): StoredAs {
  if (c.acceptWords('INPUTFORMAT')) {
    const inputFormat = c.string('<input format class>');
    c.expectWords('OUTPUTFORMAT');
    return { kind: 'CLASSES', inputFormat, outputFormat: c.string('<output format class>') };
  }
  return { kind: 'NAMED', format: c.identifier('<file format>').toUpperCase() };
}

/** The clauses after the column list, in the order Athena's grammar allows (each at most once). */
function parseTableClauses(c: Cursor, table: CreateExternalTable): void {
  for (;;) {
    if (c.acceptWords('COMMENT')) table.comment = c.string();
    else if (c.acceptWords('PARTITIONED', 'BY')) table.partitionedBy = c.columnList();
    else if (c.acceptWords('CLUSTERED', 'BY')) {
      const columns = c.identifierList();
      c.expectWords('INTO');
      const buckets = c.number();
      c.expectWords('BUCKETS');
      table.clusteredBy = { columns, buckets };
    } else if (c.acceptWords('ROW', 'FORMAT')) table.rowFormat = parseRowFormat(c);
    else if (c.acceptWords('WITH', 'SERDEPROPERTIES')) table.serdeProperties = c.properties();
    else if (c.acceptWords('STORED', 'AS')) table.storedAs = parseStoredAs(c);
    else if (c.acceptWords('LOCATION')) table.location = c.string('<location>');
    else if (c.acceptWords('TBLPROPERTIES')) table.tblProperties = c.properties();
    else return;
  }
}

/** `CREATE EXTERNAL TABLE [IF NOT EXISTS] [db.]t (cols) …` (the EXTERNAL TABLE keywords consumed). */
export function parseCreateExternalTable(c: Cursor): CreateExternalTable {
  const ifNotExists = c.acceptWords('IF', 'NOT', 'EXISTS');
  const table: CreateExternalTable = {
    type: 'CreateExternalTable',
    table: c.tableRef(),
    ifNotExists,
    columns: [],
    partitionedBy: [],
    serdeProperties: {},
    tblProperties: {},
  };
  if (c.isPunct('(')) table.columns = c.columnList();
  parseTableClauses(c, table);
  c.end();
  return table;
}

function ctasValue(c: Cursor): CtasValue {
  if (c.acceptWords('ARRAY')) {
    const values: string[] = [];
    c.expectPunct('[');
    if (!c.isPunct(']'))
      do values.push(c.string('<column name>'));
      while (c.acceptPunct(','));
    c.expectPunct(']');
    return values;
  }
  if (c.acceptWords('TRUE')) return true;
  if (c.acceptWords('FALSE')) return false;
  if (c.peek().kind === 'number') return c.number();
  return c.string('<property value>');
}

/** `CREATE TABLE [db.]t [WITH (k = v, …)] AS query [WITH [NO] DATA]` (CREATE TABLE consumed). */
export function parseCtas(c: Cursor): Ctas {
  const ifNotExists = c.acceptWords('IF', 'NOT', 'EXISTS');
  const table = c.tableRef();
  const properties: Ctas['properties'] = {};
  if (c.acceptWords('WITH')) {
    c.expectPunct('(');
    do {
      const at = c.peek().at;
      const name = c.identifier('<property name>');
      c.expectPunct('=');
      properties[name] = { value: ctasValue(c), at };
    } while (c.acceptPunct(','));
    c.expectPunct(')');
  }
  if (!c.isWord('AS'))
    // Athena: CREATE TABLE without EXTERNAL is only for Iceberg tables and CTAS (create-table.md).
    throw syntaxError(
      `Only external tables can be created this way: use CREATE EXTERNAL TABLE, or CREATE TABLE ${table.name} AS SELECT …`,
      c.peek().at,
    );
  c.expectWords('AS');
  const rest = c.rest();
  let text = rest.text;
  let withData = true;
  const tail = /\s+WITH\s+(NO\s+)?DATA\s*$/i.exec(text);
  if (tail) {
    withData = tail[1] === undefined;
    text = text.slice(0, tail.index).trim();
  }
  // A parenthesised query is allowed: `AS (SELECT …)`.
  if (/^\(/.test(text) && /\)$/.test(text)) text = text.slice(1, -1).trim();
  if (!/^(SELECT|WITH|VALUES|\()/i.test(text))
    throw syntaxError(
      `mismatched input '${text.split(/\s/)[0] ?? ''}'. Expecting: <query>`,
      rest.at,
    );
  return { type: 'Ctas', table, ifNotExists, properties, query: text, withData };
}
