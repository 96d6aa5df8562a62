/** The grid's active cell: a row as shown and a column (0 is the row number, never active). */
export interface ActiveCell {
  row: number;
  col: number;
}

const MOVES: Record<string, (c: ActiveCell, page: number) => ActiveCell> = {
  ArrowDown: (c) => ({ ...c, row: c.row + 1 }),
  ArrowUp: (c) => ({ ...c, row: c.row - 1 }),
  ArrowRight: (c) => ({ ...c, col: c.col + 1 }),
  ArrowLeft: (c) => ({ ...c, col: c.col - 1 }),
  PageDown: (c, page) => ({ ...c, row: c.row + page }),
  PageUp: (c, page) => ({ ...c, row: c.row - page }),
  Home: (c) => ({ ...c, col: 1 }),
  End: (c) => ({ ...c, col: Number.MAX_SAFE_INTEGER }),
};

/** Keeps a cell inside the grid's rows and data columns. */
export function clampCell(cell: ActiveCell, rows: number, columns: number): ActiveCell {
  return {
    row: Math.max(0, Math.min(rows - 1, cell.row)),
    col: Math.max(1, Math.min(columns, cell.col)),
  };
}

/** Where a key moves the active cell (grid keyboard pattern), or undefined for other keys. */
export function movedCell(
  key: string,
  cell: ActiveCell,
  size: { rows: number; columns: number; page: number },
): ActiveCell | undefined {
  const move = MOVES[key];
  return move ? clampCell(move(cell, size.page), size.rows, size.columns) : undefined;
}
