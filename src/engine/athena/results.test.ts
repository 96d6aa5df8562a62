import { describe, expect, it } from 'vitest';
import { billedBytes } from './planner/bytesScanned';
import { parseResultCsv, resultCsv } from './results';

describe('Athena result files (athena/latest/ug/querying.html)', () => {
  it('writes a header row and quotes every value; NULL is an empty field', () => {
    const csv = resultCsv(
      [
        { name: 'status', type: 'varchar' },
        { name: 'n', type: 'bigint' },
        { name: 'avg', type: 'double' },
        { name: 'ok', type: 'boolean' },
      ],
      [
        ['shipped', 3, 2, 1],
        ['say "hi"', null, 1.5, 0],
      ],
    );
    expect(csv).toBe(
      '"status","n","avg","ok"\n"shipped","3","2.0","true"\n"say ""hi""",,"1.5","false"\n',
    );
    expect(parseResultCsv(csv)).toEqual([
      ['status', 'n', 'avg', 'ok'],
      ['shipped', '3', '2.0', 'true'],
      ['say "hi"', null, '1.5', 'false'],
    ]);
  });
});

describe('Athena billing (athena/pricing: per MB, 10 MB minimum)', () => {
  const MB = 1024 * 1024;
  it('bills at least 10 MB per query', () => {
    expect(billedBytes(0)).toBe(10 * MB);
    expect(billedBytes(3 * MB)).toBe(10 * MB);
  });
  it('rounds up to the next whole megabyte above the minimum', () => {
    expect(billedBytes(12 * MB + 1)).toBe(13 * MB);
  });
});
