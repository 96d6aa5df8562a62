import { meets, readPath, type ReadOutcome } from './expectation';
import { formatCell, say } from './goalFormat';
import {
  compareRow,
  compareScalar,
  compareValues,
  labRow,
  limitOtherRows,
  missingRow,
  type Cells,
  type GoalTable,
} from './goalTable';
import type { Expectation } from './schema';

/** One thing a step asks for, the goal beside the lab. */
export interface GoalItem {
  /** Where it lies in the read's result (`Table.PartitionKeys`); '' for the read itself. */
  path: string;
  /** What is asked, in words ("must be exactly", "must include"). */
  requirement: string;
  isMet: boolean;
  table: GoalTable;
  /** Each difference in words; empty once met. */
  differences: string[];
}

const MAX_TEXT = 120;
const clip = (text: string | undefined) =>
  text !== undefined && text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;

const plural = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

function lengthWords(rule: NonNullable<Expectation['length']>): string {
  if (rule.equals !== undefined) return `exactly ${plural(rule.equals)}`;
  return [
    rule.atLeast !== undefined ? `at least ${plural(rule.atLeast)}` : '',
    rule.atMost !== undefined ? `at most ${plural(rule.atMost)}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
}

/** What an expectation asks of a value, as the goal's cell ("at least 8", "includes “salary”"). */
export function requirementText(e: Expectation): string {
  if (e.equals !== undefined) return formatCell(e.equals) ?? '';
  if (e.contains !== undefined) return `includes ${say(formatCell(e.contains))}`;
  if (e.length !== undefined) return lengthWords(e.length);
  if (e.exists !== undefined) return e.exists ? 'present' : 'absent';
  if (e.atLeast !== undefined) return `at least ${e.atLeast}`;
  if (e.atMost !== undefined) return `at most ${e.atMost}`;
  if (e.errorCode !== undefined) return `fails with ${e.errorCode}`;
  if (e.some !== undefined) return `an entry where ${requirementText(e.some)}`;
  const parts = (e.all ?? e.any ?? []).map(
    (x) => `${x.path ? `${x.path} ` : ''}${requirementText(x)}`,
  );
  return parts.join(e.any ? ' or ' : ' and ');
}

/** A requirement the lab meets or not, as one row: the goal's words beside the lab's value. */
function judged(goal: string, now: string | undefined, isMet: boolean): GoalTable {
  const table = compareScalar(goal, now);
  const row = table.rows[0]!;
  if (isMet)
    return { ...table, rows: [{ ...row, mark: 'same', differentCells: [], description: '' }] };
  const rows =
    row.mark === 'missing'
      ? [{ ...row, description: `Missing: there is none yet; the goal is ${say(goal)}.` }]
      : [compareRow(['Value'], [goal], [now], undefined, [0])];
  return { ...table, rows };
}

const nowCount = (actual: unknown): string | undefined =>
  Array.isArray(actual) || typeof actual === 'string' ? plural(actual.length) : formatCell(actual);

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

/** `some`: the goal's entry beside the lab's entries; the nearest one shows what differs. */
function someTable(inner: Expectation, actual: unknown): GoalTable {
  const list = Array.isArray(actual) ? actual : [];
  const leaves = fieldLeaves(inner);
  if (leaves?.length === 1 && leaves[0]!.path === '' && leaves[0]!.equals !== undefined)
    return compareValues([leaves[0]!.equals], list, { exact: false });
  if (!leaves)
    return judged(
      requirementText({ some: inner }),
      nowCount(actual),
      list.some((x) => meets({ output: x }, inner)),
    );
  const fields = byField(leaves);
  const columns = fields.map(([path]) => path || 'Value');
  const goal: Cells = fields.map(([, group]) => group.map(requirementText).join(' and '));
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
  return limitOtherRows(columns, [paired, ...others]);
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
    return judged(requirementText(e), hasRead ? (nowCount(actual) ?? plural(0)) : undefined, isMet);
  return judged(requirementText(e), clip(formatCell(actual)), isMet);
}

const REQUIREMENT: [keyof Expectation, string][] = [
  ['equals', 'must be exactly'],
  ['contains', 'must include'],
  ['length', 'must have'],
  ['exists', 'must be'],
  ['atLeast', 'must be'],
  ['atMost', 'must be'],
  ['some', 'must have an entry like'],
];

function leafItem(e: Expectation, outcome: ReadOutcome): GoalItem {
  const isMet = meets(outcome, e);
  if (e.errorCode !== undefined) {
    const now = 'errorCode' in outcome ? `fails with ${outcome.errorCode}` : 'succeeds';
    const table = judged(requirementText(e), now, isMet);
    return {
      path: '',
      requirement: 'the read',
      isMet,
      table,
      differences: descriptions(table, isMet),
    };
  }
  const path = e.path ?? '';
  const actual = 'output' in outcome ? readPath(outcome.output, path) : undefined;
  const table = tableFor(e, outcome, actual);
  const requirement = REQUIREMENT.find(([kind]) => e[kind] !== undefined)?.[1] ?? 'must be';
  return { path, requirement, isMet, table, differences: descriptions(table, isMet) };
}

/** The differences of a table in words; one general sentence when it is not met and no row says why. */
export function descriptions(table: GoalTable, isMet: boolean): string[] {
  if (isMet) return [];
  const said = table.rows.map((r) => r.description).filter(Boolean);
  return said.length
    ? said
    : ['Different: not exactly the goal yet (the order or the form of the entries differs).'];
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
      .map((i) => ({ ...i, requirement: `either ${i.requirement}` }));
  }
  return [leafItem(e, outcome)];
}
