/** An AWS service error: `name` is the AWS error code, as the SDK surfaces it. */
export class AwsError extends Error {
  readonly statusCode: number;
  readonly senderFault: boolean;
  /** For S3 and other XML services: the resource the error is about. */
  readonly resource?: string;
  /** More members of a JSON error body (Storage Gateway's `error: { errorCode, errorDetails }`). */
  readonly details?: Record<string, unknown>;

  constructor(
    code: string,
    message: string,
    options: { statusCode?: number; resource?: string; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = code;
    this.statusCode = options.statusCode ?? 400;
    this.senderFault = this.statusCode < 500;
    if (options.resource !== undefined) this.resource = options.resource;
    if (options.details !== undefined) this.details = options.details;
  }
}

export function isAwsError(error: unknown): error is AwsError {
  return error instanceof AwsError;
}

/** The validation error of JSON-protocol services (Glue, Lake Formation, Athena…). */
export function invalidInput(message: string): AwsError {
  return new AwsError('InvalidInputException', message);
}

export function entityNotFound(message: string): AwsError {
  return new AwsError('EntityNotFoundException', message);
}
