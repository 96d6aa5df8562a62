import { describe, expect, it } from 'vitest';
import { compareStepWithGoal, describeRead } from './goalComparison';
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
    expect(sections[0]!.readProblem).toBe(
      'Not there yet: glue GetTable answers EntityNotFoundException.',
    );
    expect(columns!.table.rows.map((r) => [r.goal?.join(' '), r.mark])).toContainEqual([
      'total double',
      'missing',
    ]);
    expect(partitionKeys!.differences).toEqual([
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
    expect(
      describeRead({
        service: 'glue',
        operation: 'GetTable',
        input: { DatabaseName: 'shop', Name: 'orders' },
        principal: 'analyst',
      }),
    ).toBe('glue GetTable · DatabaseName shop, Name orders · as analyst');
  });
});
