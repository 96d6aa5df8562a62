/** A command-line mistake: the CLI prints it as `aws: error: …` and exits 252. */
export class CliUsageError extends Error {
  /** LakeLab's own hint lines (did you mean …?), printed after the CLI's message. */
  readonly hints: string[];
  /** Lines the CLI prints after the error (e.g. the valid choices). */
  readonly details: string[];

  constructor(message: string, options: { hints?: string[]; details?: string[] } = {}) {
    super(message);
    this.name = 'CliUsageError';
    this.hints = options.hints ?? [];
    this.details = options.details ?? [];
  }
}

export function isCliUsageError(error: unknown): error is CliUsageError {
  return error instanceof CliUsageError;
}
