import { describe, expect, it } from 'vitest';
import {
  AthenaDdlException,
  athenaStatementType,
  classifyStatement,
  parseStatement,
} from './index';

function syntaxErrorOf(sql: string) {
  try {
    parseStatement(sql);
  } catch (error) {
    if (error instanceof AthenaDdlException) return error.detail;
    throw error;
  }
  throw new Error('expected a syntax error');
}

describe('classifyStatement', () => {
  it.each([
    ['SELECT 1', 'QUERY'],
    ['  -- note\n/* block */ WITH a AS (SELECT 1) SELECT * FROM a;', 'QUERY'],
    ['VALUES 1', 'QUERY'],
    ['(SELECT 1)', 'QUERY'],
    ['show tables', 'UTILITY'],
    ['DESCRIBE orders', 'UTILITY'],
    ['CREATE DATABASE sales', 'DDL'],
    ['CREATE SCHEMA sales', 'DDL'],
    ["CREATE EXTERNAL TABLE t (a int) LOCATION 's3://b/t/'", 'DDL'],
    ['CREATE TABLE t (a int)', 'DDL'],
    ['CREATE OR REPLACE VIEW v AS SELECT 1', 'DDL'],
    ['DROP VIEW v', 'DDL'],
    ['MSCK REPAIR TABLE t', 'DDL'],
    ["ALTER TABLE t ADD PARTITION (dt='1')", 'DDL'],
    ['CREATE TABLE t AS SELECT 1', 'CTAS'],
    [
      "CREATE TABLE db.t WITH (format = 'PARQUET', partitioned_by = ARRAY['dt']) AS SELECT 1",
      'CTAS',
    ],
    ['INSERT INTO t SELECT 1', 'INSERT'],
    ['EXPLAIN SELECT 1', 'EXPLAIN'],
  ])('%s → %s', (sql, kind) => {
    expect(classifyStatement(sql)).toBe(kind);
  });

  it('maps kinds to Athena StatementType: CTAS and INSERT are DML', () => {
    expect(athenaStatementType('CTAS')).toBe('DML');
    expect(athenaStatementType('INSERT')).toBe('DML');
    expect(athenaStatementType('QUERY')).toBe('DML');
    expect(athenaStatementType('DDL')).toBe('DDL');
    expect(athenaStatementType('UTILITY')).toBe('UTILITY');
  });
});

describe('parseStatement', () => {
  it('parses CREATE EXTERNAL TABLE with complex types, partitions, row format and properties', () => {
    const statement = parseStatement(`-- the orders table
      CREATE EXTERNAL TABLE IF NOT EXISTS \`sales\`.\`orders\` (
        order_id bigint COMMENT 'the id',
        items array<struct<sku:string, qty:int>>,
        attrs map<string,string>,
        amount DECIMAL(10, 2)
      )
      COMMENT 'Orders'
      PARTITIONED BY (dt string)
      ROW FORMAT DELIMITED FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n'
      STORED AS TEXTFILE
      LOCATION 's3://lake/raw/orders/'
      TBLPROPERTIES ('skip.header.line.count'='1');`);
    expect(statement).toMatchObject({
      type: 'CreateExternalTable',
      table: { database: 'sales', name: 'orders' },
      ifNotExists: true,
      columns: [
        { name: 'order_id', type: 'bigint', comment: 'the id' },
        { name: 'items', type: 'array<struct<sku:string,qty:int>>' },
        { name: 'attrs', type: 'map<string,string>' },
        { name: 'amount', type: 'decimal(10,2)' },
      ],
      comment: 'Orders',
      partitionedBy: [{ name: 'dt', type: 'string' }],
      rowFormat: {
        kind: 'DELIMITED',
        fieldsTerminatedBy: '\t',
        escapedBy: '\\',
        linesTerminatedBy: '\n',
      },
      storedAs: { kind: 'NAMED', format: 'TEXTFILE' },
      location: 's3://lake/raw/orders/',
      tblProperties: { 'skip.header.line.count': '1' },
    });
  });

  it('parses ROW FORMAT SERDE with SERDEPROPERTIES and explicit input/output formats', () => {
    const statement = parseStatement(`CREATE EXTERNAL TABLE t (a string)
      ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.OpenCSVSerde'
      WITH SERDEPROPERTIES ('separatorChar' = ',', 'quoteChar' = '"')
      STORED AS INPUTFORMAT 'org.apache.hadoop.mapred.TextInputFormat'
      OUTPUTFORMAT 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'
      LOCATION 's3://b/t/'`);
    expect(statement).toMatchObject({
      rowFormat: { kind: 'SERDE', serde: 'org.apache.hadoop.hive.serde2.OpenCSVSerde' },
      serdeProperties: { separatorChar: ',', quoteChar: '"' },
      storedAs: { kind: 'CLASSES', inputFormat: 'org.apache.hadoop.mapred.TextInputFormat' },
    });
  });

  it('parses CTAS properties, the query text and WITH NO DATA', () => {
    const statement = parseStatement(`CREATE TABLE lake.daily
      WITH (format = 'PARQUET', write_compression = 'SNAPPY', partitioned_by = ARRAY['dt'], bucket_count = 4)
      AS SELECT id, dt FROM orders WITH NO DATA;`);
    expect(statement).toMatchObject({
      type: 'Ctas',
      table: { database: 'lake', name: 'daily' },
      query: 'SELECT id, dt FROM orders',
      withData: false,
    });
    if (statement.type !== 'Ctas') throw new Error('not CTAS');
    expect(statement.properties['partitioned_by']?.value).toEqual(['dt']);
    expect(statement.properties['bucket_count']?.value).toBe(4);
  });

  it('parses views, INSERT INTO with columns, EXPLAIN and SHOW/DESCRIBE forms', () => {
    expect(parseStatement('CREATE OR REPLACE VIEW v AS SELECT a FROM t;')).toMatchObject({
      type: 'CreateView',
      orReplace: true,
      query: 'SELECT a FROM t',
    });
    expect(parseStatement('INSERT INTO t (a, b) SELECT 1, 2')).toMatchObject({
      columns: ['a', 'b'],
      query: 'SELECT 1, 2',
    });
    expect(parseStatement('INSERT INTO t (SELECT 1)')).toMatchObject({ query: '(SELECT 1)' });
    expect(parseStatement('EXPLAIN (TYPE DISTRIBUTED) SELECT 1')).toMatchObject({
      options: ['TYPE DISTRIBUTED'],
      query: 'SELECT 1',
    });
    expect(parseStatement("SHOW TABLES IN sales '*orders*'")).toEqual({
      type: 'ShowTables',
      database: 'sales',
      pattern: '*orders*',
    });
    expect(parseStatement('SHOW COLUMNS IN orders IN sales')).toMatchObject({
      table: { database: 'sales', name: 'orders' },
    });
    expect(parseStatement("SHOW TBLPROPERTIES t ('classification')")).toMatchObject({
      property: 'classification',
    });
    expect(parseStatement('DESCRIBE FORMATTED db.t amount')).toMatchObject({
      mode: 'FORMATTED',
      table: { database: 'db', name: 't' },
      column: 'amount',
    });
  });

  it('parses partition clauses of ALTER TABLE', () => {
    expect(
      parseStatement(
        "ALTER TABLE t ADD IF NOT EXISTS PARTITION (dt='2024-01-01', hr=5) LOCATION 's3://b/t/a/' PARTITION (dt='2024-01-02', hr=6)",
      ),
    ).toMatchObject({
      type: 'AlterAddPartitions',
      ifNotExists: true,
      partitions: [
        {
          values: [
            { key: 'dt', value: '2024-01-01' },
            { key: 'hr', value: '5' },
          ],
          location: 's3://b/t/a/',
        },
        {
          values: [
            { key: 'dt', value: '2024-01-02' },
            { key: 'hr', value: '6' },
          ],
        },
      ],
    });
    expect(
      parseStatement("ALTER TABLE t DROP IF EXISTS PARTITION (dt='1'), PARTITION (dt='2')"),
    ).toMatchObject({
      type: 'AlterDropPartitions',
      partitions: [
        { values: [{ key: 'dt', value: '1' }] },
        { values: [{ key: 'dt', value: '2' }] },
      ],
    });
    expect(
      parseStatement("ALTER TABLE t PARTITION (dt='1') SET LOCATION 's3://b/x/'"),
    ).toMatchObject({
      type: 'AlterSetLocation',
      partition: { values: [{ key: 'dt', value: '1' }] },
    });
    expect(parseStatement("ALTER TABLE t SET TBLPROPERTIES ('a'='b')")).toMatchObject({
      type: 'AlterSetTblProperties',
      properties: { a: 'b' },
    });
  });

  it('reports syntax errors with Athena line:column positions', () => {
    expect(syntaxErrorOf('CREATE EXTERNAL TABLE t (a int\n  LOCATION')).toMatchObject({
      errorType: 'SYNTAX_ERROR',
      line: 2,
      column: 3,
    });
    expect(syntaxErrorOf('DROP FUNCTION f').message).toMatch(
      /^line 1:6: mismatched input 'FUNCTION'/,
    );
    expect(syntaxErrorOf('CREATE TABLE t (a int)').message).toMatch(/CREATE EXTERNAL TABLE/);
    expect(syntaxErrorOf("CREATE EXTERNAL TABLE t (a int) LOCATION 's3://b/")).toMatchObject({
      line: 1,
      column: 42,
    });
  });
});
