import { useMemo, useRef } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { FONT_FAMILY_BASE, surfaceColors, type SurfaceColors } from '../../ui/theme';
import { useLake } from '../../store';
import type { PreviewColumn } from '../../engine/formats/preview.types';

type Row = unknown[];
const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Row>();
const ROW_HEIGHT = 32;
// Rows rendered before the scroll box is measured (and where nothing is measured, as in tests).
const INITIAL_RECT = { width: 1200, height: 480 };
/** Short previews render every row; long ones only the rows in view. */
const VIRTUAL_FROM_ROWS = 200;

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object')
    return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return String(value);
}

const cellStyleFor = (colors: SurfaceColors) =>
  ({
    padding: '0 12px',
    whiteSpace: 'nowrap',
    borderBottom: `1px solid ${colors.border}`,
    height: ROW_HEIGHT,
  }) as const;

/** The first rows of an object as a grid; only the visible rows are in the page. */
export function ObjectPreviewTable({ columns, rows }: { columns: PreviewColumn[]; rows: Row[] }) {
  const columnDefs = useMemo(
    () =>
      helper.columns(
        columns.map((c, i) =>
          helper.accessor((row: Row) => row[i], {
            id: `${i}:${c.name}`,
            header: `${c.name} (${c.type})`,
            cell: (info) => cellText(info.getValue()),
          }),
        ),
      ),
    [columns],
  );
  const colors = surfaceColors(useLake((s) => s.colorMode));
  const cellStyle = cellStyleFor(colors);
  const table = useTable({ features, columns: columnDefs, data: rows });
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRows = table.getRowModel().rows;
  const isVirtual = tableRows.length > VIRTUAL_FROM_ROWS;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer returns fresh functions by design
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
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
  const padTop = items[0]?.start ?? 0;
  const padBottom = isVirtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  return (
    <div
      ref={scrollRef}
      style={{ maxHeight: 480, overflow: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label="Preview rows"
    >
      <table style={{ borderCollapse: 'collapse', fontFamily: FONT_FAMILY_BASE, fontSize: 12 }}>
        <thead style={{ position: 'sticky', top: 0, zIndex: 1, background: colors.background }}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" style={{ ...cellStyle, textAlign: 'left' }}>
                  <table.FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && <tr style={{ height: padTop }} />}
          {items.map((item) => {
            const row = tableRows[item.index]!;
            return (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} style={cellStyle}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && <tr style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
