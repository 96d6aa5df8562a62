import { isAwsError } from '../../engine/core/errors';
import type { PlanStep, Refs } from './plans';
import { undoCallOf, type UndoCall } from './undoCalls';

export type { UndoCall } from './undoCalls';

/** An AWS call as the store makes it; `quiet` keeps a rollback call's error out of the Flashbar. */
export type PlanCall = (
  service: string,
  operation: string,
  input: unknown,
  options?: { quiet?: boolean },
) => Promise<unknown>;

export interface CallError {
  code: string;
  message: string;
}

/** A delete the rollback made, with the AWS error when it failed. */
export interface RollbackRecord extends UndoCall {
  error?: CallError;
  /** Refused while the resource is still being created: made again once it is (the store waits). */
  waiting?: true;
}

/**
 * Deletes AWS refuses while their resource is CREATING (ResourceInUseException): "You can't delete
 * a Firehose stream that is in the CREATING state" (API_DeleteDeliveryStream.html); a Kinesis
 * stream can be deleted "if the stream is in the ACTIVE state" (API_DeleteStream.html).
 */
const WAITS_WHILE_CREATING = new Set(['kinesis:DeleteStream', 'firehose:DeleteDeliveryStream']);

const waitsWhileCreating = (u: UndoCall, error: CallError) =>
  error.code === 'ResourceInUseException' &&
  WAITS_WHILE_CREATING.has(`${u.service}:${u.operation}`);

/** Why a pipeline was not created and what the rollback did (plain data: it is saved with the draft). */
export interface PlanFailure {
  service: string;
  operation: string;
  error: CallError;
  rollback: RollbackRecord[];
  /** What is still there: each resource whose delete failed. Empty when the world is as before. */
  leftovers: string[];
  /** Deletes refused because the resource is still being created; the store makes them once it is. */
  waiting: UndoCall[];
}

export type PlanOutcome =
  { ok: true; refs: Refs; undo: UndoCall[] } | { ok: false; failure: PlanFailure };

/** A call made after the plan's steps, still part of the pipeline (a source system set to send). */
export interface FinishCall {
  service: string;
  operation: string;
  run(refs: Refs): Promise<unknown>;
}

const errorOf = (error: unknown): CallError =>
  isAwsError(error)
    ? { code: error.name, message: error.message }
    : { code: 'Error', message: String(error) };

/** Deletes, newest first, what the undo stack says was created; reports what stayed. */
export async function rollBack(call: PlanCall, undo: readonly UndoCall[]) {
  const rollback: RollbackRecord[] = [];
  for (const u of [...undo].reverse()) {
    try {
      await call(u.service, u.operation, u.input, { quiet: true });
      rollback.push(u);
    } catch (error) {
      if (!isAwsError(error)) throw error;
      const failed = errorOf(error);
      rollback.push({
        ...u,
        error: failed,
        ...(waitsWhileCreating(u, failed) && { waiting: true }),
      });
    }
  }
  const leftovers = rollback.filter((r) => r.error && !r.waiting).map((r) => r.resource);
  const waiting = rollback.filter((r) => r.waiting).map(({ error: _e, waiting: _w, ...u }) => u);
  return { rollback, leftovers, waiting };
}

/** Fails fast, before any call, on a step whose creation the canvas could not undo (a bug). */
function checkUndoable(steps: readonly PlanStep[]): void {
  for (const s of steps)
    if (undoCallOf(s.service, s.operation, {}, {}) === undefined)
      throw new Error(`No delete is known for ${s.service}:${s.operation}; add it to undoCalls.ts`);
}

/**
 * Creates a pipeline as one unit, the way a CloudFormation stack does: the steps run in order;
 * if one fails, every resource the earlier steps created is deleted again, newest first.
 * Resources the plan reuses (an existing role or bucket) are never touched: they have no step.
 * `undo` carries on an earlier part of the same pipeline (DMS creates its task later).
 */
export async function createAtomically(
  call: PlanCall,
  steps: readonly PlanStep[],
  options: { refs?: Refs; undo?: readonly UndoCall[]; finish?: FinishCall } = {},
): Promise<PlanOutcome> {
  checkUndoable(steps);
  const refs: Refs = { ...options.refs };
  const undo: UndoCall[] = [...(options.undo ?? [])];
  const fail = async (service: string, operation: string, error: unknown) => {
    const result = await rollBack(call, undo);
    if (!isAwsError(error)) throw error;
    return {
      ok: false as const,
      failure: { service, operation, error: errorOf(error), ...result },
    };
  };
  for (const step of steps) {
    const input = step.input(refs);
    let output: unknown;
    try {
      output = await call(step.service, step.operation, input);
    } catch (error) {
      return fail(step.service, step.operation, error);
    }
    step.keep?.(output, refs);
    const u = undoCallOf(step.service, step.operation, input, output);
    if (u && u !== 'nothing') undo.push(u);
  }
  if (options.finish)
    try {
      await options.finish.run(refs);
    } catch (error) {
      return fail(options.finish.service, options.finish.operation, error);
    }
  return { ok: true, refs, undo };
}
