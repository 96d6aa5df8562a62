/** Athena query errors: the error type Athena prints first, then `line L:C: message`. */
export type AthenaErrorType =
  | 'SYNTAX_ERROR'
  | 'NOT_SUPPORTED'
  | 'TABLE_NOT_FOUND'
  | 'COLUMN_NOT_FOUND'
  | 'SCHEMA_NOT_FOUND'
  | 'INVALID_FUNCTION_ARGUMENT'
  | 'FUNCTION_NOT_FOUND'
  | 'TYPE_MISMATCH'
  | 'AMBIGUOUS_NAME'
  | 'INVALID_LITERAL'
  | 'INVALID_CAST_ARGUMENT'
  | 'DIVISION_BY_ZERO'
  | 'GENERIC_INTERNAL_ERROR';

export interface AthenaSqlError {
  errorType: AthenaErrorType;
  message: string;
  line: number;
  column: number;
}

export class AthenaSqlException extends Error {
  public readonly detail: AthenaSqlError;
  constructor(detail: AthenaSqlError) {
    super(formatAthenaError(detail));
    this.name = detail.errorType;
    this.detail = detail;
  }
}

/** A position in the original SQL text (1-based, as Trino prints `line 1:8:`). */
export interface SqlPos {
  line: number;
  column: number;
}

export function sqlError(
  errorType: AthenaErrorType,
  pos: SqlPos,
  message: string,
): AthenaSqlException {
  return new AthenaSqlException({ errorType, message, line: pos.line, column: pos.column });
}

/**
 * Athena prints `ERROR_TYPE: line L:C: message`; COLUMN_NOT_FOUND and TABLE_NOT_FOUND messages
 * carry Lake Formation's "or requester is not authorized" wording in Athena's console.
 */
export function formatAthenaError(e: AthenaSqlError): string {
  const where = e.line > 0 ? `line ${e.line}:${e.column}: ` : '';
  return `${e.errorType}: ${where}${e.message}`;
}

export function columnNotFound(pos: SqlPos, name: string): AthenaSqlException {
  return sqlError(
    'COLUMN_NOT_FOUND',
    pos,
    `Column '${name}' cannot be resolved or requester is not authorized to access requested resources`,
  );
}

export function functionNotFound(pos: SqlPos, name: string): AthenaSqlException {
  return sqlError('FUNCTION_NOT_FOUND', pos, `Function '${name}' not registered`);
}
