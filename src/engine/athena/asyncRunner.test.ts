import { describe, expect, it } from 'vitest';
import { Engine } from '../engine';
import { SERVICES } from '../index';
import type { SqlRunner } from '../sql/runner';

/** A worker-like runner: queries finish only when the test says so. */
function manualRunner() {
  const pending: { id: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const runner: SqlRunner = {
    run: (request) =>
      new Promise((resolve, reject) =>
        pending.push({
          id: request.id,
          resolve: () =>
            resolve({
              columns: ['_col0'],
              rows: [],
              filesDecoded: 0,
              csv: new TextEncoder().encode('"_col0"\n"1"\n'),
              rowCount: 1,
            }),
          reject,
        }),
      ),
    cancel: (id) => {
      const run = pending.find((p) => p.id === id);
      run?.reject({ errorType: 'USER_CANCELLED', message: 'cancelled' });
    },
  };
  return { runner, pending };
}

async function startedQuery(engine: Engine) {
  await engine.call('s3', 'CreateBucket', { Bucket: 'results' });
  const { QueryExecutionId } = await engine.call<{ QueryExecutionId: string }>(
    'athena',
    'StartQueryExecution',
    {
      QueryString: 'SELECT 1',
      ResultConfiguration: { OutputLocation: 's3://results/' },
    },
  );
  return QueryExecutionId;
}

const stateOf = async (engine: Engine, id: string) =>
  (
    await engine.call<{
      QueryExecution: { Status: { State: string; StateChangeReason?: string } };
    }>('athena', 'GetQueryExecution', { QueryExecutionId: id })
  ).QueryExecution.Status;

describe('Athena with a runner in a worker (queries finish asynchronously)', () => {
  it('is RUNNING until the runner answers, then SUCCEEDED with its result file', async () => {
    const { runner, pending } = manualRunner();
    const engine = new Engine({ services: SERVICES, sqlRunner: runner });
    const id = await startedQuery(engine);
    expect((await stateOf(engine, id)).State).toBe('RUNNING');
    pending[0]!.resolve();
    await engine.settled();
    expect((await stateOf(engine, id)).State).toBe('SUCCEEDED');
  });

  it('StopQueryExecution cancels a running query', async () => {
    const { runner } = manualRunner();
    const engine = new Engine({ services: SERVICES, sqlRunner: runner });
    const id = await startedQuery(engine);
    await engine.call('athena', 'StopQueryExecution', { QueryExecutionId: id });
    await engine.settled();
    expect(await stateOf(engine, id)).toMatchObject({
      State: 'CANCELLED',
      StateChangeReason: 'Query cancelled by user',
    });
  });

  it('a query left running in a saved lab reads as failed once the lab is restored', async () => {
    const first = new Engine({ services: SERVICES, sqlRunner: manualRunner().runner });
    const id = await startedQuery(first);
    const second = new Engine({ services: SERVICES, sqlRunner: manualRunner().runner });
    second.restore(first.snapshot());
    expect(await stateOf(second, id)).toMatchObject({ State: 'FAILED' });
    expect((await stateOf(second, id)).StateChangeReason).toMatch(/interrupted/);
    expect((await stateOf(first, id)).State).toBe('RUNNING');
  });
});
