import { describe, expect, it } from 'vitest';
import { FormatError } from './errors';
import { parquetLayout } from './parquet';
import { previewObject } from './preview';
import { type ParquetColumnSpec, toParquet } from './writers';

const columns: ParquetColumnSpec[] = [
  { name: 'order_id', type: 'bigint' },
  { name: 'product', type: 'string' },
  { name: 'quantity', type: 'int' },
  { name: 'unit_price', type: 'double' },
  { name: 'gift', type: 'boolean' },
];
const rows = Array.from({ length: 2500 }, (_, i) => [
  1000 + i,
  `product-${i % 40}`,
  (i % 3) + 1,
  (i % 50) + 0.99,
  i % 7 === 0,
]);

describe('parquetLayout', () => {
  const bytes = toParquet(columns, rows, { codec: 'SNAPPY', rowGroupSize: 1000 });
  const layout = parquetLayout(bytes);

  it('reads row groups and row counts from the footer', () => {
    expect(layout.numRows).toBe(2500);
    expect(layout.rowGroups.map((g) => g.numRows)).toEqual([1000, 1000, 500]);
    expect(layout.schema.map((s) => s.name)).toEqual(columns.map((c) => c.name));
    expect(layout.schema[1]).toEqual({
      name: 'product',
      type: 'BYTE_ARRAY',
      repetition: 'OPTIONAL',
      logicalType: 'STRING',
    });
  });

  it('lists each column chunk with its codec, encodings and sizes', () => {
    const chunks = layout.rowGroups[0]!.columns;
    expect(chunks.map((c) => c.path)).toEqual(columns.map((c) => c.name));
    for (const chunk of chunks) {
      expect(chunk.codec).toBe('SNAPPY');
      expect(chunk.numValues).toBe(1000);
      expect(chunk.compressedSize).toBeGreaterThan(0);
      expect(chunk.uncompressedSize).toBeGreaterThan(0);
      expect(chunk.encodings.length).toBeGreaterThan(0);
    }
    const product = chunks.find((c) => c.path === 'product')!;
    expect(product.encodings).toContain('RLE_DICTIONARY');
  });

  it('carries min, max and null counts per chunk', () => {
    expect(layout.rowGroups[1]!.columns[0]!.statistics).toEqual({
      min: 2000,
      max: 2999,
      nullCount: 0,
    });
  });

  it('writes GZIP and UNCOMPRESSED when asked, and they preview the same rows', async () => {
    for (const codec of ['GZIP', 'UNCOMPRESSED'] as const) {
      const file = toParquet(columns, rows.slice(0, 10), { codec });
      expect(parquetLayout(file).rowGroups[0]!.columns[0]!.codec).toBe(codec);
      expect((await previewObject('t.parquet', file)).rows).toEqual(rows.slice(0, 10));
    }
  });
});

describe('Parquet preview', () => {
  it('types columns as Glue would and reads only the first rows', async () => {
    const result = await previewObject(
      'items/part-0.parquet',
      toParquet(columns, rows, { rowGroupSize: 1000 }),
      { maxRows: 5 },
    );
    expect(result.columns).toEqual([
      { name: 'order_id', type: 'bigint' },
      { name: 'product', type: 'string' },
      { name: 'quantity', type: 'int' },
      { name: 'unit_price', type: 'double' },
      { name: 'gift', type: 'boolean' },
    ]);
    expect(result.rows).toEqual(rows.slice(0, 5));
    expect(result).toMatchObject({
      format: 'parquet',
      compression: 'none',
      totalRowsKnown: 2500,
      truncated: true,
    });
  });

  it('says the footer is missing when the file is cut short', async () => {
    const cut = toParquet(columns, rows).slice(0, 3000);
    await expect(previewObject('t.parquet', cut)).rejects.toThrow(
      new FormatError(
        'This is not a valid Parquet file: the footer magic "PAR1" is missing (the file may be truncated).',
      ),
    );
  });

  it('says the head magic is missing for a .parquet key holding something else', async () => {
    await expect(
      previewObject('t.parquet', new TextEncoder().encode('id,name\n1,a\n')),
    ).rejects.toThrow('This is not a valid Parquet file: it does not start with the magic "PAR1".');
  });

  it('refuses a column type it cannot write', () => {
    expect(() => toParquet([{ name: 'm', type: 'map<string,int>' }], [[{}]])).toThrow(
      /cannot write to Parquet/,
    );
  });
});
