import type { Cursor } from './cursor';
import type { Describe, PartitionSpec, ShowColumns, ShowTables, UtilityStatement } from './types';

function partitionList(c: Cursor, withLocation: boolean): PartitionSpec[] {
  const partitions: PartitionSpec[] = [];
  do {
    c.expectWords('PARTITION');
    const spec = c.partitionSpec();
    if (withLocation && c.acceptWords('LOCATION')) spec.location = c.string('<location>');
    partitions.push(spec);
    // ADD lists partitions separated by spaces; DROP separates them with commas.
  } while (c.acceptPunct(',') || c.isWord('PARTITION'));
  return partitions;
}

/** `ALTER TABLE t ADD|DROP PARTITION …`, `ALTER TABLE t [PARTITION (…)] SET LOCATION '…'`, `SET TBLPROPERTIES`. */
export function parseAlterTable(c: Cursor): UtilityStatement {
  const table = c.tableRef();
  const mode = ['ADD', 'REPLACE'].find((word) => c.isWord(word) && c.isWord('COLUMNS', 1));
  if (mode === 'ADD' || mode === 'REPLACE') {
    c.expectWords(mode, 'COLUMNS');
    const columns = c.columnList();
    c.end();
    return { type: 'AlterColumns', table, mode, columns };
  }
  if (c.acceptWords('ADD')) {
    const ifNotExists = c.acceptWords('IF', 'NOT', 'EXISTS');
    const partitions = partitionList(c, true);
    c.end();
    return { type: 'AlterAddPartitions', table, ifNotExists, partitions };
  }
  if (c.acceptWords('DROP')) {
    const ifExists = c.acceptWords('IF', 'EXISTS');
    const partitions = partitionList(c, false);
    c.end();
    return { type: 'AlterDropPartitions', table, ifExists, partitions };
  }
  const partition = c.acceptWords('PARTITION') ? c.partitionSpec() : undefined;
  c.expectWords('SET');
  if (!partition && c.acceptWords('TBLPROPERTIES')) {
    const properties = c.properties();
    c.end();
    return { type: 'AlterSetTblProperties', table, properties };
  }
  c.expectWords('LOCATION');
  const location = c.string('<location>');
  c.end();
  return { type: 'AlterSetLocation', table, location, ...(partition ? { partition } : {}) };
}

function parseShowTables(c: Cursor): ShowTables {
  const statement: ShowTables = { type: 'ShowTables' };
  if (c.acceptWords('IN') || c.acceptWords('FROM'))
    statement.database = c.identifier('<database name>');
  if (c.acceptWords('LIKE') || c.peek().kind === 'string')
    statement.pattern = c.string('<pattern>');
  c.end();
  return statement;
}

function parseShowColumns(c: Cursor): ShowColumns {
  if (!c.acceptWords('IN') && !c.acceptWords('FROM')) c.fail("'IN', 'FROM'");
  const table = c.tableRef();
  // SHOW COLUMNS {FROM|IN} table [{FROM|IN} database].
  if (c.acceptWords('IN') || c.acceptWords('FROM'))
    table.database = c.identifier('<database name>');
  c.end();
  return { type: 'ShowColumns', table };
}

/** `SHOW …` (SHOW consumed). */
export function parseShow(c: Cursor): UtilityStatement {
  if (c.acceptWords('DATABASES') || c.acceptWords('SCHEMAS')) {
    const like = c.acceptWords('LIKE') ? c.string('<pattern>') : undefined;
    c.end();
    return { type: 'ShowDatabases', ...(like !== undefined ? { like } : {}) };
  }
  if (c.acceptWords('TABLES')) return parseShowTables(c);
  if (c.acceptWords('VIEWS')) return { ...parseShowTables(c), type: 'ShowViews' };
  if (c.acceptWords('COLUMNS')) return parseShowColumns(c);
  if (c.acceptWords('PARTITIONS')) {
    const table = c.tableRef();
    c.end();
    return { type: 'ShowPartitions', table };
  }
  if (c.acceptWords('CREATE', 'TABLE') || c.acceptWords('CREATE', 'VIEW')) {
    const table = c.tableRef();
    c.end();
    return { type: 'ShowCreateTable', table };
  }
  if (c.acceptWords('TBLPROPERTIES')) {
    const table = c.tableRef();
    let property: string | undefined;
    if (c.acceptPunct('(')) {
      property = c.string('<property name>');
      c.expectPunct(')');
    }
    c.end();
    return { type: 'ShowTblProperties', table, ...(property !== undefined ? { property } : {}) };
  }
  return c.fail(
    "'DATABASES', 'SCHEMAS', 'TABLES', 'COLUMNS', 'PARTITIONS', 'CREATE', 'TBLPROPERTIES'",
  );
}

/** `DESCRIBE [EXTENDED|FORMATTED] [db.]t [PARTITION (…)] [col]` (DESCRIBE consumed). */
export function parseDescribe(c: Cursor): Describe {
  const mode = c.acceptWords('EXTENDED')
    ? 'EXTENDED'
    : c.acceptWords('FORMATTED')
      ? 'FORMATTED'
      : 'PLAIN';
  // Athena: the syntax is `DESCRIBE table_name`, not `DESCRIBE TABLE table_name` (describe-table.md).
  const table = c.tableRef();
  const partition = c.acceptWords('PARTITION') ? c.partitionSpec() : undefined;
  const column = c.atEnd() ? undefined : c.identifier('<column name>');
  c.end();
  return {
    type: 'Describe',
    mode,
    table,
    ...(partition ? { partition } : {}),
    ...(column !== undefined ? { column } : {}),
  };
}
