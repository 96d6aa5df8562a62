import type {
  DeleteObjectOutput,
  DeleteObjectRequest,
  DeleteObjectsOutput,
  DeleteObjectsRequest,
  DeletedObject,
  _Error,
} from '@aws-sdk/client-s3';
import { AwsError } from '../core/errors';
import { s3ObjectArn } from '../core/ids';
import type { OperationDef } from '../core/operations';
import { bucketOf } from './buckets';
import { checkKey, removeObject } from './objectHelpers';

export const DeleteObject: OperationDef<DeleteObjectRequest, DeleteObjectOutput> = {
  authorize: (input) => [
    { action: 's3:DeleteObject', resource: s3ObjectArn(input.Bucket ?? '', input.Key ?? '') },
  ],
  run(input, ctx) {
    const bucket = bucketOf(ctx, input.Bucket);
    // S3: deleting a key that does not exist succeeds (204) in an unversioned bucket.
    removeObject(ctx, bucket, checkKey(input.Key));
    return {};
  },
};

/** S3: DeleteObjects takes at most 1,000 keys per request. */
const MAX_KEYS_PER_DELETE = 1000;

export const DeleteObjects: OperationDef<DeleteObjectsRequest, DeleteObjectsOutput> = {
  // S3: DeleteObjects checks s3:DeleteObject for each key and reports denied keys in Errors, not as a failed request.
  authorize: () => [],
  run(input, ctx) {
    const bucket = bucketOf(ctx, input.Bucket);
    const keys = input.Delete?.Objects ?? [];
    if (keys.length === 0 || keys.length > MAX_KEYS_PER_DELETE)
      throw new AwsError(
        'MalformedXML',
        `The XML you provided was not well-formed or did not validate against our published schema: Delete.Objects must list 1 to 1,000 keys (got ${keys.length}).`,
      );
    const deleted: DeletedObject[] = [];
    const errors: _Error[] = [];
    for (const { Key: key = '' } of keys) {
      if (!ctx.isAllowed({ action: 's3:DeleteObject', resource: s3ObjectArn(bucket.Name, key) })) {
        errors.push({ Key: key, Code: 'AccessDenied', Message: 'Access Denied' });
        continue;
      }
      removeObject(ctx, bucket, key);
      deleted.push({ Key: key });
    }
    // S3: in quiet mode the response lists only the keys that failed.
    return {
      ...(input.Delete?.Quiet || deleted.length === 0 ? {} : { Deleted: deleted }),
      ...(errors.length > 0 ? { Errors: errors } : {}),
    };
  },
};
