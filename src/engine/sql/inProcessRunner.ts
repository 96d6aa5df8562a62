import type { SqlRunner } from './runner';

/** sql.js in this thread (Node tests, and the fallback when no worker runner is installed). */
export function inProcessSqlRunner(): SqlRunner {
  return {
    run: () => Promise.reject(new Error('The in-process SQL runner is not built yet.')),
    cancel: () => undefined,
  };
}
