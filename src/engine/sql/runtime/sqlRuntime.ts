import type { SqlRunRequest, SqlRunResult, SqlTableInput } from '../runner';
import { timestampFromMillis } from './convert';
import { cancelled } from './errors';
import { executeQuery } from './execute';
import { materialiseTable, tableFingerprint } from './materialise';
import { SandboxCache } from './sandboxCache';
import type { SqlJsLoader } from './sqlJs';

export interface SqlRuntimeOptions {
  loadSqlJs: SqlJsLoader;
  /** Budget for all cached sandbox databases together (approximate bytes). */
  maxCacheBytes?: number;
}

export const DEFAULT_CACHE_BYTES = 256 * 1024 * 1024;

/** Runs requests one at a time on cached per-sandbox sql.js databases. */
export interface SqlRuntime {
  run(request: SqlRunRequest, isCancelled?: () => boolean): Promise<SqlRunResult>;
  /** The tables of a request (bytes not needed) that are not cached as they are now. */
  tablesToDecode(request: Pick<SqlRunRequest, 'sandboxKey' | 'tables'>): Promise<string[]>;
  /** Sandbox keys held, least recently used first (for tests and diagnostics). */
  sandboxKeys(): Promise<string[]>;
}

export function createSqlRuntime(options: SqlRuntimeOptions): SqlRuntime {
  let cache: Promise<SandboxCache> | undefined;
  const openCache = () =>
    (cache ??= options
      .loadSqlJs()
      .then((sql) => new SandboxCache(sql, options.maxCacheBytes ?? DEFAULT_CACHE_BYTES)));
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  const staleTables = (store: SandboxCache, sandboxKey: string, tables: SqlTableInput[]) => {
    const sandbox = store.open(sandboxKey);
    return tables.filter(
      (table) => sandbox.tables.get(table.sqliteName) !== tableFingerprint(table),
    );
  };

  const runNow = async (request: SqlRunRequest, isCancelled: () => boolean) => {
    const store = await openCache();
    if (isCancelled()) throw cancelled(request.id);
    const sandbox = store.open(request.sandboxKey);
    let filesDecoded = 0;
    for (const table of staleTables(store, request.sandboxKey, request.tables)) {
      filesDecoded += await materialiseTable(sandbox.db, table);
      sandbox.tables.set(table.sqliteName, tableFingerprint(table));
      if (isCancelled()) throw cancelled(request.id);
    }
    const now = request.nowMs === undefined ? null : timestampFromMillis(request.nowMs);
    sandbox.db.create_function('lakelab_now', () => now);
    try {
      return { ...executeQuery(sandbox.db, request.sql, request.resultCsv), filesDecoded };
    } finally {
      store.settle(request.sandboxKey);
    }
  };

  return {
    run: (request, isCancelled = () => false) => serially(() => runNow(request, isCancelled)),
    tablesToDecode: (request) =>
      serially(async () =>
        staleTables(await openCache(), request.sandboxKey, request.tables).map((t) => t.sqliteName),
      ),
    sandboxKeys: () => serially(async () => (await openCache()).sandboxKeys()),
  };
}
