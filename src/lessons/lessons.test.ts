import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import {
  createLessonEngine,
  engineDriver,
  evaluateCheck,
  LESSON_DATA,
  LESSONS,
  LessonValidationError,
  runOperations,
  validateLesson,
} from './index';
import type { Lesson } from './schema';

describe.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))('lesson %s', (_id, lesson) => {
  it('each check fails before its step and passes after its Show me', async () => {
    const engine = await createLessonEngine(lesson);
    for (const [index, step] of lesson.steps.entries()) {
      const before = await evaluateCheck(engine, step.check);
      expect(before.status, `step ${index + 1} (${step.id}) before Show me: ${before.detail}`).toBe(
        'not-yet',
      );
      await runOperations(engineDriver(engine), step.showMe);
      const after = await evaluateCheck(engine, step.check);
      expect(after.status, `step ${index + 1} (${step.id}) after Show me: ${after.detail}`).toBe(
        'passed',
      );
    }
  });
});

describe('lesson data', () => {
  it('validates every lesson against the schema with unique ids', () => {
    expect(LESSON_DATA.map((data) => validateLesson(data).id)).toEqual(LESSONS.map((l) => l.id));
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
  });

  const valid = (): Lesson => structuredClone(LESSONS[0]!);

  it('names the lesson, the step and the field of a missing expectation path', () => {
    const lesson = valid() as unknown as { id: string; steps: { check: unknown }[] };
    lesson.id = 's3-basics';
    lesson.steps[1]!.check = {
      read: { service: 's3', operation: 'ListBuckets' },
      expect: { contains: 'raw-zone' },
    };
    expect(() => validateLesson(lesson)).toThrow(
      'Lesson s3-basics, step 2: check.expect.path is required',
    );
  });

  it('names a missing title and a module out of range', () => {
    const lesson = valid() as unknown as Record<string, unknown>;
    delete lesson.title;
    lesson.module = 7;
    try {
      validateLesson(lesson);
      throw new Error('expected a LessonValidationError');
    } catch (error) {
      expect(error).toBeInstanceOf(LessonValidationError);
      const problems = (error as LessonValidationError).problems;
      expect(problems).toContain('Lesson lab-tour: title is required');
      expect(problems.some((p) => p.startsWith('Lesson lab-tour: module '))).toBe(true);
    }
  });

  it('rejects an expectation with two kinds at once', () => {
    const lesson = valid() as unknown as { steps: { check: unknown }[] };
    lesson.steps[0]!.check = {
      read: { service: 's3', operation: 'ListBuckets' },
      expect: { path: 'Buckets', contains: 'a', equals: 'b' },
    };
    expect(() => validateLesson(lesson)).toThrow(/step 1: check\.expect needs exactly one of/);
  });
});

describe('evaluateCheck', () => {
  it('does not add to the event log or the cost ledger of the lab it reads', async () => {
    const engine = createEngine();
    await engine.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    const log = engine.eventLog().length;
    const ledger = JSON.stringify(engine.world.ledger);
    const result = await evaluateCheck(engine, {
      read: { service: 's3', operation: 'ListBuckets' },
      expect: { path: 'Buckets[].Name', contains: 'raw-zone' },
    });
    expect(result.status).toBe('passed');
    expect(engine.eventLog().length).toBe(log);
    expect(JSON.stringify(engine.world.ledger)).toBe(ledger);
  });

  it('is not-yet when the resource the read names is missing', async () => {
    const result = await evaluateCheck(createEngine(), {
      read: { service: 's3', operation: 'ListObjectsV2', input: { Bucket: 'nope' } },
      expect: { path: 'KeyCount', atLeast: 1 },
    });
    expect(result.status).toBe('not-yet');
  });

  it('is a lesson error, not a crash, when the read names an unknown operation or bad input', async () => {
    const engine = createEngine();
    expect(
      (
        await evaluateCheck(engine, {
          read: { service: 's3', operation: 'ListBukkits' },
          expect: { path: 'x', exists: true },
        })
      ).status,
    ).toBe('lesson-error');
    expect(
      (
        await evaluateCheck(engine, {
          read: { service: 'lab', operation: 'GetWeather' },
          expect: { path: 'x', exists: true },
        })
      ).status,
    ).toBe('lesson-error');
    await engine.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    expect(
      (
        await evaluateCheck(engine, {
          read: { service: 's3', operation: 'CreateBucket', input: { Bucket: 'raw-zone' } },
          expect: { path: 'x', exists: true },
        })
      ).status,
    ).toBe('lesson-error');
  });

  it('passes an errorCode expectation only when the read fails with that code', async () => {
    const check = {
      read: { service: 's3', operation: 'HeadBucket', input: { Bucket: 'gone' } },
      expect: { errorCode: 'NoSuchBucket' },
    };
    const engine = createEngine();
    expect((await evaluateCheck(engine, check)).status).toBe('passed');
    await engine.call('s3', 'CreateBucket', { Bucket: 'gone' });
    expect((await evaluateCheck(engine, check)).status).toBe('not-yet');
  });
});

describe('evaluateCheck on a check naming a service LakeLab does not have', () => {
  it('reports a lesson error instead of ticking', async () => {
    const result = await evaluateCheck(createEngine(), {
      read: { service: 'quicksight', operation: 'ListDashboards' },
      expect: { path: 'DashboardSummaryList', length: { atLeast: 0 } },
    });
    expect(result.status).toBe('lesson-error');
    expect(result.detail).toContain('UnknownServiceException');
  });
});
