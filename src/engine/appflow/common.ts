import { AwsError } from '../core/errors';

/** AppFlow's input errors (API Common Errors: ValidationException, HTTP 400). */
export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message);
}

export function notFound(message: string): AwsError {
  return new AwsError('ResourceNotFoundException', message, { statusCode: 404 });
}

export function conflict(message: string): AwsError {
  return new AwsError('ConflictException', message, { statusCode: 409 });
}

/** A UUID-shaped id from a counter, so runs are deterministic. */
export function uuidFrom(n: number, salt: number): string {
  const hex = (n * 2654435761 + salt).toString(16).padStart(12, '0').slice(-12);
  return `${(salt >>> 0).toString(16).padStart(8, '0').slice(-8)}-${n.toString(16).padStart(4, '0').slice(-4)}-4000-8000-${hex}`;
}

/** Paginated AppFlow lists take maxResults 1–100 (default 20) and an opaque nextToken (API_ListFlows). */
export function pageOf<T>(
  items: T[],
  maxResults: number | undefined,
  nextToken: string | undefined,
): { items: T[]; nextToken?: string } {
  if (
    maxResults !== undefined &&
    (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 100)
  )
    throw validation(
      `1 validation error detected: Value '${maxResults}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 100.`,
    );
  let start = 0;
  if (nextToken !== undefined) {
    const offset = /^lakelab-page-(\d+)$/.exec(nextToken);
    if (!offset) throw validation(`Invalid nextToken: ${nextToken}`);
    start = Number(offset[1]);
  }
  const end = start + (maxResults ?? 20);
  const page = items.slice(start, end);
  return end < items.length ? { items: page, nextToken: `lakelab-page-${end}` } : { items: page };
}

/** A required member that is missing or empty (ValidationException, as every AppFlow operation answers). */
export function required<T>(value: T | undefined | null, member: string): T {
  if (value === undefined || value === null || value === '')
    throw validation(
      `1 validation error detected: Value null at '${member}' failed to satisfy constraint: Member must not be null.`,
    );
  return value;
}
