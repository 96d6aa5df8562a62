import { AwsError } from '../core/errors';

export const noSuchBucket = (bucket: string) =>
  new AwsError('NoSuchBucket', 'The specified bucket does not exist', {
    statusCode: 404,
    resource: bucket,
  });

export const noSuchKey = (key: string) =>
  new AwsError('NoSuchKey', 'The specified key does not exist.', {
    statusCode: 404,
    resource: key,
  });
