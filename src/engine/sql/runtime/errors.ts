import type { SqlRunError } from '../runner';

/** A failure with an Athena error name; crosses the worker boundary as `{ errorType, message }`. */
export class SqlFailure extends Error implements SqlRunError {
  constructor(
    readonly errorType: string,
    message: string,
  ) {
    super(message);
    this.name = 'SqlFailure';
  }
}

export function isSqlRunError(error: unknown): error is SqlRunError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as SqlRunError).errorType === 'string' &&
    typeof (error as SqlRunError).message === 'string'
  );
}

/** SQLite's own failures keep their message; the Athena service maps them onto Athena errors. */
export function asSqlRunError(error: unknown): SqlFailure {
  if (error instanceof SqlFailure) return error;
  if (isSqlRunError(error)) return new SqlFailure(error.errorType, error.message);
  return new SqlFailure('SQLITE_ERROR', error instanceof Error ? error.message : String(error));
}

export const cancelled = (id: string): SqlFailure =>
  new SqlFailure('USER_CANCELLED', `Query ${id} was cancelled.`);
