import { AwsError } from '../core/errors';

export const stsValidationError = (message: string) => new AwsError('ValidationError', message);
export const stsAccessDenied = (message: string) =>
  new AwsError('AccessDenied', message, { statusCode: 403 });
