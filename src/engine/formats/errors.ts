/** A file that cannot be read as what it claims to be; the message names the problem and where. */
export class FormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}

export function isFormatError(error: unknown): error is FormatError {
  return error instanceof FormatError;
}

/** The last segment of an S3 key, for messages ("orders.csv"). */
export function fileNameOf(key: string): string {
  const parts = key.split('/').filter((part) => part !== '');
  return parts[parts.length - 1] ?? key;
}
