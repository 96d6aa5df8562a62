import { describe, expect, it } from 'vitest';
import { toCsv } from '../formats';
import { recordsToCsv } from './csvOutput';
import type { OutputColumn, OutputRecord } from './s3Output';

const COLUMNS: OutputColumn[] = [
  { name: 'Op', type: 'string', from: 'op' },
  { name: 'ts', type: 'string', from: 'timestamp' },
  { name: 'id', type: 'bigint', from: { column: 'id' } },
  { name: 'name', type: 'string', from: { column: 'name' } },
  { name: 'price', type: 'double', from: { column: 'price' } },
];

const NAMES = [
  'plain',
  'with,comma',
  'with;semicolon',
  'with\ttab',
  'say "hi"',
  ' leading',
  'trailing ',
  'line\nbreak',
  'carriage\rreturn',
  '\uFEFFbom',
  'unicode é ü 漢',
  '',
  '|pipe|',
];

const RECORDS: OutputRecord[] = NAMES.map((name, i) => ({
  op: (['I', 'U', 'D'] as const)[i % 3]!,
  timestamp: '2025-01-06 09:01:00.000000',
  row: { id: i, name, price: i % 4 === 0 ? null : i * 1.25 },
}));

/** What renderFile wrote before: the general writer (Papa Parse) on rows of values. */
function viaToCsv(
  delimiter: string,
  header: boolean,
  records = RECORDS,
  columns = COLUMNS,
): string {
  const rows = records.map((r) =>
    columns.map((c) =>
      c.from === 'op'
        ? r.op
        : c.from === 'timestamp'
          ? r.timestamp
          : (r.row[c.from.column] ?? null),
    ),
  );
  return toCsv(
    columns.map((c) => c.name),
    rows,
    { delimiter, header },
  );
}

describe('DMS CDC CSV rows', () => {
  for (const delimiter of [',', ';', '\t', '|', ' ', 'a', '1', '\n', '"', '||'])
    for (const header of [false, true])
      it(`are the bytes the general CSV writer gives (delimiter ${JSON.stringify(delimiter)}, header ${header})`, () => {
        expect(recordsToCsv(COLUMNS, RECORDS, delimiter, header)).toBe(viaToCsv(delimiter, header));
      });

  it('quote a cell holding the delimiter, a quote or a line break, and double its quotes', () => {
    const csv = recordsToCsv(COLUMNS.slice(3, 4), RECORDS.slice(1, 8), ',', false);
    expect(csv).toBe(
      '"with,comma"\nwith;semicolon\nwith\ttab\n"say ""hi"""\n" leading"\n"trailing "\n"line\nbreak"\n',
    );
  });

  it('are the same for an empty batch and for no columns', () => {
    expect(recordsToCsv(COLUMNS, [], ',', true)).toBe(viaToCsv(',', true, []));
    expect(recordsToCsv([], RECORDS, ',', false)).toBe(viaToCsv(',', false, RECORDS, []));
  });
});
