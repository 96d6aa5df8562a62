import { AwsError } from '../core/errors';

// IAM error codes and HTTP statuses as the IAM API reference lists them (CommonErrors and per-operation Errors).
export const noSuchEntity = (message: string) =>
  new AwsError('NoSuchEntity', message, { statusCode: 404 });
export const entityAlreadyExists = (message: string) =>
  new AwsError('EntityAlreadyExists', message, { statusCode: 409 });
export const limitExceeded = (message: string) =>
  new AwsError('LimitExceeded', message, { statusCode: 409 });
export const deleteConflict = (message: string) =>
  new AwsError('DeleteConflict', message, { statusCode: 409 });
export const malformedPolicy = (message: string) =>
  new AwsError('MalformedPolicyDocument', message);
export const iamValidationError = (message: string) => new AwsError('ValidationError', message);
export const invalidInput = (message: string) => new AwsError('InvalidInput', message);
