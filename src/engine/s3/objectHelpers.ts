import type { Tag } from '@aws-sdk/client-s3';
import { strToU8 } from 'fflate';
import { AwsError } from '../core/errors';
import type { OperationContext } from '../core/operations';
import { chargeEarlyRemoval } from './charges';
import { noSuchKey } from './errors';
import type { S3Bucket, S3StoredObject } from './state';
import { tallyRemoved, tallyStored } from './storageTally';
import {
  isSimulatedStorageClass,
  S3_STORAGE_CLASSES,
  type S3StorageClassName,
} from './storageClasses';

/** The object, or NoSuchKey. */
export function objectOf(bucket: S3Bucket, key: string | undefined): S3StoredObject {
  const object =
    key !== undefined && Object.hasOwn(bucket.objects, key) ? bucket.objects[key] : undefined;
  if (!object) throw noSuchKey(key ?? '');
  return object;
}

// S3: an object key is at most 1,024 bytes of UTF-8 (object-keys.html).
export function checkKey(key: string | undefined): string {
  if (key === undefined || key === '')
    throw new AwsError(
      'InvalidArgument',
      'An object key is required: name the object, like "raw/orders/2025-01-06.csv".',
    );
  // A UTF-16 code unit is at most 3 bytes of UTF-8: short keys need no encoding to be measured.
  if (key.length * 3 > 1024 && strToU8(key).byteLength > 1024)
    throw new AwsError(
      'KeyTooLongError',
      'Your key is too long: an object key is at most 1,024 bytes of UTF-8.',
    );
  return key;
}

export function checkStorageClass(name: string | undefined): S3StorageClassName {
  if (name === undefined) return 'STANDARD';
  if (!isSimulatedStorageClass(name))
    throw new AwsError(
      'InvalidStorageClass',
      `The storage class you specified is not valid: "${name}". LakeLab simulates ${S3_STORAGE_CLASSES.map((c) => c.name).join(', ')}.`,
    );
  return name;
}

/** The bytes of a PutObject Body: bytes or text (UTF-8). */
export function bodyBytes(body: unknown): Uint8Array {
  if (body === undefined || body === null) return new Uint8Array();
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return strToU8(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body.slice(0));
  throw new AwsError(
    'InvalidArgument',
    'LakeLab takes a PutObject Body as a Uint8Array or a string.',
  );
}

// S3: user-defined metadata is at most 2 KB, counting the UTF-8 bytes of every key and value; keys are stored in lower case.
export function checkMetadata(
  metadata: Record<string, string> | undefined,
): Record<string, string> {
  const result: Record<string, string> = {};
  let size = 0;
  for (const [key, value] of Object.entries(metadata ?? {})) {
    result[key.toLowerCase()] = String(value);
    size += strToU8(key).byteLength + strToU8(String(value)).byteLength;
  }
  if (size > 2048)
    throw new AwsError(
      'MetadataTooLarge',
      `Your metadata headers exceed the maximum allowed metadata size: ${size} bytes of user metadata, the limit is 2 KB.`,
    );
  return result;
}

// S3: an object has at most 10 tags; a key is 1–128 Unicode characters, a value at most 256 (object-tagging.html).
export function checkTags(tags: Tag[]): Record<string, string> {
  if (tags.length > 10)
    throw new AwsError(
      'BadRequest',
      `Object tags cannot be greater than 10: the request has ${tags.length}.`,
    );
  const result: Record<string, string> = {};
  for (const { Key: key = '', Value: value = '' } of tags) {
    if ([...key].length < 1 || [...key].length > 128)
      throw new AwsError(
        'InvalidTag',
        `The TagKey you have provided is invalid: "${key}" must be 1 to 128 characters.`,
      );
    if ([...value].length > 256)
      throw new AwsError(
        'InvalidTag',
        `The TagValue you have provided is invalid: the value of "${key}" is longer than 256 characters.`,
      );
    if (Object.hasOwn(result, key))
      throw new AwsError('InvalidTag', `Cannot provide multiple Tags with the same key: "${key}".`);
    result[key] = value;
  }
  return result;
}

const decodeQueryPart = (part: string) => {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    throw new AwsError(
      'InvalidArgument',
      `The Tagging header is not a valid URL query string near "${part}": write key1=value1&key2=value2.`,
    );
  }
};

/** PutObject's Tagging: a URL query string `k1=v1&k2=v2`. */
export function parseTaggingQuery(query: string | undefined): Record<string, string> {
  if (!query) return {};
  const tags = query
    .split('&')
    .filter((p) => p !== '')
    .map((pair): Tag => {
      const at = pair.indexOf('=');
      return at < 0
        ? { Key: decodeQueryPart(pair), Value: '' }
        : { Key: decodeQueryPart(pair.slice(0, at)), Value: decodeQueryPart(pair.slice(at + 1)) };
    });
  return checkTags(tags);
}

export const tagSetOf = (tags: Record<string, string>): Tag[] =>
  Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));

/** Stores an object under its key; an overwritten object pays any early-deletion charge of its class. */
export function storeObject(ctx: OperationContext, bucket: S3Bucket, object: S3StoredObject): void {
  const previous = Object.hasOwn(bucket.objects, object.Key)
    ? bucket.objects[object.Key]
    : undefined;
  if (previous) chargeEarlyRemoval(ctx.charge, previous, ctx.now);
  bucket.objects[object.Key] = object;
  tallyStored(bucket, previous, object);
}

/** Removes an object (if present), charging any early deletion. */
export function removeObject(ctx: OperationContext, bucket: S3Bucket, key: string): void {
  const previous = Object.hasOwn(bucket.objects, key) ? bucket.objects[key] : undefined;
  if (!previous) return;
  chargeEarlyRemoval(ctx.charge, previous, ctx.now);
  Reflect.deleteProperty(bucket.objects, key);
  tallyRemoved(bucket, previous);
}
