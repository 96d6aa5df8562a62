import { readPath } from './expectation';
import { formatCell, isRecord } from './goalFormat';
import {
  sameCell,
  type Cell,
  type Cells,
  type Difference,
  type EntriesSummary,
} from './goalPhrase';

/**
 * How a row of the goal compares with the lab: `same`; `missing` (the goal has it, the lab does
 * not); `different` (both have it, some cells differ); `extra` (the lab has it, the goal does not,
 * and that matters); `other` (the lab has it and it does not matter, e.g. besides a required item).
 */
export type GoalMark = 'same' | 'missing' | 'different' | 'extra' | 'other';

export type { Cell, Cells } from './goalPhrase';

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
  /** How the row differs, as data (none for a same or other row); goalWords says it. */
  difference?: Difference;
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
  /** For "an entry like": how the lab's entries stand, as the table shows only a few. */
  entries?: EntriesSummary;
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

/**
 * A row compared cell by cell: `same`, or `different` naming each cell. Cells differ when their text
 * differs, or as `differentCells` says when the goal's cells are requirements ("at least 5").
 */
export function compareRow(
  columns: readonly string[],
  goal: Cells,
  now: Cells,
  label?: string,
  differentCells: number[] = goal.flatMap((cell, i) => (sameCell(cell, now[i]) ? [] : [i])),
): GoalRow {
  const base = label === undefined ? {} : { label };
  if (differentCells.length === 0) return { ...base, goal, now, mark: 'same', differentCells };
  const isPlainValue = label === undefined && columns.length === 1 && columns[0] === 'Value';
  const who = isPlainValue
    ? {}
    : {
        who:
          label !== undefined
            ? { label }
            : { columns: columns.slice(0, 1), cells: goal.slice(0, 1) },
      };
  const changes = differentCells.map((i) => ({
    column: columns[i] ?? 'Value',
    now: now[i],
    goal: goal[i],
  }));
  return {
    ...base,
    goal,
    now,
    mark: 'different',
    differentCells,
    difference: { kind: 'different', ...who, changes },
  };
}

export const missingRow = (columns: readonly string[], goal: Cells, label?: string): GoalRow => ({
  ...(label === undefined ? {} : { label }),
  goal,
  mark: 'missing',
  differentCells: [],
  difference: { kind: 'missing', ...(label ? { label } : {}), goal: { columns, cells: goal } },
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
  ...(exact
    ? {
        difference: {
          kind: 'extra',
          ...(label ? { label } : {}),
          now: label ? { columns: VALUE, cells: now.slice(0, 1) } : { columns, cells: now },
        },
      }
    : {}),
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
    const who = { columns: columns.slice(0, 1), cells: goal[i]!.slice(0, 1) };
    return {
      ...row,
      mark: 'different',
      difference: { kind: 'moved', who, at: at + 1, goalAt: i + 1 },
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
export function compareScalar(goal: Cell, now: Cell): GoalTable {
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
