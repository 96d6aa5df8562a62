import { z } from 'zod';

/** JSON values lesson data may hold (inputs and expected values). */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const json: z.ZodType<Json> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(json),
    z.record(z.string(), json),
  ]),
);

/** One operation: an AWS call through the engine, or a `lab` action (clock, sample data). */
const opSchema = z.strictObject({
  service: z.string().min(1),
  operation: z.string().min(1),
  input: z.record(z.string(), json).optional(),
  /** Who calls: a user name, `user/x`, `role/x` or an ARN; the administrator when absent. */
  principal: z.string().min(1).optional(),
  /** The call is meant to fail with this AWS error code (e.g. an AccessDenied to demonstrate). */
  expectError: z.string().min(1).optional(),
});
export type Op = z.infer<typeof opSchema>;

const VALUE_KINDS = [
  'equals',
  'contains',
  'containsSql',
  'length',
  'exists',
  'atLeast',
  'atMost',
  'some',
] as const;
const KINDS = [...VALUE_KINDS, 'errorCode', 'all', 'any'] as const;

export interface Expectation {
  path?: string;
  equals?: Json;
  contains?: Json;
  /** The SQL text at `path` contains this fragment, ignoring case and spacing outside 'literals'. */
  containsSql?: string;
  length?: { atLeast?: number; atMost?: number; equals?: number };
  exists?: boolean;
  atLeast?: number | string;
  atMost?: number | string;
  /** Some element of the array at `path` meets this expectation (paths inside are relative to the element). */
  some?: Expectation;
  errorCode?: string;
  all?: Expectation[];
  any?: Expectation[];
}

const expectationSchema: z.ZodType<Expectation> = z.lazy(() =>
  z
    .strictObject({
      path: z.string().optional(),
      equals: json.optional(),
      contains: json.optional(),
      containsSql: z.string().min(1).optional(),
      length: z
        .strictObject({
          atLeast: z.number().optional(),
          atMost: z.number().optional(),
          equals: z.number().optional(),
        })
        .optional(),
      exists: z.boolean().optional(),
      atLeast: z.union([z.number(), z.string()]).optional(),
      atMost: z.union([z.number(), z.string()]).optional(),
      some: expectationSchema.optional(),
      errorCode: z.string().min(1).optional(),
      all: z.array(expectationSchema).min(1).optional(),
      any: z.array(expectationSchema).min(1).optional(),
    })
    .superRefine((e, ctx) => {
      const kinds = KINDS.filter((k) => e[k] !== undefined);
      if (kinds.length !== 1)
        ctx.addIssue({
          code: 'custom',
          message: `needs exactly one of ${KINDS.join(', ')} (found ${kinds.length ? kinds.join(', ') : 'none'})`,
        });
      const kind = kinds[0];
      if (
        kinds.length === 1 &&
        (VALUE_KINDS as readonly string[]).includes(kind ?? '') &&
        e.path === undefined
      )
        ctx.addIssue({ code: 'custom', path: ['path'], message: 'is required' });
    }),
);

export interface Check {
  read?: Op;
  expect?: Expectation;
  /** Every one of these checks passes. */
  all?: Check[];
}

const checkSchema: z.ZodType<Check> = z.lazy(() =>
  z
    .strictObject({
      read: opSchema.optional(),
      expect: expectationSchema.optional(),
      all: z.array(checkSchema).min(1).optional(),
    })
    .superRefine((c, ctx) => {
      if (c.all !== undefined) {
        if (c.read || c.expect)
          ctx.addIssue({
            code: 'custom',
            message: 'has "all" and also "read"/"expect": use one form',
          });
        return;
      }
      if (!c.read) ctx.addIssue({ code: 'custom', path: ['read'], message: 'is required' });
      if (!c.expect) ctx.addIssue({ code: 'custom', path: ['expect'], message: 'is required' });
    }),
);

const goalShowSchema = z.strictObject({
  /** Where in the read's result the goal lies (`Table.PartitionKeys`). */
  path: z.string(),
  /** For a list of objects or an object: the fields shown (paths inside it); all of them when absent. */
  columns: z.array(z.string().min(1)).min(1).optional(),
});
export type GoalShow = z.infer<typeof goalShowSchema>;

/**
 * What the step builds, shown beside the student's lab: the same read on a lab where the lesson's
 * set-up and the Show me of every step up to this one have run, compared with the read on the lab now.
 */
const goalSchema = z.strictObject({
  title: z.string().min(1),
  read: opSchema,
  show: z.union([goalShowSchema, z.array(goalShowSchema).min(1)]),
});
export type Goal = z.infer<typeof goalSchema>;

const stepSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
  title: z.string().min(1),
  /** Markdown: paragraphs, **bold**, `code`, lists and [links](url). */
  instructions: z.string().min(1),
  check: checkSchema,
  /** Shown as "Goal vs now" instead of what the check's expectations require. */
  goal: goalSchema.optional(),
  hints: z.array(z.string().min(1)),
  showMe: z.array(opSchema).min(1),
  /** Shown once the check passes: what happened and why it matters. */
  explanation: z.string().min(1),
});
export type Step = z.infer<typeof stepSchema>;

export const MODULE_NUMBERS = [1, 2, 3, 4, 5, 6] as const;
export type ModuleNumber = (typeof MODULE_NUMBERS)[number];

export const lessonSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and dashes'),
  module: z.union(MODULE_NUMBERS.map((n) => z.literal(n))),
  title: z.string().min(1),
  summary: z.string().min(1),
  objectives: z.array(z.string().min(1)).min(1),
  setup: z.strictObject({
    /** `empty`: a fresh lab; `sample-data`: a fresh lab with the shop and clickstream sample data loaded. */
    scenario: z.enum(['empty', 'sample-data']).optional(),
    operations: z.array(opSchema),
  }),
  steps: z.array(stepSchema).min(1),
});
export type Lesson = z.infer<typeof lessonSchema>;
