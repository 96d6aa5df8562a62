import type { SqlRunner, SqlRunRequest } from './runner';
import { cancelled } from './runtime/errors';
import { loadSqlJsFromPackage, type SqlJsLoader } from './runtime/sqlJs';
import { createSqlRuntime } from './runtime/sqlRuntime';

export interface InProcessSqlRunnerOptions {
  loadSqlJs?: SqlJsLoader;
  maxCacheBytes?: number;
}

/**
 * sql.js in this thread (Node tests, and the fallback when no worker runner is installed). Each
 * runner keeps its own cache of sandbox databases: reuse one runner to reuse tables.
 * `cancel` stops a query that has not started running SQL; a statement already running in
 * this thread cannot be interrupted (the worker runner terminates its worker instead).
 */
export function inProcessSqlRunner(options: InProcessSqlRunnerOptions = {}): SqlRunner {
  const runtime = createSqlRuntime({
    loadSqlJs: options.loadSqlJs ?? loadSqlJsFromPackage,
    ...(options.maxCacheBytes === undefined ? {} : { maxCacheBytes: options.maxCacheBytes }),
  });
  const cancelledIds = new Set<string>();
  // `inline`: this runner works in the caller's thread (see SqlRunner).
  const runner = {
    inline: true,
    run: async (request: SqlRunRequest) => {
      if (cancelledIds.delete(request.id)) throw cancelled(request.id);
      try {
        return await runtime.run(request, () => cancelledIds.has(request.id));
      } finally {
        cancelledIds.delete(request.id);
      }
    },
    cancel: (id: string) => {
      cancelledIds.add(id);
    },
  } satisfies SqlRunner & { inline: boolean };
  return runner;
}
