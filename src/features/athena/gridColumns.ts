import {
  columnResizingFeature,
  columnSizingFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  type Row,
} from '@tanstack/react-table';
import type { ResultCell } from './parseResultCsv';
import type { ResultColumn } from './resultsReader';

export type GridRow = ResultCell[];

export const gridFeatures = tableFeatures({
  rowSortingFeature,
  columnSizingFeature,
  columnResizingFeature,
  sortedRowModel: createSortedRowModel(),
});
type Features = typeof gridFeatures;
const helper = createColumnHelper<Features, GridRow>();

const NUMERIC = /^(tinyint|smallint|integer|int|bigint|double|float|real|decimal)/i;

/** Numbers sort as numbers, everything else as text; NULL sorts last either way. */
function sortFnFor(type: string) {
  const isNumeric = NUMERIC.test(type);
  return (a: Row<Features, GridRow>, b: Row<Features, GridRow>, id: string): number => {
    const x = a.getValue<ResultCell>(id);
    const y = b.getValue<ResultCell>(id);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    if (isNumeric) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  };
}

/** One grid column per result column, with the row number first. */
export function gridColumnsOf(columns: ResultColumn[]) {
  return helper.columns([
    helper.display({
      id: '#',
      header: '#',
      size: 64,
      enableSorting: false,
      enableResizing: false,
    }),
    ...columns.map((c, i) =>
      helper.accessor((row: GridRow) => row[i] ?? null, {
        id: `${i}:${c.name}`,
        header: c.name,
        cell: (info) => info.getValue() ?? 'NULL',
        sortFn: sortFnFor(c.type),
        sortUndefined: 'last',
        size: 180,
        minSize: 60,
      }),
    ),
  ]);
}

/** Rows as tab-separated text with a header line, as spreadsheets paste them. */
export function rowsAsTsv(columns: ResultColumn[], rows: GridRow[]): string {
  const clean = (v: ResultCell) => (v ?? '').replace(/[\t\n\r]/g, ' ');
  return [columns.map((c) => c.name), ...rows]
    .map((r) => (r as ResultCell[]).map(clean).join('\t'))
    .join('\n');
}
