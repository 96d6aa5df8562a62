import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLake } from '../../store';
import { FONT_FAMILY_BASE, surfaceColors } from '../../ui/theme';
import { GridHeader } from './GridHeader';
import { gridColumnsOf, gridFeatures, type GridRow } from './gridColumns';
import type { ResultColumn } from './resultsReader';
import { clampCell, movedCell, type ActiveCell } from './activeCell';

const ROW_HEIGHT = 30;
// Rows rendered before the scroll box is measured (and where nothing is measured, as in tests).
const INITIAL_RECT = { width: 1200, height: 400 };
/** Short results render every row; long ones only the rows in view. */
const VIRTUAL_FROM_ROWS = 200;

/**
 * Query results as a virtualised grid (only the rows in view are in the page): sort by a
 * column, resize columns, move with the arrow keys, Ctrl+C copies the active cell.
 */
export function ResultsGrid({
  columns,
  rows,
  onActiveCellChange,
}: {
  columns: ResultColumn[];
  rows: GridRow[];
  onActiveCellChange: (value: string | null, rowValues: GridRow) => void;
}) {
  const columnDefs = useMemo(() => gridColumnsOf(columns), [columns]);
  const colorMode = useLake((s) => s.colorMode);
  const colors = surfaceColors(colorMode);
  // Row numbers: secondary text that still meets the 4.5:1 contrast ratio in both modes.
  const mutedText = colorMode === 'dark' ? '#b6bec9' : '#5f6b7a';
  const table = useTable({
    features: gridFeatures,
    columns: columnDefs,
    data: rows,
    columnResizeMode: 'onChange',
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridId = useId();
  const [active, setActive] = useState<ActiveCell>({ row: 0, col: 1 });
  const tableRows = table.getRowModel().rows;
  const isVirtual = tableRows.length > VIRTUAL_FROM_ROWS;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer returns fresh functions by design
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: INITIAL_RECT,
    enabled: isVirtual,
  });
  const items = isVirtual
    ? virtualizer.getVirtualItems()
    : tableRows.map((_, index) => ({
        index,
        start: index * ROW_HEIGHT,
        end: (index + 1) * ROW_HEIGHT,
      }));
  const padTop = isVirtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = isVirtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  const cellId = (c: ActiveCell) => `${gridId}-r${c.row}-c${c.col}`;
  const lastCol = columns.length;

  const moveTo = (next: ActiveCell) => {
    const clamped = clampCell(next, tableRows.length, lastCol);
    setActive(clamped);
    if (isVirtual) virtualizer.scrollToIndex(clamped.row);
    const values = tableRows[clamped.row]?.original ?? [];
    onActiveCellChange(values[clamped.col - 1] ?? null, values);
  };
  const handleKey = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'c') {
      const value = tableRows[active.row]?.original[active.col - 1] ?? '';
      void navigator.clipboard?.writeText(value);
      return;
    }
    const next = movedCell(event.key, active, {
      rows: tableRows.length,
      columns: lastCol,
      page: 10,
    });
    if (!next) return;
    event.preventDefault();
    moveTo(next);
  };
  const isActiveRendered = items.some((i) => i.index === active.row);
  const cellStyle = {
    padding: '0 12px',
    height: ROW_HEIGHT,
    borderBottom: `1px solid ${colors.border}`,
    // 'pre' keeps the padding DESCRIBE and SHOW results are aligned with.
    whiteSpace: 'pre',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  } as const;
  return (
    <div
      ref={scrollRef}
      style={{ maxHeight: 400, overflow: 'auto' }}
      tabIndex={0}
      role="grid"
      aria-label="Query results"
      aria-rowcount={tableRows.length + 1}
      aria-colcount={lastCol + 1}
      aria-activedescendant={isActiveRendered && tableRows.length ? cellId(active) : undefined}
      onKeyDown={handleKey}
    >
      <table
        role="presentation"
        style={{
          borderCollapse: 'collapse',
          tableLayout: 'fixed',
          width: table.getTotalSize(),
          fontFamily: FONT_FAMILY_BASE,
          fontSize: 13,
        }}
      >
        <thead role="rowgroup" style={{ position: 'sticky', top: 0, zIndex: 1 }}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} role="row" aria-rowindex={1}>
              {group.headers.map((header) => (
                <GridHeader
                  key={header.id}
                  header={header}
                  colors={colors}
                  onResize={(id, size) => table.setColumnSizing((old) => ({ ...old, [id]: size }))}
                />
              ))}
            </tr>
          ))}
        </thead>
        <tbody role="rowgroup">
          {padTop > 0 && <tr role="presentation" style={{ height: padTop }} />}
          {items.map((item) => {
            const row = tableRows[item.index]!;
            return (
              <tr key={row.id} role="row" aria-rowindex={item.index + 2}>
                {row.getAllCells().map((cell, col) => {
                  const here = { row: item.index, col };
                  const isActive = col > 0 && item.index === active.row && col === active.col;
                  return (
                    <td
                      key={cell.id}
                      id={cellId(here)}
                      role={col === 0 ? 'rowheader' : 'gridcell'}
                      aria-selected={col > 0 ? isActive : undefined}
                      onClick={() => col > 0 && moveTo(here)}
                      style={{
                        ...cellStyle,
                        ...(col === 0 ? { color: mutedText, textAlign: 'right' } : {}),
                        ...(isActive ? { outline: '2px solid #0972d3', outlineOffset: -2 } : {}),
                      }}
                    >
                      {/* Row numbers count rows as shown, sorted or not. */}
                      {col === 0 ? item.index + 1 : <table.FlexRender cell={cell} />}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {padBottom > 0 && <tr role="presentation" style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
