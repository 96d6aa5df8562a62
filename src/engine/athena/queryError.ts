/** A query failure as Athena reports it: `<ErrorType>: <message>` in StateChangeReason. */
export class AthenaQueryError extends Error {
  constructor(
    readonly errorType: string,
    message: string,
    /** 1 = system, 2 = user, 3 = other (API_AthenaError). */
    readonly category: 1 | 2 | 3 = 2,
  ) {
    super(message);
    this.name = 'AthenaQueryError';
  }

  get reason(): string {
    return `${this.errorType}: ${this.message}`;
  }
}
