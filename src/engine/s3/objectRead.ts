import type {
  GetObjectOutput,
  GetObjectRequest,
  HeadObjectOutput,
  HeadObjectRequest,
} from '@aws-sdk/client-s3';
import { AwsError, isAwsError } from '../core/errors';
import { s3ObjectArn } from '../core/ids';
import type { OperationContext, OperationDef } from '../core/operations';
import { bucketOf } from './buckets';
import { chargeRequest, chargeRetrieval } from './charges';
import { encryptionFields } from './encryption';
import { objectEtag } from './etag';
import { objectOf } from './objectHelpers';
import type { S3StoredObject } from './state';
import { storageClassInfo } from './storageClasses';

const onObject = (action: string) => (input: { Bucket?: string; Key?: string }) => [
  { action, resource: s3ObjectArn(input.Bucket ?? '', input.Key ?? '') },
];

/**
 * An HTTP byte range (RFC 9110): `bytes=a-b`, `bytes=a-` or `bytes=-n`, clamped to the object.
 * A range S3 cannot parse is ignored (the whole object); one that starts past the end is InvalidRange (416).
 */
export function parseRange(
  range: string | undefined,
  size: number,
): { start: number; end: number } | undefined {
  if (range === undefined) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const unsatisfiable = () =>
    new AwsError(
      'InvalidRange',
      `The requested range is not satisfiable: ${range} of an object of ${size} bytes.`,
      { statusCode: 416 },
    );
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) throw unsatisfiable();
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (match[2] !== '' && Number(match[2]) < start) return undefined;
  if (start >= size) throw unsatisfiable();
  return { start, end };
}

/** The metadata GetObject and HeadObject share. */
function objectHeaders(object: S3StoredObject): HeadObjectOutput {
  return {
    AcceptRanges: 'bytes',
    LastModified: new Date(object.LastModified),
    ContentLength: object.Body.byteLength,
    ETag: objectEtag(object),
    ...(object.ContentType !== undefined ? { ContentType: object.ContentType } : {}),
    ...(object.ContentEncoding !== undefined ? { ContentEncoding: object.ContentEncoding } : {}),
    Metadata: { ...object.Metadata },
    ...encryptionFields(object),
    // S3 omits x-amz-storage-class for STANDARD objects.
    ...(object.StorageClass !== 'STANDARD' ? { StorageClass: object.StorageClass } : {}),
    ...(Object.keys(object.Tags).length > 0 ? { TagCount: Object.keys(object.Tags).length } : {}),
  };
}

// S3: Glacier Flexible Retrieval and Deep Archive objects must be restored before they can be read.
function checkReadable(object: S3StoredObject): void {
  if (!storageClassInfo(object.StorageClass).isInstantAccess)
    throw new AwsError(
      'InvalidObjectState',
      `The operation is not valid for the object's storage class: ${object.Key} is in ${object.StorageClass}; restore it (RestoreObject) before reading it.`,
      { statusCode: 403, resource: object.Key },
    );
}

// S3 Intelligent-Tiering: an object read from the Infrequent or Archive Instant tier moves back to Frequent.
function recordAccess(ctx: OperationContext, object: S3StoredObject): void {
  object.lastAccessed = ctx.now;
  if (object.StorageClass === 'INTELLIGENT_TIERING') object.accessTier = 'FREQUENT';
}

type GetOutput = Omit<GetObjectOutput, 'Body'> & { Body: Uint8Array };

export const GetObject: OperationDef<GetObjectRequest, GetOutput> = {
  authorize: onObject('s3:GetObject'),
  run(input, ctx) {
    const object = objectOf(bucketOf(ctx, input.Bucket), input.Key);
    checkReadable(object);
    const size = object.Body.byteLength;
    const range = parseRange(input.Range, size);
    const body = range ? object.Body.subarray(range.start, range.end + 1) : object.Body;
    chargeRequest(ctx.charge, 'get', object.StorageClass);
    chargeRetrieval(ctx.charge, object, body.byteLength);
    recordAccess(ctx, object);
    return {
      ...objectHeaders(object),
      ContentLength: body.byteLength,
      ...(range ? { ContentRange: `bytes ${range.start}-${range.end}/${size}` } : {}),
      Body: body,
    };
  },
};

export const HeadObject: OperationDef<HeadObjectRequest, HeadObjectOutput> = {
  // S3: HeadObject needs s3:GetObject.
  authorize: onObject('s3:GetObject'),
  run(input, ctx) {
    try {
      const object = objectOf(bucketOf(ctx, input.Bucket), input.Key);
      chargeRequest(ctx.charge, 'get', object.StorageClass);
      return objectHeaders(object);
    } catch (error) {
      // A HEAD response has no body, so the SDK can only name the status: 404 is NotFound.
      if (isAwsError(error) && error.statusCode === 404)
        throw new AwsError('NotFound', error.message, {
          statusCode: 404,
          resource: input.Key ?? '',
        });
      throw error;
    }
  },
};
