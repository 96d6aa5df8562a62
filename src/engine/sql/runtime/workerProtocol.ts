import type { SqlRunRequest, SqlValue } from '../runner';

/**
 * The SQL worker's messages. A run is posted without object bytes; the worker answers `need`
 * with the tables it has not cached as they are (by fingerprint), and only their bytes follow.
 */
export type SqlWorkerRequest =
  | { type: 'run'; request: SqlRunRequest }
  | { type: 'bytes'; id: string; bytes: Record<string, Uint8Array[]> };

export type SqlWorkerResponse =
  | { type: 'need'; id: string; tables: string[] }
  | { type: 'rows'; id: string; rows: SqlValue[][] }
  | {
      type: 'result';
      id: string;
      columns: string[];
      filesDecoded: number;
      /** Transferred, not copied: the worker built it for this run only. */
      csv?: Uint8Array;
      csvMd5?: string;
      rowCount?: number;
    }
  | { type: 'error'; id: string; errorType: string; message: string }
  /** A bug (not an Athena error): rebuilt on the main thread as a plain Error with this name. */
  | { type: 'crash'; id: string; name: string; message: string };

/** Result rows go back in chunks, so no single message takes the main thread long to receive. */
export const ROWS_PER_MESSAGE = 20_000;

const NO_BYTES = new Uint8Array(0);

/** The request as posted to the worker: every object's bytes left out. */
export function withoutBytes(request: SqlRunRequest): SqlRunRequest {
  return {
    ...request,
    tables: request.tables.map((table) => ({
      ...table,
      files: table.files.map((file) => ({ ...file, bytes: NO_BYTES })),
    })),
  };
}

/** The request with the bytes the worker received put back in, table by table. */
export function withBytes(
  request: SqlRunRequest,
  bytes: Record<string, Uint8Array[]>,
): SqlRunRequest {
  return {
    ...request,
    tables: request.tables.map((table) => {
      const files = bytes[table.sqliteName];
      return files
        ? {
            ...table,
            files: table.files.map((file, i) => ({ ...file, bytes: files[i] ?? NO_BYTES })),
          }
        : table;
    }),
  };
}
