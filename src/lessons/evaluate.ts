import { createEngine, isAwsError, type Engine } from '../engine';
import { monthOf, monthToDateByService } from '../engine/core/costLedger';
import { expectsError, meets, type ReadOutcome } from './expectation';
import { engineDriver, LAB_SERVICE } from './operations';
import { MissingReference, resolveReferences } from './references';
import type { Check, Op } from './schema';

export type CheckStatus = 'passed' | 'not-yet' | 'lesson-error';
export interface CheckResult {
  status: CheckStatus;
  detail: string;
}

/** Errors that only mean "the student has not made it yet": the check is simply not met. */
export const MISSING_RESOURCE_CODES = new Set([
  'NoSuchBucket',
  'NoSuchKey',
  'NotFound',
  'NoSuchLifecycleConfiguration',
  'NoSuchPublicAccessBlockConfiguration',
  'EntityNotFoundException',
  'NoSuchEntity',
  // Kinesis, Firehose, AppFlow (…Exception) and DMS (…Fault) name a missing resource this way.
  'ResourceNotFoundException',
  'ResourceNotFoundFault',
  // The check reads as a user the student has not created yet.
  'UnrecognizedClientException',
]);

/** Athena executions, latest first, with what the console shows beside the API's statistics. */
function recentQueries(world: Engine['world']) {
  return Object.values(world.athena?.executions ?? {})
    .reverse()
    .map((e) => ({
      QueryExecutionId: e.QueryExecutionId,
      Query: e.Query,
      State: e.State,
      StatementType: e.StatementType,
      WorkGroup: e.WorkGroup,
      Principal: e.principal,
      DataScannedInBytes: e.DataScannedInBytes,
      PartitionsRead: e.details?.partitionsRead ?? 0,
      PartitionsPruned: e.details?.partitionsPruned ?? 0,
      FilesRead: e.details?.filesRead ?? 0,
    }));
}

/** Reads of the lab itself (no AWS API): the clock, the bill, the event log. */
function labRead(engine: Engine, op: Op): unknown {
  const world = engine.world;
  switch (op.operation) {
    case 'GetClock':
      return { Now: new Date(world.clock.now).toISOString() };
    case 'GetCostSummary': {
      const byService = monthToDateByService(world.ledger, world.clock.now);
      const total = Object.values(world.ledger).reduce((sum, line) => sum + line.cost, 0);
      return {
        Month: monthOf(world.clock.now),
        MonthToDate: Object.values(byService).reduce((a, b) => a + b, 0),
        Total: total,
        ByService: byService,
      };
    }
    case 'LookupEvents':
      return { Events: world.log.map((e) => ({ ...e })) };
    case 'GetQueryExecutions':
      return { QueryExecutions: recentQueries(world) };
    default:
      throw new Error(
        `LakeLab has no lab read "${op.operation}" (GetClock, GetCostSummary, LookupEvents, GetQueryExecutions)`,
      );
  }
}

/**
 * Evaluates checks without touching the student's lab: AWS reads run in a scratch engine restored
 * from the lab's world, so they add nothing to its event log or cost ledger (one copy per evaluation).
 */
export class CheckReader {
  private scratch: Engine | undefined;
  constructor(private readonly engine: Engine) {}

  async read(op: Op): Promise<ReadOutcome> {
    if (op.service === LAB_SERVICE) return { output: labRead(this.engine, op) };
    if (!this.scratch) {
      this.scratch = createEngine({ seed: this.engine.world.seed });
      this.scratch.restore(this.engine.world);
    }
    try {
      const input = await resolveReferences(engineDriver(this.scratch), op.input ?? {});
      return {
        output: await this.scratch.call(
          op.service,
          op.operation,
          input,
          op.principal ? { principal: op.principal } : {},
        ),
      };
    } catch (error) {
      if (isAwsError(error)) return { errorCode: error.name };
      // A resource the check names by identifier is not there yet.
      if (error instanceof MissingReference) return { errorCode: 'ResourceNotFoundException' };
      throw error;
    }
  }
}

async function evaluate(reader: CheckReader, check: Check): Promise<CheckResult> {
  if (check.all) {
    for (const part of check.all) {
      const result = await evaluate(reader, part);
      if (result.status !== 'passed') return result;
    }
    return { status: 'passed', detail: 'Every part of the check passes.' };
  }
  const { read, expect } = check;
  if (!read || !expect)
    return { status: 'lesson-error', detail: 'The check has no read or no expectation.' };
  const name = `${read.service}:${read.operation}`;
  const outcome = await reader.read(read);
  if ('errorCode' in outcome && !expectsError(expect)) {
    if (MISSING_RESOURCE_CODES.has(outcome.errorCode))
      return {
        status: 'not-yet',
        detail: `${name} answers ${outcome.errorCode}: it is not there yet.`,
      };
    return {
      status: 'lesson-error',
      detail: `The check's read ${name} failed with ${outcome.errorCode}: the lesson is wrong, not you.`,
    };
  }
  return meets(outcome, expect)
    ? { status: 'passed', detail: `${name} shows what the step asks for.` }
    : { status: 'not-yet', detail: `${name} does not show it yet.` };
}

/** Whether the lab meets a step's check now. Never throws: a broken check is a 'lesson-error'. */
export async function evaluateCheck(engine: Engine, check: Check): Promise<CheckResult> {
  try {
    return await evaluate(new CheckReader(engine), check);
  } catch (error) {
    return {
      status: 'lesson-error',
      detail: `The check could not run: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
