import { parseDuration } from '../engine/core/clock';
import { isAwsError, type Engine } from '../engine';
import { toCliCommand } from '../engine/cli/toCliCommand';
import { loadSampleData } from '../engine/data';
import { resolveReferences } from './references';
import type { Op } from './schema';

/** What runs lesson operations: the engine directly (tests, set-up) or the store ("Do it for me"). */
export interface LabDriver {
  call(service: string, operation: string, input: unknown, principal?: string): Promise<unknown>;
  advance(ms: number): Promise<void>;
  /** Waits for work that finishes after its call (an Athena query in the SQL runner). */
  settled(): Promise<void>;
}

export function engineDriver(engine: Engine): LabDriver {
  return {
    call: (service, operation, input, principal) =>
      engine.call(service, operation, input, principal ? { principal } : {}),
    advance: (ms) => engine.clock.advance(ms),
    settled: () => engine.settled(),
  };
}

/** The pseudo-service for what the console does outside AWS APIs: the clock and the sample data. */
export const LAB_SERVICE = 'lab';

const stringInput = (op: Op, name: string): string => {
  const value = op.input?.[name];
  if (typeof value !== 'string')
    throw new Error(`${op.service}:${op.operation} needs input.${name} (a string)`);
  return value;
};

/** A CSV body of about `bytes` bytes, for objects big enough to transition (S3 skips objects under 128 KB). */
function fillerCsv(bytes: number): string {
  const lines = ['order_id,customer_id,status,total'];
  let size = lines[0]!.length + 1;
  for (let i = 1; size < bytes; i++) {
    const line = `${i},${(i * 7) % 500},${i % 3 === 0 ? 'shipped' : 'placed'},${(i * 3.17).toFixed(2)}`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** Runs an Athena query as the console does (Run, then wait): a failed query fails the operation. */
async function runQuery(driver: LabDriver, op: Op): Promise<unknown> {
  const input = {
    QueryString: stringInput(op, 'QueryString'),
    ...(typeof op.input?.Database === 'string'
      ? { QueryExecutionContext: { Database: op.input.Database } }
      : {}),
    ...(typeof op.input?.WorkGroup === 'string' ? { WorkGroup: op.input.WorkGroup } : {}),
    ...(typeof op.input?.OutputLocation === 'string'
      ? { ResultConfiguration: { OutputLocation: op.input.OutputLocation } }
      : {}),
  };
  const { QueryExecutionId } = (await driver.call(
    'athena',
    'StartQueryExecution',
    input,
    op.principal,
  )) as { QueryExecutionId: string };
  await driver.settled();
  const { QueryExecution } = (await driver.call(
    'athena',
    'GetQueryExecution',
    { QueryExecutionId },
    op.principal,
  )) as { QueryExecution: { Status?: { State?: string; StateChangeReason?: string } } };
  const status = QueryExecution.Status;
  if (status?.State !== 'SUCCEEDED')
    throw new Error(
      `The query ${status?.State ?? 'did not finish'}: ${status?.StateChangeReason ?? ''}`,
    );
  return QueryExecution;
}

async function runLabOperation(driver: LabDriver, op: Op): Promise<unknown> {
  switch (op.operation) {
    case 'AdvanceClock':
      return driver.advance(parseDuration(stringInput(op, 'Duration')));
    case 'LoadSampleData':
      return loadSampleData((service, operation, input) =>
        driver.call(service, operation, input, op.principal),
      );
    case 'PutObjectOfSize': {
      const size = op.input?.SizeBytes;
      if (typeof size !== 'number')
        throw new Error('lab:PutObjectOfSize needs input.SizeBytes (a number)');
      const input = {
        Bucket: stringInput(op, 'Bucket'),
        Key: stringInput(op, 'Key'),
        Body: fillerCsv(size),
        ContentType: 'text/csv',
      };
      return driver.call('s3', 'PutObject', input, op.principal);
    }
    case 'RunQuery':
      return runQuery(driver, op);
    default:
      throw new Error(
        `LakeLab has no lab operation "${op.operation}" (AdvanceClock, LoadSampleData, PutObjectOfSize, RunQuery)`,
      );
  }
}

/** Runs one operation; an op with `expectError` must fail with exactly that code. */
export async function runOperation(driver: LabDriver, op: Op): Promise<unknown> {
  const run = async () =>
    op.service === LAB_SERVICE
      ? runLabOperation(driver, op)
      : driver.call(
          op.service,
          op.operation,
          await resolveReferences(driver, op.input ?? {}),
          op.principal,
        );
  if (!op.expectError) return run();
  try {
    await run();
  } catch (error) {
    if (isAwsError(error) && error.name === op.expectError) return undefined;
    throw error;
  }
  throw new Error(
    `${op.service}:${op.operation} was expected to fail with ${op.expectError}, but it succeeded`,
  );
}

export async function runOperations(driver: LabDriver, ops: readonly Op[]): Promise<void> {
  for (const op of ops) await runOperation(driver, op);
}

/** How a student would do the operation: an AWS CLI line, or the console control for lab actions. */
export function describeOperation(op: Op): string {
  if (op.service === LAB_SERVICE) {
    if (op.operation === 'AdvanceClock')
      return `# Clock: Jump ahead → Custom duration… → ${String(op.input?.Duration)}`;
    if (op.operation === 'LoadSampleData') return '# Home page: Load sample data';
    if (op.operation === 'RunQuery')
      return `# Athena query editor${op.input?.Database ? ` (database ${String(op.input.Database)})` : ''}: Run\n${String(op.input?.QueryString)}`;
    return `# Upload a ${String(op.input?.SizeBytes)}-byte file to s3://${String(op.input?.Bucket)}/${String(op.input?.Key)}`;
  }
  const line = toCliCommand(op.service, op.operation, op.input ?? {});
  const who = op.principal ? ` --profile ${op.principal.replace(/^(user|role)\//, '')}` : '';
  const expected = op.expectError ? `   # fails: ${op.expectError}` : '';
  return `${line}${who}${expected}`;
}
