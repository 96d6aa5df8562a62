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
