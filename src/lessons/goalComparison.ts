import type { Engine } from '../engine';
import { CheckReader, MISSING_RESOURCE_CODES } from './evaluate';
import { expectsError, readPath, type ReadOutcome } from './expectation';
import { compareExpectation, descriptions, type GoalItem } from './goalExpectation';
import { formatCell } from './goalFormat';
import type { ReadProblem, SectionHeading } from './goalPhrase';
import { compareValues } from './goalTable';
import { engineDriver, runOperations } from './operations';
import type { Check, Goal, Lesson, Op } from './schema';
import { createLessonEngine } from './setup';

/** The goal beside the lab for one read. */
export interface GoalSection {
  /** The goal's title, or the read the check makes; goalWords says it. */
  heading: SectionHeading;
  /** Why the read has nothing to show yet (glue GetTable answers EntityNotFoundException). */
  readProblem?: ReadProblem;
  items: GoalItem[];
}

/** "Goal vs now" for a step: what it asks for beside the lab, and how many differences remain. */
export interface GoalComparison {
  sections: GoalSection[];
  differenceCount: number;
}

const MAX_INPUT = 60;

/** The heading of a check's read: "glue GetTable · DatabaseName shop, Name orders · as analyst". */
export function describeRead(op: Op): SectionHeading {
  // Structured inputs (DMS filters) tell two reads of one operation apart; long ones are cut.
  const inputs = Object.entries(op.input ?? {}).map(([k, v]): [string, string] => {
    const text = formatCell(v) ?? '';
    return [k, text.length > MAX_INPUT ? `${text.slice(0, MAX_INPUT)}…` : text];
  });
  return {
    kind: 'read',
    service: op.service,
    operation: op.operation,
    inputs,
    ...(op.principal ? { principal: op.principal } : {}),
  };
}

function problem(kind: ReadProblem['kind'], op: Op, errorCode: string): ReadProblem {
  return { kind, service: op.service, operation: op.operation, errorCode };
}

function readProblem(op: Op, outcome: ReadOutcome): ReadProblem | undefined {
  if (!('errorCode' in outcome)) return undefined;
  const isMissing = MISSING_RESOURCE_CODES.has(outcome.errorCode);
  return problem(isMissing ? 'notThereYet' : 'readFailed', op, outcome.errorCode);
}

function leafChecks(check: Check): { read: Op; expect: NonNullable<Check['expect']> }[] {
  if (check.all) return check.all.flatMap(leafChecks);
  return check.read && check.expect ? [{ read: check.read, expect: check.expect }] : [];
}

async function checkSections(reader: CheckReader, check: Check): Promise<GoalSection[]> {
  const sections: GoalSection[] = [];
  for (const { read, expect } of leafChecks(check)) {
    const outcome = await reader.read(read);
    const failure = expectsError(expect) ? undefined : readProblem(read, outcome);
    sections.push({
      heading: describeRead(read),
      ...(failure ? { readProblem: failure } : {}),
      items: compareExpectation(expect, outcome),
    });
  }
  return sections;
}

/** The read of a step's goal on a lab where the set-up and the Show me of steps 0…index have run. */
const goalOutcomes = new WeakMap<Lesson, Map<number, Promise<ReadOutcome>>>();

function goalOutcome(lesson: Lesson, index: number, goal: Goal): Promise<ReadOutcome> {
  const byStep = goalOutcomes.get(lesson) ?? new Map<number, Promise<ReadOutcome>>();
  goalOutcomes.set(lesson, byStep);
  const cached = byStep.get(index);
  if (cached) return cached;
  const outcome = (async () => {
    const engine = await createLessonEngine(lesson);
    for (const step of lesson.steps.slice(0, index + 1))
      await runOperations(engineDriver(engine), step.showMe);
    return new CheckReader(engine).read(goal.read);
  })();
  byStep.set(index, outcome);
  return outcome;
}

/** The step's own goal (its `goal`): the goal lab's read beside the lab's, for each part shown. */
export function compareGoalOutcomes(
  goal: Goal,
  target: ReadOutcome,
  now: ReadOutcome,
): GoalSection {
  const shows = Array.isArray(goal.show) ? goal.show : [goal.show];
  const failure =
    'errorCode' in target
      ? problem('goalUnreadable', goal.read, target.errorCode)
      : readProblem(goal.read, now);
  const items = shows.map((show): GoalItem => {
    const at = (o: ReadOutcome) => ('output' in o ? readPath(o.output, show.path) : undefined);
    const table = compareValues(at(target), at(now), { columns: show.columns, exact: true });
    const isMet = table.rows.every((r) => r.mark === 'same' || r.mark === 'other');
    const differences = descriptions(table, isMet);
    return { path: show.path, requirement: 'equals', isMet, table, differences };
  });
  const heading: SectionHeading = { kind: 'goal', title: goal.title };
  return { heading, ...(failure ? { readProblem: failure } : {}), items };
}

/**
 * "Goal vs now" for step `index` of a lesson on the student's lab: the step's `goal` when it has
 * one, else what its check's expectations ask for. The lab is only read, as by `evaluateCheck`.
 */
export async function compareStepWithGoal(
  engine: Engine,
  lesson: Lesson,
  index: number,
): Promise<GoalComparison> {
  const step = lesson.steps[index];
  if (!step) throw new Error(`Lesson ${lesson.id} has no step ${index + 1}`);
  const reader = new CheckReader(engine);
  const sections = step.goal
    ? [
        compareGoalOutcomes(
          step.goal,
          await goalOutcome(lesson, index, step.goal),
          await reader.read(step.goal.read),
        ),
      ]
    : await checkSections(reader, step.check);
  const differenceCount = sections.reduce(
    (sum, s) => sum + s.items.reduce((n, i) => n + i.differences.length, 0),
    0,
  );
  return { sections, differenceCount };
}
