import { describe, expect, it } from 'vitest';
import { md5Hex } from '../../s3/md5';
import { inProcessSqlRunner } from '../inProcessRunner';
import { fileOf, requestOf, tableOf } from './testTables';

const people = tableOf(
  'people',
  'id int, name string, score double, active boolean',
  [fileOf('people/a.csv', '1,Ada,2.0,true\n2,"Grace ""G""",,false\n', {})],
  { text: { delimiter: ',', quoteChar: '"', skipHeaderLines: 0 } },
);

describe('the runner writes the result file (off the main thread)', () => {
  it("encodes Athena's CSV with its MD5 and returns only the rows asked for", async () => {
    const runner = inProcessSqlRunner();
    const result = await runner.run(
      requestOf('SELECT id, name, score, active FROM people ORDER BY id', [people], {
        resultCsv: {
          names: ['id', 'name', 'score', 'active'],
          types: ['integer', 'varchar', 'double', 'boolean'],
          keepRows: 1,
        },
      }),
    );
    const text = new TextDecoder().decode(result.csv);
    expect(text).toBe(
      '"id","name","score","active"\n"1","Ada","2.0","true"\n"2","Grace ""G""",,"false"\n',
    );
    expect(result.csvMd5).toBe(md5Hex(result.csv!));
    expect(result.rowCount).toBe(2);
    expect(result.rows).toHaveLength(1);
  });
});
