import type { TableAccess } from '../../engine/lakeformation/access';

export type Verdict = 'allowed' | 'denied' | 'partial';

/** One line of the access matrix: a table, or one of its columns. */
export interface MatrixRow {
  /** "sales/orders" or "sales/orders/region". */
  key: string;
  level: 'table' | 'column';
  database: string;
  table: string;
  column?: string;
  verdict: Verdict;
  /** The rows the principal reads, in words. */
  rows: string;
  /** Table lines: how many of its columns are hidden. */
  hiddenColumns?: number;
}

/** A table's row filter in words: "All rows", "Only rows where region = 'EU'". */
export function rowsInWords(access: TableAccess): string {
  if (!access.select) return 'No rows';
  if (access.cellFilters?.length)
    return access.cellFilters
      .map(
        (f) =>
          `${f.rowFilter === undefined ? 'all rows' : `rows where ${f.rowFilter}`} (columns ${f.columns.join(', ')})`,
      )
      .join('; or ');
  return access.rowFilter === undefined ? 'All rows' : `Only rows where ${access.rowFilter}`;
}

function tableVerdict(access: TableAccess): Verdict {
  const allowed = access.columns.filter((c) => c.allowed).length;
  if (!access.select || allowed === 0) return 'denied';
  return allowed === access.columns.length && access.rowFilter === undefined
    ? 'allowed'
    : 'partial';
}

/** Flattens the matrix into table lines, each followed by its column lines. */
export function matrixRows(matrix: TableAccess[]): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const access of matrix) {
    const base = { database: access.database, table: access.table };
    const key = `${access.database}/${access.table}`;
    const words = rowsInWords(access);
    const hiddenColumns = access.columns.filter((c) => !c.allowed).length;
    rows.push({
      ...base,
      key,
      level: 'table',
      verdict: tableVerdict(access),
      rows: words,
      hiddenColumns,
    });
    for (const c of access.columns)
      rows.push({
        ...base,
        key: `${key}/${c.column}`,
        level: 'column',
        column: c.column,
        verdict: c.allowed ? 'allowed' : 'denied',
        rows: c.allowed ? words : 'No rows',
      });
  }
  return rows;
}

export interface MatrixChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

/** A line's verdict in words: "Denied", "Allowed", "Some columns (Only rows where …)". */
export function verdictText(r: MatrixRow | undefined): string {
  if (!r) return 'Absent';
  if (r.verdict === 'denied') return 'Denied';
  const head = r.hiddenColumns ? 'Some columns' : 'Allowed';
  return r.rows === 'All rows' ? head : `${head} (${r.rows})`;
}

/** What a change to the world changes in the matrix: every line whose verdict or rows differ. */
export function matrixChanges(before: MatrixRow[], after: MatrixRow[]): MatrixChange[] {
  const old = new Map(before.map((r) => [r.key, r]));
  const changes: MatrixChange[] = [];
  for (const r of after) {
    const was = old.get(r.key);
    if (was && was.verdict === r.verdict && was.rows === r.rows) continue;
    const label = r.column ? `${r.database}.${r.table}.${r.column}` : `${r.database}.${r.table}`;
    changes.push({ key: r.key, label, before: verdictText(was), after: verdictText(r) });
  }
  return changes;
}
