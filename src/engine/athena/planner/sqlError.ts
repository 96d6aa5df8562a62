import { AthenaQueryError } from '../queryError';

interface DetailedError {
  detail: { errorType: string; message: string; line: number; column: number };
}

const hasDetail = (error: unknown): error is DetailedError =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as Partial<DetailedError>).detail?.errorType === 'string';

/** The translator's and DDL parser's exceptions (line/column detail) as a query failure. */
export function sqlError(error: unknown): unknown {
  if (error instanceof AthenaQueryError) return error;
  if (hasDetail(error)) {
    const { errorType, message, line, column } = error.detail;
    // Runtime errors (a bad cast…) carry no position: line 0 means none to print.
    const located =
      /^line \d+:\d+:/.test(message) || line <= 0 ? message : `line ${line}:${column}: ${message}`;
    return new AthenaQueryError(errorType, located);
  }
  return error;
}

/** Runs a parser or translator step, turning its exceptions into query failures. */
export function withSqlErrors<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw sqlError(error);
  }
}
