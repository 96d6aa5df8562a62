import { z } from 'zod';

const idSchema = z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes');

const questionSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(['single', 'multiple']),
    prompt: z.string().min(1),
    choices: z.array(z.strictObject({ id: idSchema, text: z.string().min(1) })).min(2),
    /** Ids of the right choices: exactly one for `single`, one or more for `multiple`. */
    correct: z.array(idSchema).min(1),
    /** Shown after answering: why the right answer is right. */
    explanation: z.string().min(1),
    /** The lesson step that teaches it. */
    teachesIn: z.strictObject({ lesson: idSchema, step: idSchema }),
  })
  .superRefine((q, ctx) => {
    const ids = new Set(q.choices.map((c) => c.id));
    if (ids.size !== q.choices.length)
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'has duplicate ids' });
    for (const id of q.correct)
      if (!ids.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['correct'],
          message: `names unknown choice "${id}"`,
        });
    if (q.kind === 'single' && q.correct.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['correct'],
        message: 'must have one id for a single choice',
      });
  });
export type Question = z.infer<typeof questionSchema>;

export const quizSchema = z.strictObject({
  module: z.number().int().min(1).max(6),
  title: z.string().min(1),
  questions: z.array(questionSchema).min(4).max(6),
});
export type Quiz = z.infer<typeof quizSchema>;

export class QuizValidationError extends Error {}

/** Parses quiz data, naming each problem with its path ("questions.2.correct: …"). */
export function validateQuiz(data: unknown): Quiz {
  const result = quizSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new QuizValidationError(`Invalid quiz: ${problems.join('; ')}`);
}
