/**
 * The error a DDL/utility statement fails with. `src/engine/sql/dialect` will own Athena's
 * SQL exception; until the lead unifies the two, this class keeps the same `detail` shape.
 */
export interface DdlError {
  /** Athena's error name: SYNTAX_ERROR, NOT_SUPPORTED, TABLE_NOT_FOUND, SCHEMA_NOT_FOUND, ALREADY_EXISTS… */
  errorType: string;
  message: string;
  line: number;
  column: number;
}

export class AthenaDdlException extends Error {
  constructor(public readonly detail: DdlError) {
    super(detail.message);
    this.name = detail.errorType;
  }
}

/** Where a statement part starts, 1-based as Athena reports it (`line 1:15`). */
export interface SourcePosition {
  line: number;
  column: number;
}

export const START: SourcePosition = { line: 1, column: 1 };

export function ddlError(
  errorType: string,
  message: string,
  at: SourcePosition = START,
): AthenaDdlException {
  return new AthenaDdlException({ errorType, message, line: at.line, column: at.column });
}

/** Athena prefixes syntax errors with their position: `line 1:8: mismatched input …`. */
export function syntaxError(message: string, at: SourcePosition): AthenaDdlException {
  return ddlError('SYNTAX_ERROR', `line ${at.line}:${at.column}: ${message}`, at);
}

export function isDdlException(error: unknown): error is AthenaDdlException {
  return error instanceof AthenaDdlException;
}
