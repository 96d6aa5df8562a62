import { isAwsError } from '../core/errors';
import { serviceErrorLine } from './result';
import { S3Output, type S3CommandContext } from './s3Context';
import { isS3Uri, parseS3Uri } from './s3Paths';
import { s3Rm } from './s3Transfer';

/** The bucket of an mb/rb path, or undefined after printing the CLI's complaint (exit 255). */
function bucketOf(path: string, output: S3Output, allowKey = false): string | undefined {
  if (!isS3Uri(path)) {
    output.fail(
      `\n<S3Uri>\nError: Invalid argument type\n\nLakeLab: name the bucket as an S3 URI: s3://${path}`,
      255,
    );
    return undefined;
  }
  const { bucket, key } = parseS3Uri(path);
  if (key && !allowKey) {
    output.fail(`\nPlease specify a valid bucket name only. E.g. s3://${bucket}`, 255);
    return undefined;
  }
  return bucket;
}

/** `aws s3 mb s3://bucket` → make_bucket: bucket */
export async function s3Mb(path: string, ctx: S3CommandContext): Promise<S3Output> {
  const output = new S3Output();
  // The CLI's mb ignores a key after the bucket name.
  const bucket = bucketOf(path, output, true);
  if (bucket === undefined) return output;
  if (ctx.flags.dryrun) output.out.push(`(dryrun) make_bucket: ${bucket}`);
  else
    await attempt(output, 'CreateBucket', `make_bucket failed: s3://${bucket}`, async () => {
      await ctx.call('s3', 'CreateBucket', { Bucket: bucket });
      output.out.push(`make_bucket: ${bucket}`);
    });
  return output;
}

/** `aws s3 rb s3://bucket [--force]` → remove_bucket: bucket (--force deletes the objects first). */
export async function s3Rb(path: string, ctx: S3CommandContext): Promise<S3Output> {
  const checked = new S3Output();
  const bucket = bucketOf(path, checked);
  if (bucket === undefined) return checked;
  const output = ctx.flags.force
    ? await s3Rm(`s3://${bucket}/`, { ...ctx, flags: { ...ctx.flags, recursive: true } })
    : checked;
  if (output.exitCode !== 0) {
    output.fail(
      'remove_bucket failed: Unable to delete all objects in the bucket, bucket will not be deleted.',
      255,
    );
    return output;
  }
  if (ctx.flags.dryrun) output.out.push(`(dryrun) remove_bucket: ${bucket}`);
  else
    await attempt(output, 'DeleteBucket', `remove_bucket failed: s3://${bucket}`, async () => {
      await ctx.call('s3', 'DeleteBucket', { Bucket: bucket });
      output.out.push(`remove_bucket: ${bucket}`);
    });
  return output;
}

/** Runs one transfer; an AWS error becomes the CLI's "<what> failed: … An error occurred …" line and exit 1. */
export async function attempt(
  output: S3Output,
  operation: string,
  failure: string,
  task: () => Promise<void>,
): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (!isAwsError(error)) throw error;
    output.fail(`${failure} ${serviceErrorLine(error, operation)}`);
  }
}
