import { describe, expect, it } from 'vitest';
import { movedCell } from './activeCell';

const size = { rows: 100, columns: 3, page: 10 };

describe('moving the active cell', () => {
  it('moves one cell with the arrows and a page with Page Down', () => {
    expect(movedCell('ArrowRight', { row: 0, col: 1 }, size)).toEqual({ row: 0, col: 2 });
    expect(movedCell('PageDown', { row: 5, col: 1 }, size)).toEqual({ row: 15, col: 1 });
  });
  it('stays inside the grid and never lands on the row numbers', () => {
    expect(movedCell('ArrowLeft', { row: 0, col: 1 }, size)).toEqual({ row: 0, col: 1 });
    expect(movedCell('PageDown', { row: 95, col: 1 }, size)).toEqual({ row: 99, col: 1 });
    expect(movedCell('End', { row: 0, col: 1 }, size)).toEqual({ row: 0, col: 3 });
  });
  it('ignores other keys', () => {
    expect(movedCell('a', { row: 0, col: 1 }, size)).toBeUndefined();
  });
});
