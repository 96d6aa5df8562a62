import { describe as suite, expect, it } from 'vitest';
import { firstColumn, statementLab } from './statements.fixtures';

async function labWithImpressions() {
  const lab = await statementLab();
  await lab.engine.clock.advanceTo(new Date('2026-03-02T10:00:00Z'));
  await lab.run(`CREATE EXTERNAL TABLE impressions (
      requestbegintime string,
      timers struct<modellookup:string,requesttime:string>
    )
    PARTITIONED BY (dt string)
    ROW FORMAT SERDE 'org.openx.data.jsonserde.JsonSerDe'
    LOCATION 's3://lake/impressions/'`);
  await lab.run(`CREATE EXTERNAL TABLE orders (id bigint COMMENT 'order id', total double)
    COMMENT 'All orders'
    ROW FORMAT DELIMITED FIELDS TERMINATED BY '\\t'
    LOCATION 's3://lake/orders/'
    TBLPROPERTIES ('skip.header.line.count'='1')`);
  return lab;
}

const pad = (text: string) => text.padEnd(20, ' ');

suite('DESCRIBE', () => {
  it('prints padded, tab-separated lines in one column, partition keys again under "# Partition Information"', async () => {
    const lab = await labWithImpressions();
    const result = await lab.run('DESCRIBE impressions');
    expect(result.columns).toEqual([{ name: 'col_name', type: 'string' }]);
    expect(firstColumn(result)).toEqual([
      [pad('requestbegintime'), pad('string'), pad('from deserializer')].join('\t'),
      [
        pad('timers'),
        pad('struct<modellookup:string,requesttime:string>'),
        pad('from deserializer'),
      ].join('\t'),
      [pad('dt'), pad('string'), pad('')].join('\t'),
      '',
      '# Partition Information',
      `# ${[pad('col_name'), pad('data_type'), pad('comment')].join('\t')}`,
      '',
      [pad('dt'), pad('string'), pad('')].join('\t'),
    ]);
  });

  it('shows catalog comments for LazySimpleSerDe tables and one column when named', async () => {
    const lab = await labWithImpressions();
    expect(firstColumn(await lab.run('DESCRIBE orders id'))).toEqual([
      [pad('id'), pad('bigint'), pad('order id')].join('\t'),
    ]);
    expect(await lab.errorOf('DESCRIBE orders nope')).toMatchObject({
      errorType: 'COLUMN_NOT_FOUND',
    });
    expect(await lab.errorOf('DESCRIBE TABLE orders')).toMatchObject({
      errorType: 'TABLE_NOT_FOUND',
    });
  });

  it('FORMATTED adds the table and storage details; EXTENDED adds one Thrift-style line', async () => {
    const lab = await labWithImpressions();
    const formatted = firstColumn(await lab.run('DESCRIBE FORMATTED orders'));
    expect(formatted).toContain('# Detailed Table Information');
    expect(formatted).toContain(`${pad('Location:')}\ts3://lake/orders/`);
    expect(formatted).toContain(`${pad('Table Type:')}\tEXTERNAL_TABLE`);
    expect(formatted).toContain(`${pad('CreateTime:')}\tMon Mar 02 10:00:00 UTC 2026`);
    expect(formatted).toContain(
      `${pad('SerDe Library:')}\torg.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe`,
    );
    expect(formatted).toContain(`\t${pad('field.delim')}\t\t`);
    const extended = firstColumn(await lab.run('DESCRIBE EXTENDED orders'));
    expect(String(extended.at(-1))).toMatch(
      /^Detailed Table Information\tTable\(tableName:orders, dbName:default, .*tableType:EXTERNAL_TABLE\)$/,
    );
  });
});

suite('SHOW COLUMNS and SHOW TBLPROPERTIES', () => {
  it('SHOW COLUMNS lists field names, partition keys last, in either database syntax', async () => {
    const lab = await labWithImpressions();
    const result = await lab.run('SHOW COLUMNS IN impressions');
    expect(result.columns[0]?.name).toBe('field');
    expect(firstColumn(result)).toEqual(['requestbegintime', 'timers', 'dt']);
    expect(firstColumn(await lab.run('SHOW COLUMNS FROM orders FROM default'))).toEqual([
      'id',
      'total',
    ]);
    expect(await lab.errorOf('SHOW COLUMNS IN nope')).toMatchObject({
      errorType: 'TABLE_NOT_FOUND',
    });
  });

  it('SHOW TBLPROPERTIES prints name<TAB>value lines, or one value when named', async () => {
    const lab = await labWithImpressions();
    const all = firstColumn(await lab.run('SHOW TBLPROPERTIES orders'));
    expect(all).toContain('skip.header.line.count\t1');
    expect(all).toContain('EXTERNAL\tTRUE');
    expect(all).toContain('comment\tAll orders');
    expect(firstColumn(await lab.run("SHOW TBLPROPERTIES orders('classification')"))).toEqual([
      'csv',
    ]);
    expect(firstColumn(await lab.run("SHOW TBLPROPERTIES orders('nope')"))).toEqual([
      'Table default.orders does not have property: nope',
    ]);
  });
});

suite('SHOW CREATE TABLE', () => {
  it('prints Hive’s DDL for a delimited table, one line per row', async () => {
    const lab = await labWithImpressions();
    const result = await lab.run('SHOW CREATE TABLE orders');
    expect(result.columns).toEqual([{ name: 'createtab_stmt', type: 'string' }]);
    expect(firstColumn(result).join('\n')).toBe(
      [
        'CREATE EXTERNAL TABLE `orders`(',
        "  `id` bigint COMMENT 'order id', ",
        '  `total` double)',
        "COMMENT 'All orders'",
        'ROW FORMAT DELIMITED ',
        "  FIELDS TERMINATED BY '\\t' ",
        'STORED AS INPUTFORMAT ',
        "  'org.apache.hadoop.mapred.TextInputFormat' ",
        'OUTPUTFORMAT ',
        "  'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat'",
        'LOCATION',
        "  's3://lake/orders/'",
        'TBLPROPERTIES (',
        "  'classification'='csv', ",
        "  'skip.header.line.count'='1', ",
        "  'transient_lastDdlTime'='1772445600')",
      ].join('\n'),
    );
  });

  it('prints ROW FORMAT SERDE, partition keys and serde comments for a JSON table', async () => {
    const lab = await labWithImpressions();
    const text = firstColumn(await lab.run('SHOW CREATE TABLE impressions')).join('\n');
    expect(text).toContain("  `requestbegintime` string COMMENT 'from deserializer', ");
    expect(text).toContain('PARTITIONED BY ( \n  `dt` string)\n');
    expect(text).toContain(
      "ROW FORMAT SERDE \n  'org.openx.data.jsonserde.JsonSerDe' \nSTORED AS INPUTFORMAT",
    );
  });
});
