import { describe, expect, it } from 'vitest';
import {
  errorCodeOf,
  errorPositionOf,
  offsetOf,
  previewTableSql,
  quoteIdentifier,
} from './sqlText';

describe('SQL the console writes', () => {
  it('previews a table with the console’s quoted query and a limit of 10', () => {
    expect(previewTableSql('shop', 'orders')).toBe('SELECT * FROM "shop"."orders" limit 10;');
  });
  it('doubles a double quote inside an identifier', () => {
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
  });
});

describe('reading Athena failure reasons', () => {
  const reason = "COLUMN_NOT_FOUND: line 2:8: Column 'x' cannot be resolved";
  it('finds the line and column a failure names', () => {
    expect(errorPositionOf(reason)).toEqual({ line: 2, column: 8 });
    expect(errorPositionOf('Access denied')).toBeUndefined();
  });
  it('reads the error code before the first colon', () => {
    expect(errorCodeOf(reason)).toBe('COLUMN_NOT_FOUND');
  });
  it('turns a line and column into an offset in the text', () => {
    expect(offsetOf('SELECT 1\nFROM  x', { line: 2, column: 7 })).toBe(15);
    expect(offsetOf('abc', { line: 9, column: 9 })).toBe(3);
  });
});
