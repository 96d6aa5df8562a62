import { isAwsError } from '../core/errors';
import type { OperationContext } from '../core/operations';
import type { StoredLocation } from './state';

/** S3 user metadata where DataSync keeps a file's modification time (LakeLab's key name). */
export const MTIME_METADATA = 'file-mtime';

/** Why an execution ended in ERROR: Result.ErrorCode and ErrorDetail. */
export class ExecutionFailure extends Error {
  constructor(
    readonly code: string,
    detail: string,
  ) {
    super(detail);
  }
}

export const keyOf = (destination: StoredLocation, name: string) =>
  `${destination.Subdirectory}${name}`;

/** The role DataSync acts as; never the caller's own identity (event handlers run as the admin). */
export function roleOf(destination: StoredLocation): string {
  if (!destination.BucketAccessRoleArn)
    throw new ExecutionFailure('InvalidLocation', 'The S3 location has no bucket access role.');
  return destination.BucketAccessRoleArn;
}

/** Sends a request to S3 as the destination location's role; denials become the execution's error. */
export async function asRole<O>(
  ctx: OperationContext,
  destination: StoredLocation,
  op: string,
  input: object,
): Promise<O> {
  try {
    return await ctx.call<O>('s3', op, input, { principal: roleOf(destination) });
  } catch (error) {
    if (!isAwsError(error)) throw error;
    throw new ExecutionFailure(
      error.name,
      `DataSync could not ${op} on s3://${destination.bucket}/ as ${destination.BucketAccessRoleArn}: ${error.message}`,
    );
  }
}

/** The destination object's size and DataSync mtime, or undefined when there is none. */
export async function headOrMissing(
  ctx: OperationContext,
  destination: StoredLocation,
  name: string,
) {
  try {
    const head = await ctx.call<{ ContentLength?: number; Metadata?: Record<string, string> }>(
      's3',
      'HeadObject',
      { Bucket: destination.bucket, Key: keyOf(destination, name) },
      { principal: roleOf(destination) },
    );
    return { size: head.ContentLength ?? -1, mtime: head.Metadata?.[MTIME_METADATA] };
  } catch (error) {
    if (isAwsError(error) && (error.name === 'NotFound' || error.name === 'NoSuchKey'))
      return undefined;
    if (!isAwsError(error)) throw error;
    throw new ExecutionFailure(
      error.name,
      `DataSync could not read s3://${destination.bucket}/${keyOf(destination, name)} as ${destination.BucketAccessRoleArn}: ${error.message}`,
    );
  }
}

/** Destination objects under the location's prefix that the source no longer has. */
export async function extraKeys(
  ctx: OperationContext,
  destination: StoredLocation,
  names: Set<string>,
): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await asRole<{ Contents?: { Key?: string }[]; NextContinuationToken?: string }>(
      ctx,
      destination,
      'ListObjectsV2',
      {
        Bucket: destination.bucket,
        Prefix: destination.Subdirectory,
        ...(token ? { ContinuationToken: token } : {}),
      },
    );
    for (const { Key } of page.Contents ?? [])
      if (Key && !names.has(Key.slice(destination.Subdirectory.length))) keys.push(Key);
    token = page.NextContinuationToken;
  } while (token);
  return keys;
}
