import type { KeyboardEvent } from 'react';
import type { Header } from '@tanstack/react-table';
import type { SurfaceColors } from '../../ui/theme';
import type { gridFeatures, GridRow } from './gridColumns';

type GridHeaderCell = Header<typeof gridFeatures, GridRow, unknown>;

const SORT_LABEL = { asc: 'ascending', desc: 'descending' } as const;

/** A column header: a sort button and a resize handle (drag, or arrow keys when focused). */
export function GridHeader({
  header,
  colors,
  onResize,
}: {
  header: GridHeaderCell;
  colors: SurfaceColors;
  onResize: (id: string, size: number) => void;
}) {
  const column = header.column;
  const name = String(column.columnDef.header);
  const sorted = column.getIsSorted();
  const handleKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 20 : event.key === 'ArrowLeft' ? -20 : 0;
    if (!step) return;
    event.preventDefault();
    onResize(column.id, Math.max(60, column.getSize() + step));
  };
  return (
    <th
      role="columnheader"
      scope="col"
      aria-sort={sorted ? SORT_LABEL[sorted] : 'none'}
      style={{
        width: column.getSize(),
        position: 'relative',
        textAlign: 'left',
        padding: '0 12px',
        height: 32,
        borderBottom: `2px solid ${colors.border}`,
        background: colors.background,
        overflow: 'hidden',
        whiteSpace: 'nowrap',
      }}
    >
      {column.getCanSort() ? (
        <button
          type="button"
          onClick={column.getToggleSortingHandler()}
          style={{
            all: 'unset',
            cursor: 'pointer',
            fontWeight: 700,
            maxWidth: '100%',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
          aria-label={`Sort by ${name}`}
        >
          {name} {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
        </button>
      ) : (
        <span style={{ fontWeight: 700 }}>{name}</span>
      )}
      {column.getCanResize() && (
        <div
          role="separator"
          aria-orientation="vertical"
          aria-label={`Resize column ${name}`}
          aria-valuenow={column.getSize()}
          aria-valuemin={60}
          aria-valuemax={2000}
          tabIndex={0}
          onKeyDown={handleKey}
          onMouseDown={header.getResizeHandler()}
          onTouchStart={header.getResizeHandler()}
          onDoubleClick={() => column.resetSize()}
          style={{
            position: 'absolute',
            right: 0,
            top: 0,
            height: '100%',
            width: 6,
            cursor: 'col-resize',
            background: column.getIsResizing() ? colors.handle : 'transparent',
            borderRight: `1px solid ${colors.border}`,
          }}
        />
      )}
    </th>
  );
}
