import { meets, readPath, type ReadOutcome } from './expectation';
import { formatCell } from './goalFormat';
import type { Cell, Cells, Difference, Phrase, RequirementKind } from './goalPhrase';
import {
  compareRow,
  compareScalar,
  compareValues,
  labRow,
  missingRow,
  type GoalRow,
  type GoalTable,
} from './goalTable';
import type { Expectation } from './schema';

/** One thing a step asks for, the goal beside the lab. */
export interface GoalItem {
  /** Where it lies in the read's result (`Table.PartitionKeys`); '' for the read itself. */
  path: string;
  /** What is asked ("must be exactly", "must include"), as a kind goalWords says. */
  requirement: RequirementKind;
  /** One of several alternatives ("either must be …"). */
  isAlternative?: boolean;
  isMet: boolean;
  table: GoalTable;
  /** Each difference, as data; empty once met. */
  differences: Difference[];
}

const MAX_TEXT = 120;
const clip = (text: string | undefined) =>
  text !== undefined && text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;

const items = (count: number): Phrase => ({ kind: 'items', count });

function lengthPhrase(rule: NonNullable<Expectation['length']>): Phrase {
  if (rule.equals !== undefined) return { kind: 'count', equals: rule.equals };
  return {
    kind: 'count',
    ...(rule.atLeast !== undefined ? { atLeast: rule.atLeast } : {}),
    ...(rule.atMost !== undefined ? { atMost: rule.atMost } : {}),
  };
}

/** What an expectation asks of a value, as the goal's cell ("at least 8", "includes “salary”"). */
export function requirementCell(e: Expectation): Cell {
  if (e.equals !== undefined) return formatCell(e.equals) ?? '';
  if (e.contains !== undefined) return { kind: 'includes', value: formatCell(e.contains) };
  if (e.containsSql !== undefined) return { kind: 'includesSql', value: e.containsSql };
  if (e.length !== undefined) return lengthPhrase(e.length);
  if (e.exists !== undefined) return { kind: e.exists ? 'present' : 'absent' };
  if (e.atLeast !== undefined) return { kind: 'atLeast', value: String(e.atLeast) };
  if (e.atMost !== undefined) return { kind: 'atMost', value: String(e.atMost) };
  if (e.errorCode !== undefined) return { kind: 'failsWith', code: e.errorCode };
  if (e.some !== undefined) return { kind: 'entryWhere', inner: requirementCell(e.some) };
  const parts = (e.all ?? e.any ?? []).map((x) => ({
    path: x.path ?? '',
    cell: requirementCell(x),
  }));
  return { kind: e.any ? 'anyOf' : 'allOf', parts };
}

/** A requirement the lab meets or not, as one row: the goal's words beside the lab's value. */
function judged(goal: Cell, now: Cell, isMet: boolean): GoalTable {
  const table = compareScalar(goal, now);
  const { difference: _unused, ...row } = table.rows[0]!;
  if (isMet) return { ...table, rows: [{ ...row, mark: 'same', differentCells: [] }] };
  const rows: GoalRow[] =
    row.mark === 'missing'
      ? [{ ...row, difference: { kind: 'noneYet', goal } }]
      : [compareRow(['Value'], [goal], [now], undefined, [0])];
  return { ...table, rows };
}

const nowCount = (actual: unknown): Cell =>
  Array.isArray(actual) || typeof actual === 'string' ? items(actual.length) : formatCell(actual);

/** The leaves of `some`'s inner expectation that each name a field, or undefined if it has none. */
function fieldLeaves(inner: Expectation): Expectation[] | undefined {
  const leaves = inner.all ?? [inner];
  return leaves.every((l) => l.path !== undefined && !l.all && !l.any) ? leaves : undefined;
}

/** Leaves grouped by field: one column each ("Query" may be asked to include two things). */
function byField(leaves: Expectation[]): [string, Expectation[]][] {
  const groups = new Map<string, Expectation[]>();
  for (const leaf of leaves) {
    const path = leaf.path ?? '';
    groups.set(path, [...(groups.get(path) ?? []), leaf]);
  }
  return [...groups];
}

/** Entries of a long list (every query of the lab) shown beside the nearest one; the rest are counted. */
const MAX_ENTRIES_BESIDE = 3;

/**
 * `some`: the goal's entry beside the nearest lab entry (the first of the best, so the most recent
 * query), then, until one matches, the first few others; a summary says how many there are and how
 * many match.
 */
function someTable(inner: Expectation, actual: unknown): GoalTable {
  const list = Array.isArray(actual) ? actual : [];
  const leaves = fieldLeaves(inner);
  if (leaves?.length === 1 && leaves[0]!.path === '' && leaves[0]!.equals !== undefined)
    return compareValues([leaves[0]!.equals], list, { exact: false });
  if (!leaves)
    return judged(
      requirementCell({ some: inner }),
      nowCount(actual),
      list.some((x) => meets({ output: x }, inner)),
    );
  const fields = byField(leaves);
  const columns = fields.map(([path]) => path || 'Value');
  const goal: Cells = fields.map(([, group]) =>
    group.length === 1
      ? requirementCell(group[0]!)
      : { kind: 'allOf', parts: group.map((l) => ({ path: '', cell: requirementCell(l) })) },
  );
  const nowCells = list.map((item): Cells =>
    fields.map(([path]) => clip(formatCell(readPath(item, path)))),
  );
  const unmet = (item: unknown) =>
    fields.flatMap(([, group], i) => (group.every((l) => meets({ output: item }, l)) ? [] : [i]));
  const metCounts = list.map((item) => fields.length - unmet(item).length);
  const best = metCounts.reduce((b, n, i) => (n > (metCounts[b] ?? 0) ? i : b), 0);
  const isPaired = list.length > 0 && (metCounts[best] ?? 0) > 0;
  const paired = isPaired
    ? compareRow(columns, goal, nowCells[best]!, undefined, unmet(list[best]))
    : missingRow(columns, goal);
  const others = nowCells.flatMap((cells, i) =>
    isPaired && i === best ? [] : [labRow(columns, cells, false)],
  );
  // Once an entry matches, the others no longer matter; before, the latest few show the attempts.
  const isMet = isPaired && unmet(list[best]).length === 0;
  const shown = isMet ? [] : others.slice(0, MAX_ENTRIES_BESIDE);
  const entries = {
    total: list.length,
    matching: metCounts.filter((n) => n === fields.length).length,
    nearestMeets: metCounts[best] ?? 0,
    fieldCount: fields.length,
  };
  return {
    columns,
    hasLabels: false,
    rows: [paired, ...shown],
    hiddenCount: others.length - shown.length,
    entries,
  };
}

function tableFor(e: Expectation, outcome: ReadOutcome, actual: unknown): GoalTable {
  if (e.equals !== undefined) return compareValues(e.equals, actual, { exact: true });
  const isMet = meets(outcome, e);
  // A read that failed has nothing to show: every requirement is missing.
  const hasRead = 'output' in outcome;
  if (e.contains !== undefined && Array.isArray(actual))
    return compareValues([e.contains], actual, { exact: false });
  if (e.some !== undefined) return someTable(e.some, actual);
  if (e.length !== undefined)
    // S3 omits an empty list, so a read without one counts 0 items (as `meets` does).
    return judged(requirementCell(e), hasRead ? (nowCount(actual) ?? items(0)) : undefined, isMet);
  return judged(requirementCell(e), clip(formatCell(actual)), isMet);
}

const REQUIREMENT: [keyof Expectation, RequirementKind][] = [
  ['equals', 'equals'],
  ['contains', 'contains'],
  ['containsSql', 'containsSql'],
  ['length', 'length'],
  ['some', 'some'],
];

function leafItem(e: Expectation, outcome: ReadOutcome): GoalItem {
  const isMet = meets(outcome, e);
  if (e.errorCode !== undefined) {
    const now: Phrase =
      'errorCode' in outcome
        ? { kind: 'failsWith', code: outcome.errorCode }
        : { kind: 'succeeds' };
    const table = judged(requirementCell(e), now, isMet);
    return {
      path: '',
      requirement: 'read',
      isMet,
      table,
      differences: descriptions(table, isMet),
    };
  }
  const path = e.path ?? '';
  const actual = 'output' in outcome ? readPath(outcome.output, path) : undefined;
  const table = tableFor(e, outcome, actual);
  const requirement = REQUIREMENT.find(([kind]) => e[kind] !== undefined)?.[1] ?? 'be';
  return { path, requirement, isMet, table, differences: descriptions(table, isMet) };
}

/** The differences of a table in words; one general sentence when it is not met and no row says why. */
export function descriptions(table: GoalTable, isMet: boolean): Difference[] {
  if (isMet) return [];
  const said = table.rows.flatMap((r) => (r.difference ? [r.difference] : []));
  return said.length ? said : [{ kind: 'notExactly' }];
}

/** The goal of an expectation beside the read's outcome, one item per value it asks for. */
export function compareExpectation(e: Expectation, outcome: ReadOutcome): GoalItem[] {
  if (e.all) return e.all.flatMap((x) => compareExpectation(x, outcome));
  if (e.any) {
    // One alternative is enough: once one is met, show it alone.
    const met = e.any.find((x) => meets(outcome, x));
    if (met) return compareExpectation(met, outcome);
    return e.any
      .flatMap((x) => compareExpectation(x, outcome))
      .map((i) => ({ ...i, isAlternative: true }));
  }
  return [leafItem(e, outcome)];
}
