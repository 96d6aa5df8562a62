import type { DeferredOutcome, OperationContext } from '../core/operations';
import type { SqlRunResult } from '../sql/runner';
import { billedBytes, BYTES_PER_TB, PRICE_PER_TB } from './planner/bytesScanned';
import { loadDdl, loadDialect, loadStatements } from './planner/loadModules';
import { planQuery, type QueryPlan } from './planner/plan';
import { sqlError, withSqlErrors } from './planner/sqlError';
import { AthenaQueryError } from './queryError';
import { resultCsv, resultText, writeResult, type ResultColumn } from './results';
import { rememberMd5Hex } from '../s3/md5';
import { athenaState, type StoredExecution } from './state';

export interface ResultSet {
  columns: ResultColumn[];
  rows: (string | number | null)[][];
}

/** The execution as stored now: it may have been cancelled, or the lab restored, meanwhile. */
function liveExecution(ctx: OperationContext, id: string): StoredExecution | undefined {
  const execution = athenaState(ctx.world).executions[id];
  return execution?.State === 'RUNNING' || execution?.State === 'QUEUED' ? execution : undefined;
}

function fail(execution: StoredExecution, ctx: OperationContext, error: unknown): void {
  const failure =
    error instanceof AthenaQueryError
      ? error
      : new AthenaQueryError(
          'INTERNAL_ERROR_QUERY_ENGINE',
          error instanceof Error ? error.message : String(error),
          1,
        );
  execution.State = 'FAILED';
  execution.StateChangeReason = failure.reason;
  execution.ErrorType = failure.errorType;
  execution.ErrorCategory = failure.category;
  execution.CompletionDateTime = ctx.now;
}

/** DML is billed per byte scanned (10 MB minimum); DDL and failed queries are free (athena/pricing). */
export function charge(ctx: OperationContext, execution: StoredExecution): void {
  if (execution.StatementType !== 'DML') return;
  ctx.charge({
    service: 'athena',
    usageType: 'DataScannedInTB',
    unit: 'TB',
    quantity: billedBytes(execution.DataScannedInBytes) / BYTES_PER_TB,
    unitPrice: PRICE_PER_TB,
  });
}

function elapsedSince(started: number): number {
  return Math.max(1, Math.round(globalThis.performance.now() - started));
}

async function succeed(
  ctx: OperationContext,
  execution: StoredExecution,
  result: ResultSet & { csv?: Uint8Array; csvMd5?: string; rowCount?: number },
  text: boolean,
): Promise<void> {
  // A SELECT's CSV comes encoded (and hashed) from the SQL runner, off the main thread.
  if (result.csv && result.csvMd5) rememberMd5Hex(result.csv, result.csvMd5);
  const body =
    result.csv ??
    (text ? resultText(result.columns, result.rows) : resultCsv(result.columns, result.rows));
  await writeResult(ctx, execution.OutputLocation ?? '', body, result.columns);
  execution.columns = result.columns;
  execution.rowCount = result.rowCount ?? result.rows.length;
  execution.State = 'SUCCEEDED';
  execution.CompletionDateTime = ctx.now;
  charge(ctx, execution);
}

/** FNV-1a: a short fingerprint of the Lake Formation state. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The environment a query plan needs: Glue catalog by default, the caller's sandbox. */
function planEnv(ctx: OperationContext, execution: StoredExecution) {
  return {
    catalog: execution.Catalog,
    database: execution.Database ?? 'default',
    queryId: execution.QueryExecutionId,
    // One sandbox per caller and per state of the grants: a cached database never holds data
    // another principal loaded, nor what this one could read before a revoke.
    sandboxKey: `${execution.principal}#${fingerprint(JSON.stringify(ctx.world.lakeformation ?? {}))}`,
  };
}

/**
 * Plans and runs a SELECT for a statement (CTAS, INSERT, views, EXPLAIN) inside one engine step.
 * Only CTAS and INSERT INTO (DML) read data. DDL such as CREATE VIEW and EXPLAIN check their
 * query against the catalog and scan nothing. Athena pricing, as quoted by
 * rcpedia.stanford.edu/services/athena.html (aws-semantics.md): "no charges for Data Definition
 * Language (DDL) statements like CREATE/ALTER/DROP TABLE"; athena-explain-statement.html:
 * "Because EXPLAIN queries do not scan any data, Athena does not charge for them".
 */
async function runNested(
  ctx: OperationContext,
  execution: StoredExecution,
  sql: string,
): Promise<ResultSet> {
  const plan = await planQuery(ctx, sql, planEnv(ctx, execution), {
    metadataOnly: execution.StatementType !== 'DML',
  });
  execution.DataScannedInBytes += plan.bytesScanned;
  const result = await ctx.runtime
    .sql()
    .run({ ...plan.request, id: `${execution.QueryExecutionId}-nested` });
  return { columns: plan.outputColumns, rows: result.rows };
}

async function finishSelect(
  ctx: OperationContext,
  id: string,
  plan: QueryPlan,
  started: number,
  outcome: DeferredOutcome<SqlRunResult>,
): Promise<void> {
  const execution = liveExecution(ctx, id);
  if (!execution) return;
  execution.EngineExecutionTimeInMillis = elapsedSince(started);
  try {
    if (!outcome.ok) throw await runFailure(outcome.error, execution.Query);
    execution.details = { ...plan.details, filesDecoded: outcome.value.filesDecoded };
    const { rows, csv, csvMd5, rowCount } = outcome.value;
    await succeed(
      ctx,
      execution,
      {
        columns: plan.outputColumns,
        rows,
        ...(csv ? { csv } : {}),
        ...(csvMd5 ? { csvMd5 } : {}),
        ...(rowCount !== undefined ? { rowCount } : {}),
      },
      false,
    );
  } catch (error) {
    if (error instanceof AthenaQueryError && error.errorType === 'USER_CANCELLED') {
      execution.State = 'CANCELLED';
      execution.StateChangeReason = 'Query cancelled by user';
      execution.CompletionDateTime = ctx.now;
      charge(ctx, execution);
      return;
    }
    fail(execution, ctx, error);
  }
}

/** A runner failure as Athena reports it: SQLite messages mapped back onto the original SQL. */
async function runFailure(error: unknown, sql: string): Promise<unknown> {
  const e = error as { errorType?: string; message?: string };
  if (e.errorType === 'SQLITE_ERROR') {
    const { athenaErrorFromSqlite } = await loadDialect();
    return sqlError({ detail: athenaErrorFromSqlite(sql, e.message ?? '') });
  }
  if (typeof e.errorType === 'string') return new AthenaQueryError(e.errorType, e.message ?? '');
  return error;
}

/** Starts a SELECT: plan now (reads S3 as the caller), run in the SQL runner, finish later. */
async function startSelect(
  ctx: OperationContext,
  execution: StoredExecution,
  cutoff: number | undefined,
): Promise<void> {
  const plan = await planQuery(ctx, execution.Query, planEnv(ctx, execution));
  execution.DataScannedInBytes = plan.bytesScanned;
  execution.details = plan.details;
  // The per-query data usage control cancels a query that scans more; it is still billed
  // for what it scanned (workgroups-setting-control-limits-cloudwatch.html).
  if (cutoff !== undefined && plan.bytesScanned > cutoff) {
    execution.DataScannedInBytes = cutoff;
    execution.State = 'CANCELLED';
    execution.StateChangeReason = `Query exhausted the per-query data usage limit of ${cutoff} bytes set on workgroup ${execution.WorkGroup}.`;
    execution.CompletionDateTime = ctx.now;
    charge(ctx, execution);
    return;
  }
  execution.State = 'RUNNING';
  const started = globalThis.performance.now();
  const runner = ctx.runtime.sql();
  const request = {
    ...plan.request,
    resultCsv: {
      names: plan.outputColumns.map((c) => c.name),
      types: plan.outputColumns.map((c) => c.type),
      keepRows: 0,
    },
  };
  const work = () => runner.run(request);
  const finish = (outcome: DeferredOutcome<SqlRunResult>, later: OperationContext) =>
    finishSelect(later, execution.QueryExecutionId, plan, started, outcome);
  if (runner.inline) await finish(await settle(work), ctx);
  else deferTracked(ctx, execution.QueryExecutionId, work, finish);
}

/** Executions this engine is running now (by runtime, which is one per engine). */
const inFlight = new WeakMap<object, Set<string>>();

function deferTracked<T>(
  ctx: OperationContext,
  id: string,
  work: () => Promise<T>,
  finish: (outcome: DeferredOutcome<T>, later: OperationContext) => Promise<void>,
): void {
  const running = inFlight.get(ctx.runtime) ?? new Set<string>();
  inFlight.set(ctx.runtime, running);
  running.add(id);
  ctx.defer(work, async (outcome, later) => {
    running.delete(id);
    await finish(outcome, later);
  });
}

/**
 * A saved lab may hold a query that was running when the page closed: nothing will finish it,
 * so it reads as failed (Athena, too, fails queries its engine lost).
 */
export function settleOrphan(ctx: OperationContext, execution: StoredExecution): void {
  const alive = execution.State === 'QUEUED' || execution.State === 'RUNNING';
  if (
    !alive ||
    ctx.runtime.sql().inline ||
    inFlight.get(ctx.runtime)?.has(execution.QueryExecutionId)
  )
    return;
  execution.State = 'FAILED';
  execution.ErrorType = 'INTERNAL_ERROR_QUERY_ENGINE';
  execution.ErrorCategory = 1;
  execution.StateChangeReason =
    'INTERNAL_ERROR_QUERY_ENGINE: The query was interrupted when the lab was closed or restored. Run it again.';
  execution.CompletionDateTime = execution.CompletionDateTime ?? ctx.now;
}

async function settle<T>(work: () => Promise<T>): Promise<DeferredOutcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** DDL, utility statements, CTAS and INSERT run against the catalog in one later engine step. */
async function startStatement(ctx: OperationContext, execution: StoredExecution): Promise<void> {
  execution.State = 'RUNNING';
  const started = globalThis.performance.now();
  const finish = async (later: OperationContext) => {
    const live = liveExecution(later, execution.QueryExecutionId);
    if (!live) return;
    try {
      const { parseStatement } = await loadDdl();
      const { executeStatement } = await loadStatements();
      const statement = withSqlErrors(() => parseStatement(live.Query));
      const result = await executeStatement(statement, {
        ctx: later,
        catalog: live.Catalog,
        database: live.Database ?? 'default',
        queryId: live.QueryExecutionId,
        outputLocation: live.OutputLocation?.replace(/[^/]*$/, '') ?? '',
        runQuery: (sql) => runNested(later, live, sql),
      });
      live.EngineExecutionTimeInMillis = elapsedSince(started);
      if (live.StatementType === 'DML') live.updateCount = Number(result.rows[0]?.[0] ?? 0);
      await succeed(
        later,
        live,
        live.StatementType === 'DML' ? { columns: result.columns, rows: [] } : result,
        live.StatementType !== 'DML',
      );
    } catch (error) {
      fail(live, later, sqlError(error));
    }
  };
  if (ctx.runtime.sql().inline) await finish(ctx);
  else
    deferTracked(
      ctx,
      execution.QueryExecutionId,
      () => Promise.resolve(),
      (_o, later) => finish(later),
    );
}

/** Runs a new execution to its end state (SELECTs finish asynchronously, in the SQL runner). */
export async function startExecution(
  ctx: OperationContext,
  execution: StoredExecution,
  isQuery: boolean,
  cutoff: number | undefined,
): Promise<void> {
  try {
    if (isQuery) await startSelect(ctx, execution, cutoff);
    else await startStatement(ctx, execution);
  } catch (error) {
    fail(execution, ctx, sqlError(error));
  }
}
