import { describe, expect, it } from 'vitest';
import { parseResultCsv } from './parseResultCsv';

describe('parsing an Athena result CSV', () => {
  it('reads quoted values, doubled quotes and NULL as an empty unquoted field', async () => {
    const rows = await parseResultCsv('"status","n"\n"say ""hi""",\n"a,b","3"\n');
    expect(rows).toEqual([
      ['status', 'n'],
      ['say "hi"', null],
      ['a,b', '3'],
    ]);
  });
  it('keeps a newline inside a quoted value and an empty string apart from NULL', async () => {
    expect(await parseResultCsv('"x\ny",""\r\n')).toEqual([['x\ny', '']]);
  });
  it('gives the same rows when the text is read in many small slices', async () => {
    const text = Array.from({ length: 500 }, (_, i) => `"${i}","v${i}"`).join('\n') + '\n';
    const shares: number[] = [];
    const rows = await parseResultCsv(text, { sliceChars: 100, onProgress: (s) => shares.push(s) });
    expect(rows).toHaveLength(500);
    expect(rows[499]).toEqual(['499', 'v499']);
    expect(shares.length).toBeGreaterThan(10);
    expect(shares.at(-1)).toBe(1);
  });
});
