import { readPath } from './expectation';
import { formatCell, isRecord, say } from './goalFormat';

/**
 * How a row of the goal compares with the lab: `same`; `missing` (the goal has it, the lab does
 * not); `different` (both have it, some cells differ); `extra` (the lab has it, the goal does not,
 * and that matters); `other` (the lab has it and it does not matter, e.g. besides a required item).
 */
export type GoalMark = 'same' | 'missing' | 'different' | 'extra' | 'other';

export type Cells = (string | undefined)[];

export interface GoalRow {
  /** The field a row stands for, in a comparison of objects. */
  label?: string;
  /** The goal's cells; absent when the goal has no such row (an extra or other row). */
  goal?: Cells;
  /** The lab's cells; absent when the lab has no such row (a missing row). */
  now?: Cells;
  mark: GoalMark;
  /** Indexes of the cells that differ, in a `different` row. */
  differentCells: number[];
  /** The difference in words ('' for a same or other row). */
  description: string;
}

/** The goal and the lab, side by side in rows that line up. */
export interface GoalTable {
  /** Cell headers of both sides (`['Value']` for plain values and lists). */
  columns: string[];
  /** Whether rows carry a label (a field name) before their cells. */
  hasLabels: boolean;
  rows: GoalRow[];
  /** Rows of the lab that do not matter and are left out of a long list. */
  hiddenCount: number;
}

export interface CompareOptions {
  /** Fields shown for objects and lists of objects (paths inside each); all when absent. */
  columns?: readonly string[] | undefined;
  /** Extra rows or fields in the lab are differences (equals), or do not matter (contains). */
  exact: boolean;
}

/** Rows of the lab that do not matter are shown up to this many. */
export const MAX_OTHER_ROWS = 8;

const VALUE = ['Value'];

const rowWords = (columns: readonly string[], cells: Cells): string =>
  columns.length === 1 && columns[0] === 'Value'
    ? say(cells[0])
    : columns.map((c, i) => `${c} ${say(cells[i])}`).join(', ');

function differenceWords(columns: readonly string[], goal: Cells, now: Cells, cells: number[]) {
  return cells
    .map(
      (i) =>
        `${columns[i] === 'Value' ? 'it' : columns[i]} is ${say(now[i])}, the goal is ${say(goal[i])}`,
    )
    .join('; ');
}

/**
 * A row compared cell by cell: `same`, or `different` naming each cell. Cells differ when their text
 * differs, or as `differentCells` says when the goal's cells are requirements ("at least 5").
 */
export function compareRow(
  columns: readonly string[],
  goal: Cells,
  now: Cells,
  label?: string,
  differentCells: number[] = goal.flatMap((cell, i) => (cell === now[i] ? [] : [i])),
): GoalRow {
  const base = label === undefined ? {} : { label };
  if (differentCells.length === 0)
    return { ...base, goal, now, mark: 'same', differentCells, description: '' };
  const isPlainValue = label === undefined && columns.length === 1 && columns[0] === 'Value';
  const who = isPlainValue ? '' : `${label ?? rowWords(columns.slice(0, 1), goal.slice(0, 1))} — `;
  return {
    ...base,
    goal,
    now,
    mark: 'different',
    differentCells,
    description: `Different: ${who}${differenceWords(columns, goal, now, differentCells)}.`,
  };
}

export const missingRow = (columns: readonly string[], goal: Cells, label?: string): GoalRow => ({
  ...(label === undefined ? {} : { label }),
  goal,
  mark: 'missing',
  differentCells: [],
  description: `Missing: ${label ? `${label} (the goal is ${rowWords(columns, goal)})` : rowWords(columns, goal)}.`,
});

export const labRow = (
  columns: readonly string[],
  now: Cells,
  exact: boolean,
  label?: string,
): GoalRow => ({
  ...(label === undefined ? {} : { label }),
  now,
  mark: exact ? 'extra' : 'other',
  differentCells: [],
  description: exact
    ? `Extra: ${label ? `${label} ${say(now[0])}` : rowWords(columns, now)} is not in the goal.`
    : '',
});

/** Keeps every row that matters and the first few that do not. */
export function limitOtherRows(columns: string[], rows: GoalRow[], hasLabels = false): GoalTable {
  let others = 0;
  const kept = rows.filter((row) => row.mark !== 'other' || ++others <= MAX_OTHER_ROWS);
  return { columns, hasLabels, rows: kept, hiddenCount: rows.length - kept.length };
}

/** Pairs goal rows with lab rows by key (or by position when keys repeat), in the goal's order. */
function alignRows(columns: string[], goal: Cells[], now: Cells[], exact: boolean): GoalRow[] {
  const keys = goal.map((cells) => cells[0]);
  const byKey =
    columns.length > 0 && keys.every((k) => k !== undefined) && new Set(keys).size === keys.length;
  const used = new Set<number>();
  const rows: GoalRow[] = goal.map((cells, i) => {
    const j = byKey
      ? now.findIndex((n, k) => !used.has(k) && n[0] === cells[0])
      : i < now.length
        ? i
        : -1;
    if (j === -1) return missingRow(columns, cells);
    used.add(j);
    return compareRow(columns, cells, now[j]!);
  });
  const rest = now.flatMap((cells, k) => (used.has(k) ? [] : [labRow(columns, cells, exact)]));
  return [...rows, ...rest];
}

/** In an exact comparison the order counts: rows that are all there but elsewhere are different. */
function markOrder(columns: string[], goal: Cells[], now: Cells[], rows: GoalRow[]): GoalRow[] {
  if (rows.some((r) => r.mark !== 'same') || goal.length !== now.length) return rows;
  return rows.map((row, i) => {
    const at = now.findIndex((cells) => JSON.stringify(cells) === JSON.stringify(goal[i]));
    if (at === i) return row;
    return {
      ...row,
      mark: 'different',
      description: `Different: ${rowWords(columns.slice(0, 1), goal[i]!.slice(0, 1))} is in position ${at + 1}, the goal has it in position ${i + 1}.`,
    };
  });
}

function columnsOf(records: unknown[]): string[] {
  const columns: string[] = [];
  for (const r of records)
    if (isRecord(r)) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  return columns;
}

function compareLists(goal: unknown[], now: unknown, options: CompareOptions): GoalTable {
  const nowList = Array.isArray(now) ? now : [];
  const isRecords =
    goal.length > 0 ? goal.every(isRecord) : nowList.length > 0 && nowList.every(isRecord);
  const columns = isRecords
    ? [...(options.columns ?? columnsOf(goal.length ? goal : nowList))]
    : VALUE;
  const cellsOf = (item: unknown): Cells =>
    isRecords ? columns.map((c) => formatCell(readPath(item, c))) : [formatCell(item)];
  const goalCells = goal.map(cellsOf);
  const nowCells = nowList.map(cellsOf);
  const rows = alignRows(columns, goalCells, nowCells, options.exact);
  return limitOtherRows(
    columns,
    options.exact ? markOrder(columns, goalCells, nowCells, rows) : rows,
  );
}

/** The leaf fields of an object (`BufferingHints.SizeInMBs`); lists are leaves. */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (!isRecord(value) || Object.keys(value).length === 0) return prefix ? [prefix] : [];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

function compareFields(
  goal: Record<string, unknown>,
  now: unknown,
  options: CompareOptions,
): GoalTable {
  const paths = [...(options.columns ?? leafPaths(goal))];
  const rows = paths.map((path) => {
    const goalCell = formatCell(readPath(goal, path));
    const nowCell = formatCell(readPath(now, path));
    return nowCell === undefined && goalCell !== undefined
      ? missingRow(VALUE, [goalCell], path)
      : compareRow(VALUE, [goalCell], [nowCell], path);
  });
  const extras =
    options.exact && !options.columns
      ? leafPaths(now)
          .filter((p) => !paths.includes(p))
          .map((p) => labRow(VALUE, [formatCell(readPath(now, p))], true, p))
      : [];
  return { columns: VALUE, hasLabels: true, rows: [...rows, ...extras], hiddenCount: 0 };
}

/** One value: same, missing or different. */
export function compareScalar(goal: string | undefined, now: string | undefined): GoalTable {
  const row =
    now === undefined && goal !== undefined
      ? missingRow(VALUE, [goal])
      : compareRow(VALUE, [goal], [now]);
  return { columns: VALUE, hasLabels: false, rows: [row], hiddenCount: 0 };
}

/**
 * The goal beside the lab's value, in rows that line up: a list of objects as a table (rows paired
 * by their first column), a list as items, an object as fields, anything else as one value.
 */
export function compareValues(goal: unknown, now: unknown, options: CompareOptions): GoalTable {
  if (Array.isArray(goal)) return compareLists(goal, now, options);
  if (isRecord(goal)) return compareFields(goal, now, options);
  return compareScalar(formatCell(goal), formatCell(now));
}
