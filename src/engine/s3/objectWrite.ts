import type {
  CopyObjectOutput,
  CopyObjectRequest,
  PutObjectOutput,
  PutObjectRequest,
} from '@aws-sdk/client-s3';
import { AwsError } from '../core/errors';
import { s3ObjectArn } from '../core/ids';
import type { OperationDef, RequiredAccess } from '../core/operations';
import { bucketOf } from './buckets';
import { chargeRequest } from './charges';
import { encryptionFields, encryptionFor, type ObjectEncryption } from './encryption';
import {
  bodyBytes,
  checkKey,
  checkMetadata,
  checkStorageClass,
  objectOf,
  parseTaggingQuery,
  storeObject,
} from './objectHelpers';
import { objectEtag } from './etag';
import type { S3StoredObject } from './state';
import { storageClassInfo } from './storageClasses';

/** S3: a single PUT uploads at most 5 GB; larger objects need a multipart upload (upload-objects.html). */
export const MAX_SINGLE_PUT_BYTES = 5 * 1024 ** 3;

type PutInput = Omit<PutObjectRequest, 'Body'> & { Body?: Uint8Array | string };

function putAccesses(input: PutInput): RequiredAccess[] {
  const resource = s3ObjectArn(input.Bucket ?? '', input.Key ?? '');
  // S3: PutObject with a Tagging header also needs s3:PutObjectTagging.
  return [
    { action: 's3:PutObject', resource },
    ...(input.Tagging ? [{ action: 's3:PutObjectTagging', resource }] : []),
  ];
}

export const PutObject: OperationDef<PutInput, PutObjectOutput> = {
  authorize: putAccesses,
  run(input, ctx) {
    const bucket = bucketOf(ctx, input.Bucket);
    const key = checkKey(input.Key);
    const body = bodyBytes(input.Body);
    const size = Math.max(body.byteLength, input.ContentLength ?? 0);
    if (size > MAX_SINGLE_PUT_BYTES)
      throw new AwsError(
        'EntityTooLarge',
        `Your proposed upload exceeds the maximum allowed size: ${size} bytes in one PUT, the limit is 5 GB. Use a multipart upload for larger objects.`,
        { resource: key },
      );
    const storageClass = checkStorageClass(input.StorageClass);
    const encryption = encryptionFor(ctx, bucket, input);
    const object: S3StoredObject = {
      Key: key,
      Body: body,
      LastModified: ctx.now,
      ...(input.ContentType !== undefined ? { ContentType: input.ContentType } : {}),
      ...(input.ContentEncoding !== undefined ? { ContentEncoding: input.ContentEncoding } : {}),
      Metadata: checkMetadata(input.Metadata),
      StorageClass: storageClass,
      ...encryption,
      Tags: parseTaggingQuery(input.Tagging),
      ...(storageClass === 'INTELLIGENT_TIERING' ? { accessTier: 'FREQUENT' as const } : {}),
      lastAccessed: ctx.now,
      storageClassSince: ctx.now,
    };
    storeObject(ctx, bucket, object);
    chargeRequest(ctx.charge, 'put', storageClass);
    // Read when asked for (the SDK and the CLI do; Firehose and DMS, writing a month at once, don't).
    return {
      get ETag() {
        return objectEtag(object);
      },
      ...encryptionFields(object),
    };
  },
};

/** CopySource `bucket/key` (URL-encoded, optionally with a leading slash or `?versionId=`). */
export function parseCopySource(source: string | undefined): { bucket: string; key: string } {
  const raw = (source ?? '').replace(/^\//, '').replace(/\?versionId=.*$/, '');
  const slash = raw.indexOf('/');
  if (slash <= 0 || slash === raw.length - 1)
    throw new AwsError(
      'InvalidArgument',
      `Copy Source must mention the source bucket and key: sourcebucket/sourcekey (got "${source ?? ''}").`,
    );
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  return { bucket: decode(raw.slice(0, slash)), key: decode(raw.slice(slash + 1)) };
}

function copyAccesses(input: CopyObjectRequest): RequiredAccess[] {
  const source = parseCopySource(input.CopySource);
  return [
    { action: 's3:GetObject', resource: s3ObjectArn(source.bucket, source.key) },
    { action: 's3:PutObject', resource: s3ObjectArn(input.Bucket ?? '', input.Key ?? '') },
  ];
}

/** S3: copying an object onto itself must change something (metadata, storage class or encryption). */
function isChangingCopy(input: CopyObjectRequest, source: S3StoredObject): boolean {
  return (
    input.MetadataDirective === 'REPLACE' ||
    (input.StorageClass !== undefined && input.StorageClass !== source.StorageClass) ||
    input.ServerSideEncryption !== undefined
  );
}

/** The new object a copy makes: the source's bytes, with metadata and tags copied or replaced as the directives say. */
function copiedObject(
  input: CopyObjectRequest,
  source: S3StoredObject,
  key: string,
  encryption: ObjectEncryption,
  now: number,
): S3StoredObject {
  const replace = input.MetadataDirective === 'REPLACE';
  const contentType = replace ? input.ContentType : source.ContentType;
  const contentEncoding = replace ? input.ContentEncoding : source.ContentEncoding;
  const storageClass = checkStorageClass(input.StorageClass);
  return {
    Key: key,
    Body: source.Body,
    LastModified: now,
    ...(contentType !== undefined ? { ContentType: contentType } : {}),
    ...(contentEncoding !== undefined ? { ContentEncoding: contentEncoding } : {}),
    Metadata: replace ? checkMetadata(input.Metadata) : { ...source.Metadata },
    StorageClass: storageClass,
    ...encryption,
    Tags:
      input.TaggingDirective === 'REPLACE' ? parseTaggingQuery(input.Tagging) : { ...source.Tags },
    ...(storageClass === 'INTELLIGENT_TIERING' ? { accessTier: 'FREQUENT' as const } : {}),
    lastAccessed: now,
    storageClassSince: now,
  };
}

export const CopyObject: OperationDef<CopyObjectRequest, CopyObjectOutput> = {
  authorize: copyAccesses,
  run(input, ctx) {
    const from = parseCopySource(input.CopySource);
    const source = objectOf(bucketOf(ctx, from.bucket), from.key);
    const bucket = bucketOf(ctx, input.Bucket);
    const key = checkKey(input.Key);
    if (from.bucket === bucket.Name && from.key === key && !isChangingCopy(input, source))
      throw new AwsError(
        'InvalidRequest',
        "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
        { resource: key },
      );
    if (!storageClassInfo(source.StorageClass).isInstantAccess)
      throw new AwsError(
        'InvalidObjectState',
        `The source object is in ${source.StorageClass}: restore it before copying.`,
        { statusCode: 403, resource: from.key },
      );
    const copy = copiedObject(input, source, key, encryptionFor(ctx, bucket, input), ctx.now);
    // S3 Intelligent-Tiering: copying an object is an access that moves it back to Frequent.
    if (source.StorageClass === 'INTELLIGENT_TIERING')
      Object.assign(source, { accessTier: 'FREQUENT', lastAccessed: ctx.now });
    storeObject(ctx, bucket, copy);
    chargeRequest(ctx.charge, 'put', copy.StorageClass);
    return {
      CopyObjectResult: { ETag: objectEtag(copy), LastModified: new Date(copy.LastModified) },
      ...encryptionFields(copy),
    };
  },
};
