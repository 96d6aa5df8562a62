/* eslint-disable @typescript-eslint/no-explicit-any -- sql.js passes and keeps untyped values */
/** The slice of sql.js's Database the function library registers on. */
export interface FunctionHost {
  create_function(name: string, fn: (...args: any[]) => unknown): unknown;
  create_aggregate(
    name: string,
    spec: {
      init?: () => unknown;
      step: (state: any, ...args: any[]) => unknown;
      finalize: (state: any) => unknown;
    },
  ): unknown;
}

export type SqlArg = string | number | null | Uint8Array;
export type Scalar = (...args: SqlArg[]) => unknown;

export interface ScalarDef {
  /** Argument count; -1 = any (SQLite's variadic). */
  arity: number;
  fn: Scalar;
  /** NULL in → NULL out, as for most Trino functions (default true). */
  strict?: boolean;
}

/** sql.js registers a function for exactly `fn.length` arguments; -1 makes it variadic. */
function withArity<T extends (...args: never[]) => unknown>(fn: T, arity: number): T {
  Object.defineProperty(fn, 'length', { value: arity });
  return fn;
}

const toResult = (v: unknown): unknown =>
  v === undefined ? null : typeof v === 'bigint' ? Number(v) : v;

/** Registers `trino_<name>` and the `trino_try_<name>` variant that try() uses (errors become NULL). */
export function registerScalars(db: FunctionHost, defs: Record<string, ScalarDef>): void {
  for (const [name, def] of Object.entries(defs)) {
    const strict = def.strict ?? true;
    const call = (args: SqlArg[]): unknown =>
      strict && args.some((a) => a === null || a === undefined) ? null : toResult(def.fn(...args));
    db.create_function(
      `trino_${name}`,
      withArity((...args: SqlArg[]) => call(args), def.arity),
    );
    db.create_function(
      `trino_try_${name}`,
      withArity((...args: SqlArg[]) => {
        try {
          return call(args);
        } catch {
          return null;
        }
      }, def.arity),
    );
  }
}

export interface AggregateDef<S> {
  arity: number;
  init: () => S;
  step: (state: S, ...args: SqlArg[]) => S;
  finalize: (state: S) => unknown;
}

export function registerAggregates(
  db: FunctionHost,
  defs: Record<string, AggregateDef<any>>,
): void {
  for (const [name, def] of Object.entries(defs)) {
    const step = withArity(
      (state: unknown, ...args: SqlArg[]) => def.step(state, ...args),
      def.arity + 1,
    );
    db.create_aggregate(`trino_${name}`, {
      init: def.init,
      step,
      finalize: (s: unknown) => toResult(def.finalize(s)),
    });
  }
}
