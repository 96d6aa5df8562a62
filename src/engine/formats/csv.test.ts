import { describe, expect, it } from 'vitest';
import { gzip } from './compression';
import { FormatError } from './errors';
import { previewObject } from './preview';
import { utf8Encode } from './text';

const preview = (key: string, text: string, options = {}) =>
  previewObject(key, utf8Encode(text), options);

describe('CSV preview: header and types', () => {
  it('reads a header row when it is all text and a data column is not', async () => {
    const result = await preview(
      'orders.csv',
      'order_id,status,total,paid\n1,shipped,10.5,true\n2,pending,3,false\n',
    );
    expect(result.hasHeader).toBe(true);
    expect(result.columns).toEqual([
      { name: 'order_id', type: 'bigint' },
      { name: 'status', type: 'string' },
      { name: 'total', type: 'double' },
      { name: 'paid', type: 'boolean' },
    ]);
    expect(result.rows).toEqual([
      [1, 'shipped', 10.5, true],
      [2, 'pending', 3, false],
    ]);
    expect(result).toMatchObject({ totalRowsKnown: 2, truncated: false });
  });

  it('names columns col0, col1, … when the first row holds data', async () => {
    const result = await preview('nums.csv', '1,2.5\n3,4\n');
    expect(result.hasHeader).toBe(false);
    expect(result.columns).toEqual([
      { name: 'col0', type: 'bigint' },
      { name: 'col1', type: 'double' },
    ]);
    expect(result.rows).toHaveLength(2);
  });

  it('reads an all-text first row as data, as Glue does, and says why', async () => {
    const result = await preview('people.csv', 'name,city\nAnn,Paris\nBob,Lyon\n');
    expect(result.hasHeader).toBe(false);
    expect(result.rows[0]).toEqual(['name', 'city']);
    expect(result.warnings[0]).toMatch(/first row is read as data/);
  });

  it('lets the caller force the header', async () => {
    const result = await preview('people.csv', 'name,city\nAnn,Paris\n', { header: true });
    expect(result.columns.map((c) => c.name)).toEqual(['name', 'city']);
  });

  it('keeps empty cells as null without changing the column type', async () => {
    const result = await preview('a.csv', 'id,score\n1,\n2,7\n');
    expect(result.columns[1]).toEqual({ name: 'score', type: 'bigint' });
    expect(result.rows[0]).toEqual([1, null]);
  });

  it('keeps dates as strings, as the Glue CSV classifier does', async () => {
    const result = await preview('a.csv', 'id,day\n1,2025-01-06\n2,2025-01-07\n');
    expect(result.columns[1]!.type).toBe('string');
  });
});

describe('CSV preview: quoting and delimiters', () => {
  it('reads quoted fields holding commas, quotes and newlines', async () => {
    const result = await preview(
      'notes.csv',
      'id,note\n1,"red, green"\n2,"say ""hi""\nthen leave"\n',
    );
    expect(result.rows).toEqual([
      [1, 'red, green'],
      [2, 'say "hi"\nthen leave'],
    ]);
  });

  it.each([
    ['comma', ','],
    ['tab', '\t'],
    ['pipe', '|'],
    ['semicolon', ';'],
  ])('detects the %s delimiter', async (_name, delimiter) => {
    const text =
      ['id', 'name', 'price'].join(delimiter) +
      '\n' +
      ['1', 'Lamp', '9.5'].join(delimiter) +
      '\n' +
      ['2', 'Mug', '4'].join(delimiter) +
      '\n';
    const result = await preview(delimiter === '\t' ? 'p.tsv' : 'p.csv', text);
    expect(result.delimiter).toBe(delimiter);
    expect(result.columns.map((c) => c.name)).toEqual(['id', 'name', 'price']);
    expect(result.rows[1]).toEqual([2, 'Mug', 4]);
  });
});

describe('CSV preview: line ends and other delimiters', () => {
  it('reads Windows line ends and a byte-order mark', async () => {
    const result = await preview('w.csv', '\uFEFFid,name\r\n1,Ann\r\n2,Bob\r\n');
    expect(result.columns.map((c) => c.name)).toEqual(['id', 'name']);
    expect(result.rows).toEqual([
      [1, 'Ann'],
      [2, 'Bob'],
    ]);
  });

  it('detects the Ctrl-A delimiter Hive writes by default', async () => {
    const result = await preview('hive/000000_0', '1\u0001Ann\n2\u0001Bob\n');
    expect(result.delimiter).toBe('\u0001');
    expect(result.rows).toEqual([
      [1, 'Ann'],
      [2, 'Bob'],
    ]);
  });
});

describe('CSV preview: malformed input', () => {
  it('names the row with too many fields and the header count', async () => {
    const lines = [
      'a,b,c,d',
      ...Array.from({ length: 10 }, (_, i) => `${i},x,y,1`),
      '10,x,y,1,extra',
    ];
    await expect(preview('shop/orders.csv', lines.join('\n'))).rejects.toThrow(
      new FormatError('Row 12 of orders.csv has 5 fields; the header has 4.'),
    );
  });

  it('names a row with too few fields when there is no header', async () => {
    await expect(preview('n.csv', '1,2,3\n4,5\n')).rejects.toThrow(
      'Row 2 of n.csv has 2 fields; the first row has 3.',
    );
  });

  it('names an unclosed quote', async () => {
    await expect(preview('q.csv', 'id,note\n1,ok\n2,"never closed\n3,x\n')).rejects.toThrow(
      /Row \d of q\.csv has a quoted field with no closing quote/,
    );
  });
});

describe('CSV preview of a big object', () => {
  const row = (i: number) =>
    `${i},customer-${i % 997},2025-01-${String((i % 28) + 1).padStart(2, '0')},${(i % 500) / 4},"note, with comma ${i}"\n`;
  const big = (() => {
    const parts = ['order_id,customer,order_date,total,note\n'];
    let size = 0;
    for (let i = 0; size < 100 * 1024 * 1024; i++) {
      const line = row(i);
      parts.push(line);
      size += line.length;
    }
    return utf8Encode(parts.join(''));
  })();

  it('reads only the first 256 KiB of a 100 MB CSV', async () => {
    const result = await previewObject('orders/big.csv', big, { maxRows: 100 });
    expect(result.rows).toHaveLength(100);
    expect(result.rows[99]![0]).toBe(99);
    expect(result.truncated).toBe(true);
    expect(result.totalRowsKnown).toBeUndefined();
  });

  it('drops a partial last line at the edge of the window', async () => {
    const result = await previewObject('orders/big.csv', big, {
      maxRows: 100_000,
      headBytes: 64 * 1024 + 7,
    });
    const last = result.rows[result.rows.length - 1]!;
    expect(last).toHaveLength(5);
    expect(String(last[4])).toBe(`note, with comma ${String(last[0])}`);
  });

  it('reads only the head of a gzip-compressed big CSV', async () => {
    const compressed = gzip(big.subarray(0, 20 * 1024 * 1024));
    const result = await previewObject('orders/big.csv.gz', compressed);
    expect(result).toMatchObject({ compression: 'gzip', truncated: true });
    expect(result.rows).toHaveLength(100);
  });
});
