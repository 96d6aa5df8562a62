import type { OperationContext } from '../../core/operations';
import { isAwsError } from '../../core/errors';
import { parseS3Uri } from '../access';
import { objectEtag } from '../../s3/etag';
import { AthenaQueryError } from '../queryError';

export interface ReadFile {
  bucket: string;
  key: string;
  etag: string;
  size: number;
  bytes: Uint8Array;
}

interface Listed {
  Key?: string;
  Size?: number;
  ETag?: string;
  StorageClass?: string;
}

/** Athena skips these objects: hidden files (`_`, `.`), folder markers, and archived storage classes. */
function skipped(key: string, prefix: string, storageClass: string | undefined): boolean {
  const name = key.slice(key.lastIndexOf('/') + 1);
  // Files whose names begin with "_" or "." are ignored (athena/latest/ug/tables-location-format.html).
  if (name === '' || name.startsWith('_') || name.startsWith('.') || key.endsWith('_$folder$'))
    return true;
  // Relative path segments starting with "_" or "." (e.g. _temporary/) are hidden too.
  if (
    key
      .slice(prefix.length)
      .split('/')
      .slice(0, -1)
      .some((s) => s.startsWith('_') || s.startsWith('.'))
  )
    return true;
  // Objects in S3 Glacier Flexible Retrieval and Deep Archive are ignored (querying-glacier.html).
  return storageClass === 'GLACIER' || storageClass === 'DEEP_ARCHIVE';
}

function permissionDenied(uri: string, database: string): AthenaQueryError {
  return new AthenaQueryError(
    'PERMISSION_DENIED',
    `Permission denied on S3 path: ${uri}. This query ran against the "${database}" database, unless qualified by the query.`,
  );
}

/**
 * With credentials Lake Formation vends for a registered location, Athena reads S3 as Lake
 * Formation's role, not as the caller (access-control-underlying-data.html): no caller IAM check.
 */
function readWithVendedCredentials(
  ctx: OperationContext,
  bucket: string,
  prefix: string,
): ReadFile[] {
  const stored = ctx.world.s3.buckets[bucket];
  if (!stored)
    throw new AthenaQueryError('HIVE_INVALID_LOCATION', `The bucket "${bucket}" does not exist.`);
  return Object.values(stored.objects)
    .filter((o) => o.Key.startsWith(prefix) && !skipped(o.Key, prefix, o.StorageClass))
    .sort((a, b) => (a.Key < b.Key ? -1 : 1))
    .map((o) => ({ bucket, key: o.Key, etag: objectEtag(o), size: o.Body.length, bytes: o.Body }));
}

/** Every object Athena reads under a location (recursively), listed and read as the caller. */
export async function readLocation(
  ctx: OperationContext,
  location: string,
  database: string,
  vendedCredentials = false,
): Promise<ReadFile[]> {
  const { bucket, key } = parseS3Uri(location, 'The table location');
  const prefix = key === '' || key.endsWith('/') ? key : `${key}/`;
  if (vendedCredentials) return readWithVendedCredentials(ctx, bucket, prefix);
  const listed: Listed[] = [];
  let token: string | undefined;
  try {
    do {
      const page = await ctx.call<{ Contents?: Listed[]; NextContinuationToken?: string }>(
        's3',
        'ListObjectsV2',
        { Bucket: bucket, Prefix: prefix, ...(token ? { ContinuationToken: token } : {}) },
      );
      listed.push(...(page.Contents ?? []));
      token = page.NextContinuationToken;
    } while (token);
  } catch (error) {
    if (isAwsError(error) && error.name === 'NoSuchBucket')
      throw new AthenaQueryError(
        'HIVE_INVALID_LOCATION',
        `The bucket "${bucket}" of location ${location} does not exist.`,
      );
    if (isAwsError(error)) throw permissionDenied(location, database);
    throw error;
  }
  const files: ReadFile[] = [];
  for (const object of listed) {
    const objectKey = object.Key ?? '';
    if (skipped(objectKey, prefix, object.StorageClass)) continue;
    try {
      const read = await ctx.call<{ Body: Uint8Array; ETag?: string }>('s3', 'GetObject', {
        Bucket: bucket,
        Key: objectKey,
      });
      files.push({
        bucket,
        key: objectKey,
        etag: read.ETag ?? object.ETag ?? '',
        size: read.Body.length,
        bytes: read.Body,
      });
    } catch (error) {
      if (isAwsError(error)) throw permissionDenied(`s3://${bucket}/${objectKey}`, database);
      throw error;
    }
  }
  return files;
}
