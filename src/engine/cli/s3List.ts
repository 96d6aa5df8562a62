import { isAwsError } from '../core/errors';
import { serviceErrorLine, EXIT_SERVICE_ERROR } from './result';
import { listAll, S3Output, type S3CommandContext } from './s3Context';
import { humanReadableSize, isS3Uri, lsTime, parseS3Uri } from './s3Paths';

/** `aws s3 ls [s3://bucket/prefix]` with --recursive, --human-readable, --summarize. */
export async function s3Ls(paths: string[], ctx: S3CommandContext): Promise<S3Output> {
  const output = new S3Output();
  const path = paths[0];
  try {
    if (path === undefined || path === 's3://') await listBuckets(ctx, output);
    else await listObjects(path, ctx, output);
  } catch (error) {
    if (!isAwsError(error)) throw error;
    output.fail(
      `\n${serviceErrorLine(error, path === undefined ? 'ListBuckets' : 'ListObjectsV2')}`,
      EXIT_SERVICE_ERROR,
    );
  }
  return output;
}

async function listBuckets(ctx: S3CommandContext, output: S3Output): Promise<void> {
  const result = (await ctx.call('s3', 'ListBuckets', {})) as {
    Buckets?: { Name?: string; CreationDate?: unknown }[];
  };
  for (const bucket of result.Buckets ?? [])
    output.out.push(`${lsTime(bucket.CreationDate)} ${bucket.Name ?? ''}`);
}

async function listObjects(path: string, ctx: S3CommandContext, output: S3Output): Promise<void> {
  // Like the CLI, accept the bucket with or without the s3:// scheme.
  const { bucket, key } = parseS3Uri(isS3Uri(path) ? path : `s3://${path}`);
  const { recursive, humanReadable, summarize } = ctx.flags;
  const { objects, prefixes } = await listAll(ctx.call, bucket, key, recursive ? undefined : '/');
  const size = (bytes: number) =>
    (humanReadable ? humanReadableSize(bytes) : String(bytes)).padStart(10);
  // The CLI prints common prefixes as "PRE name/" right-aligned in 30 columns, then objects.
  for (const prefix of prefixes)
    output.out.push(`${'PRE'.padStart(30)} ${prefix.split('/').at(-2) ?? prefix}/`);
  for (const object of objects) {
    const name = recursive ? object.Key : object.Key.slice(object.Key.lastIndexOf('/') + 1);
    output.out.push(`${lsTime(object.LastModified)} ${size(object.Size)} ${name}`);
  }
  if (summarize) {
    const total = objects.reduce((sum, o) => sum + o.Size, 0);
    output.out.push(
      '',
      `Total Objects: ${objects.length}`,
      `   Total Size: ${humanReadable ? humanReadableSize(total) : total}`,
    );
  }
  // The CLI exits 1 when a prefix matches nothing.
  if (key && objects.length === 0 && prefixes.length === 0) output.exitCode = 1;
}
