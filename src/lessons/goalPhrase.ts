/**
 * "Goal vs now" as data: what a goal asks and how the lab differs, as kinds and values. The words
 * come later, in the reader's language (goalWords.ts), so nothing here is English or French.
 */

/** Words a cell stands for ("at least 8", "3 items"), said in the reader's language. */
export type Phrase =
  | { kind: 'items'; count: number }
  | { kind: 'count'; equals?: number; atLeast?: number; atMost?: number }
  | { kind: 'includes'; value: string | undefined }
  | { kind: 'includesSql'; value: string }
  | { kind: 'present' }
  | { kind: 'absent' }
  | { kind: 'atLeast'; value: string }
  | { kind: 'atMost'; value: string }
  | { kind: 'failsWith'; code: string }
  | { kind: 'succeeds' }
  | { kind: 'entryWhere'; inner: Cell }
  | { kind: 'allOf' | 'anyOf'; parts: { path: string; cell: Cell }[] };

/** A cell of the goal or the lab: a value as the lab shows it, words, or nothing. */
export type Cell = string | Phrase | undefined;

export type Cells = Cell[];

/** Cells named by their columns: "Name “year”, Type “int”" (just "“year”" for a plain value). */
export interface Fields {
  columns: readonly string[];
  cells: Cells;
}

/** One cell that differs: the column ('Value' for a plain value), the lab's and the goal's. */
export interface CellChange {
  column: string;
  now: Cell;
  goal: Cell;
}

/** How one row of the lab differs from the goal. */
export type Difference =
  /** Both have the row; some cells differ. `who` names the row (absent for a plain value). */
  | { kind: 'different'; who?: { label: string } | Fields; changes: CellChange[] }
  /** In an exact comparison, the row is there but elsewhere (positions count from 1). */
  | { kind: 'moved'; who: Fields; at: number; goalAt: number }
  /** The goal has it, the lab does not. */
  | { kind: 'missing'; label?: string; goal: Fields }
  /** A requirement on a value the lab does not have at all. */
  | { kind: 'noneYet'; goal: Cell }
  /** The lab has it, the goal does not, and that matters. */
  | { kind: 'extra'; label?: string; now: Fields }
  /** Not met, and no row can say why (the order or form of the entries). */
  | { kind: 'notExactly' };

/** What an item asks for, said before its table ("must be exactly"). */
export type RequirementKind =
  'equals' | 'contains' | 'containsSql' | 'length' | 'be' | 'some' | 'read';

/** Why a read has nothing to show yet: the service answered with an error. */
export interface ReadProblem {
  kind: 'notThereYet' | 'readFailed' | 'goalUnreadable';
  service: string;
  operation: string;
  errorCode: string;
}

/** A section's heading: the step's goal title, or the read a check makes. */
export type SectionHeading =
  | { kind: 'goal'; title: string }
  | {
      kind: 'read';
      service: string;
      operation: string;
      inputs: [string, string][];
      principal?: string;
    };

/**
 * How the entries of a "some" list stand: how many there are, how many match, and how many of the
 * goal's fields the nearest one meets. The table shows only the nearest and the most recent few.
 */
export interface EntriesSummary {
  total: number;
  matching: number;
  nearestMeets: number;
  fieldCount: number;
}

/** Cells compared as text: phrases by their data. */
export const sameCell = (a: Cell, b: Cell): boolean =>
  typeof a === 'object' || typeof b === 'object'
    ? JSON.stringify(a) === JSON.stringify(b)
    : a === b;
