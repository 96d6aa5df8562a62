import type { SqlRunner, SqlRunRequest, SqlRunResult, SqlValue } from '../engine/sql/runner';
import { cancelled, SqlFailure } from '../engine/sql/runtime/errors';
import {
  type SqlWorkerRequest,
  type SqlWorkerResponse,
  withoutBytes,
} from '../engine/sql/runtime/workerProtocol';

interface Job {
  request: SqlRunRequest;
  resolve: (result: SqlRunResult) => void;
  reject: (error: Error) => void;
  rows: SqlValue[][];
}

/** A copy the worker may own: S3 objects' bytes belong to the world and must never be detached. */
function bytesOf(request: SqlRunRequest, tables: string[]) {
  const bytes: Record<string, Uint8Array[]> = {};
  const transfer: Transferable[] = [];
  for (const table of request.tables) {
    if (!tables.includes(table.sqliteName)) continue;
    bytes[table.sqliteName] = table.files.map((file) => {
      const copy = file.bytes.slice();
      transfer.push(copy.buffer);
      return copy;
    });
  }
  return { bytes, transfer };
}

/**
 * Runs Athena's SQL in a module worker (spawned on the first run), one query at a time. Object
 * bytes cross only for tables the worker has not cached as they are. `cancel` of the running
 * query terminates the worker (the only way to stop a sql.js statement); the next run starts a
 * fresh one, with an empty cache.
 */
export function createWorkerSqlRunner(): SqlRunner {
  let worker: Worker | undefined;
  let active: Job | undefined;
  const queue: Job[] = [];

  const post = (message: SqlWorkerRequest, transfer: Transferable[] = []) =>
    worker?.postMessage(message, { transfer });

  const finish = (settle: (job: Job) => void) => {
    const job = active;
    active = undefined;
    if (job) settle(job);
    pump();
  };

  const handle = (message: SqlWorkerResponse) => {
    const job = active;
    if (!job || message.id !== job.request.id) return;
    switch (message.type) {
      case 'need': {
        const { bytes, transfer } = bytesOf(job.request, message.tables);
        post({ type: 'bytes', id: message.id, bytes }, transfer);
        return;
      }
      case 'rows':
        for (const row of message.rows) job.rows.push(row);
        return;
      case 'result':
        return finish((done) =>
          done.resolve({
            columns: message.columns,
            rows: done.rows,
            filesDecoded: message.filesDecoded,
            ...(message.csv
              ? { csv: message.csv, csvMd5: message.csvMd5 ?? '', rowCount: message.rowCount ?? 0 }
              : {}),
          }),
        );
      case 'error':
        return finish((done) => done.reject(new SqlFailure(message.errorType, message.message)));
      case 'crash':
        return finish((done) => {
          const error = new Error(message.message);
          error.name = message.name;
          done.reject(error);
        });
    }
  };

  const stopWorker = () => {
    worker?.terminate();
    worker = undefined;
  };

  const spawn = (): Worker => {
    const created = new Worker(new URL('./sqlWorker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<SqlWorkerResponse>) =>
      handle(event.data),
    );
    created.addEventListener('error', (event) => {
      stopWorker();
      finish((job) =>
        job.reject(new Error(`The SQL worker stopped: ${event.message || 'it could not start'}.`)),
      );
    });
    return created;
  };

  function pump(): void {
    if (active || queue.length === 0) return;
    active = queue.shift()!;
    worker ??= spawn();
    post({ type: 'run', request: withoutBytes(active.request) });
  }

  return {
    run: (request) =>
      new Promise<SqlRunResult>((resolve, reject) => {
        queue.push({ request, resolve, reject, rows: [] });
        pump();
      }),
    cancel: (id) => {
      if (active?.request.id === id) {
        stopWorker();
        finish((job) => job.reject(cancelled(id)));
        return;
      }
      const index = queue.findIndex((job) => job.request.id === id);
      if (index >= 0) queue.splice(index, 1)[0]!.reject(cancelled(id));
    },
  };
}
