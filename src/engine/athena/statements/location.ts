import type { ListObjectsV2Output } from '@aws-sdk/client-s3';
import { isAwsError } from '../../core/errors';
import { ddlError, type SourcePosition } from '../../sql/ddl';
import type { StatementEnv } from './env';

export interface S3Location {
  bucket: string;
  /** The key prefix, ending in `/` unless empty (the bucket root). */
  prefix: string;
}

export function parseS3Location(uri: string, at?: SourcePosition): S3Location {
  const match = /^s3a?n?:\/\/([^/]+)\/?(.*)$/i.exec(uri.trim());
  if (!match)
    throw ddlError(
      'INVALID_TABLE_PROPERTY',
      `Invalid location '${uri}': the location must be an s3:// URI.`,
      at,
    );
  const rest = match[2] ?? '';
  return { bucket: match[1] ?? '', prefix: rest === '' || rest.endsWith('/') ? rest : `${rest}/` };
}

export const locationUri = (location: S3Location) => `s3://${location.bucket}/${location.prefix}`;

/**
 * Athena: LOCATION names a folder, `s3://bucket/folder/`; file names, wildcards and glob patterns
 * are not allowed (create-table.md, "LOCATION"). A missing trailing slash is added.
 */
export function checkFolderLocation(uri: string, at?: SourcePosition): string {
  const location = parseS3Location(uri, at);
  if (/[*?[\]{}]/.test(uri))
    throw ddlError(
      'INVALID_TABLE_PROPERTY',
      `Invalid location '${uri}': use a folder, not a wildcard or glob pattern.`,
      at,
    );
  const last = location.prefix.replace(/\/$/, '').split('/').pop() ?? '';
  if (
    !uri.endsWith('/') &&
    /\.(csv|tsv|txt|json|jsonl|parquet|orc|avro|gz|snappy|zst|bz2)$/i.test(last)
  )
    throw ddlError(
      'INVALID_TABLE_PROPERTY',
      `Invalid location '${uri}': LOCATION must be a folder (s3://bucket/folder/), not a file.`,
      at,
    );
  return locationUri(location);
}

/** Every key under a location, as the caller lists it (s3:ListBucket applies). */
export async function listKeys(
  env: StatementEnv,
  location: S3Location,
): Promise<{ key: string; size: number }[]> {
  const keys: { key: string; size: number }[] = [];
  let ContinuationToken: string | undefined;
  do {
    let page: ListObjectsV2Output;
    try {
      page = await env.ctx.call<ListObjectsV2Output>('s3', 'ListObjectsV2', {
        Bucket: location.bucket,
        Prefix: location.prefix,
        ...(ContinuationToken ? { ContinuationToken } : {}),
      });
    } catch (error) {
      if (isAwsError(error) && error.name === 'AccessDenied')
        throw ddlError(
          'PERMISSION_DENIED',
          `Access denied when listing ${locationUri(location)}: ${error.message}`,
        );
      if (isAwsError(error) && error.name === 'NoSuchBucket')
        throw ddlError('INVALID_TABLE_PROPERTY', `The bucket ${location.bucket} does not exist.`);
      throw error;
    }
    for (const object of page.Contents ?? [])
      keys.push({ key: object.Key ?? '', size: object.Size ?? 0 });
    ContinuationToken = page.NextContinuationToken;
  } while (ContinuationToken);
  return keys;
}

export async function putObject(
  env: StatementEnv,
  bucket: string,
  key: string,
  body: Uint8Array,
): Promise<void> {
  try {
    await env.ctx.call('s3', 'PutObject', { Bucket: bucket, Key: key, Body: body });
  } catch (error) {
    if (isAwsError(error) && error.name === 'AccessDenied')
      throw ddlError(
        'PERMISSION_DENIED',
        `Access denied when writing s3://${bucket}/${key}: ${error.message}`,
      );
    throw error;
  }
}
