import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import type { SqlRunRequest } from '../engine/sql/runner';
import { isSqlRunError } from '../engine/sql/runtime/errors';
import { createSqlRuntime } from '../engine/sql/runtime/sqlRuntime';
import {
  ROWS_PER_MESSAGE,
  type SqlWorkerRequest,
  type SqlWorkerResponse,
  withBytes,
} from '../engine/sql/runtime/workerProtocol';

interface WorkerScope {
  postMessage(message: SqlWorkerResponse): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<SqlWorkerRequest>) => void,
  ): void;
}

const scope = self as unknown as WorkerScope;
const runtime = createSqlRuntime({ loadSqlJs: () => initSqlJs({ locateFile: () => wasmUrl }) });
/** Runs waiting for the bytes of the tables the worker asked for. */
const waiting = new Map<string, SqlRunRequest>();

function report(id: string, error: unknown): void {
  if (isSqlRunError(error))
    scope.postMessage({ type: 'error', id, errorType: error.errorType, message: error.message });
  else {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    scope.postMessage({ type: 'crash', id, name, message });
  }
}

async function run(request: SqlRunRequest): Promise<void> {
  const result = await runtime.run(request);
  for (let at = 0; at < result.rows.length; at += ROWS_PER_MESSAGE)
    scope.postMessage({
      type: 'rows',
      id: request.id,
      rows: result.rows.slice(at, at + ROWS_PER_MESSAGE),
    });
  const message: SqlWorkerResponse = {
    type: 'result',
    id: request.id,
    columns: result.columns,
    filesDecoded: result.filesDecoded,
    ...(result.csv
      ? { csv: result.csv, csvMd5: result.csvMd5 ?? '', rowCount: result.rowCount ?? 0 }
      : {}),
  };
  (scope.postMessage as (message: SqlWorkerResponse, transfer?: Transferable[]) => void)(
    message,
    result.csv ? [result.csv.buffer] : [],
  );
}

/** Runs at once when every table is cached as it is; otherwise asks for the bytes of the others. */
async function plan(request: SqlRunRequest): Promise<void> {
  const tables = await runtime.tablesToDecode(request);
  const needBytes = tables.filter((name) =>
    request.tables.some((table) => table.sqliteName === name && table.files.length > 0),
  );
  if (needBytes.length === 0) return run(request);
  waiting.set(request.id, request);
  scope.postMessage({ type: 'need', id: request.id, tables: needBytes });
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'run') {
    plan(message.request).catch((error: unknown) => report(message.request.id, error));
    return;
  }
  const request = waiting.get(message.id);
  waiting.delete(message.id);
  if (request)
    run(withBytes(request, message.bytes)).catch((error: unknown) => report(message.id, error));
});
