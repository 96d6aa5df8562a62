import { describe, expect, it } from 'vitest';
import { compareStepWithGoal, describeRead } from './goalComparison';
import { goalWords } from './goalWords';
import { createLessonEngine, engineDriver, LESSONS, lessonById, runOperations } from './index';

describe.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
  'goal of lesson %s',
  (_id, lesson) => {
    it('shows differences before each step and none once its Show me has run', async () => {
      const engine = await createLessonEngine(lesson);
      for (const [index, step] of lesson.steps.entries()) {
        const before = await compareStepWithGoal(engine, lesson, index);
        expect(before.differenceCount, `step ${step.id} before Show me`).toBeGreaterThan(0);
        await runOperations(engineDriver(engine), step.showMe);
        const after = await compareStepWithGoal(engine, lesson, index);
        const left = after.sections.flatMap((s) => s.items.flatMap((i) => i.differences));
        expect(left, `step ${step.id} after Show me`).toEqual([]);
      }
    });
  },
);

describe('compareStepWithGoal', () => {
  it('replays the Show me up to the step for a goal read: the crawled table’s columns and partition keys', async () => {
    const lesson = lessonById('glue-crawl-raw-zone')!;
    const index = lesson.steps.findIndex((s) => s.id === 'run-crawler');
    const engine = await createLessonEngine(lesson);
    const { sections } = await compareStepWithGoal(engine, lesson, index);
    expect(sections).toHaveLength(1);
    const [columns, partitionKeys] = sections[0]!.items;
    const problem = sections[0]!.readProblem!;
    expect(goalWords('en').readProblem(problem)).toBe(
      'Not there yet: glue GetTable answers EntityNotFoundException.',
    );
    expect(goalWords('fr').readProblem(problem)).toBe(
      'Pas encore là\u00a0: glue GetTable répond EntityNotFoundException.',
    );
    expect(columns!.table.rows.map((r) => [r.goal?.join(' '), r.mark])).toContainEqual([
      'total double',
      'missing',
    ]);
    expect(partitionKeys!.differences.map(goalWords('en').difference)).toEqual([
      'Missing: Name “year”, Type “string”.',
      'Missing: Name “month”, Type “string”.',
    ]);
  });

  it('shows a principal’s grants as rows, the resource in words', async () => {
    const lesson = lessonById('lf-three-stages')!;
    const engine = await createLessonEngine(lesson);
    for (const step of lesson.steps.slice(0, 3))
      await runOperations(engineDriver(engine), step.showMe);
    const { sections } = await compareStepWithGoal(engine, lesson, 3);
    const grants = sections[0]!.items[0]!.table;
    expect(grants.columns).toEqual(['Resource', 'Permissions', 'PermissionsWithGrantOption']);
    expect(grants.rows[0]).toMatchObject({
      goal: ['Table hr.employees, all columns except salary', 'SELECT', '(empty)'],
      mark: 'missing',
    });
  });

  it('titles a check’s read with its operation, plain inputs and principal', () => {
    const heading = describeRead({
      service: 'glue',
      operation: 'GetTable',
      input: { DatabaseName: 'shop', Name: 'orders' },
      principal: 'analyst',
    });
    expect(goalWords('en').heading(heading)).toBe(
      'glue GetTable · DatabaseName shop, Name orders · as analyst',
    );
    expect(goalWords('fr').heading(heading)).toBe(
      'glue GetTable · DatabaseName shop, Name orders · par analyst',
    );
  });

  it('shows an Athena query check as the nearest query and the few most recent, counting the rest', async () => {
    const lesson = lessonById('athena-partition-pruning')!;
    const engine = await createLessonEngine(lesson);
    for (const step of lesson.steps.slice(0, 2))
      await runOperations(engineDriver(engine), step.showMe);
    for (const month of ['01', '02', '03'])
      await runOperations(engineDriver(engine), [
        {
          service: 'lab',
          operation: 'RunQuery',
          input: {
            QueryString: `SELECT count(*) FROM orders WHERE month = '${month}'`,
            Database: 'shop',
          },
        },
      ]);
    const { sections } = await compareStepWithGoal(engine, lesson, 2);
    const { table } = sections[0]!.items[0]!;
    expect(table.rows).toHaveLength(4);
    expect(table.rows[0]!.mark).toBe('different');
    expect(table.hiddenCount).toBe(table.entries!.total - 4);
    expect(table.entries).toMatchObject({ matching: 0, nearestMeets: 2, fieldCount: 3 });
    expect(goalWords('en').entries(table.entries!)).toBe(
      `None of your ${table.entries!.total} entries matches yet. The nearest, shown first, meets 2 of the 3 requirements.`,
    );
  });
});
