import type { z } from 'zod';
import { lessonSchema, type Lesson } from './schema';

export class LessonValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'LessonValidationError';
  }
}

/** "Lesson s3-basics, step 2: check.expect.path is required" from a zod issue. */
function describeIssue(lessonId: string, issue: z.core.$ZodIssue): string {
  const path = [...issue.path];
  let where = `Lesson ${lessonId}`;
  if (path[0] === 'steps' && typeof path[1] === 'number') {
    where += `, step ${path[1] + 1}`;
    path.splice(0, 2);
  }
  const field = path.map(String).join('.');
  const message = /received undefined$/.test(issue.message) ? 'is required' : issue.message;
  return `${where}: ${field ? `${field} ` : ''}${message}`;
}

/** The lesson, checked against the schema; throws a LessonValidationError naming every problem. */
export function validateLesson(data: unknown): Lesson {
  const result = lessonSchema.safeParse(data);
  if (result.success) {
    const ids = result.data.steps.map((s) => s.id);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate)
      throw new LessonValidationError([
        `Lesson ${result.data.id}: step id "${duplicate}" is used twice`,
      ]);
    return result.data;
  }
  const raw = data as { id?: unknown } | null;
  const id = raw && typeof raw === 'object' && typeof raw.id === 'string' ? raw.id : '(no id)';
  throw new LessonValidationError(result.error.issues.map((issue) => describeIssue(id, issue)));
}
