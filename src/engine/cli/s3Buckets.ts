import { isAwsError } from '../core/errors';
import { CliUsageError } from './errors';
import { serviceErrorLine } from './result';
import { S3Output, type S3CommandContext } from './s3Context';
import { isS3Uri, parseS3Uri } from './s3Paths';
import { s3Rm } from './s3Transfer';

function bucketOf(path: string): string {
  if (!isS3Uri(path)) throw new CliUsageError(`Invalid argument type: ${path}`, { hints: [`LakeLab: name the bucket as an S3 URI: s3://${path}`] });
  return parseS3Uri(path).bucket;
}

/** `aws s3 mb s3://bucket` → make_bucket: bucket */
export async function s3Mb(path: string, ctx: S3CommandContext): Promise<S3Output> {
  const output = new S3Output();
  const bucket = bucketOf(path);
  if (ctx.flags.dryrun) output.out.push(`(dryrun) make_bucket: ${bucket}`);
  else await attempt(output, 'CreateBucket', `make_bucket failed: s3://${bucket}`, async () => {
    await ctx.call('s3', 'CreateBucket', { Bucket: bucket });
    output.out.push(`make_bucket: ${bucket}`);
  });
  return output;
}

/** `aws s3 rb s3://bucket [--force]` → remove_bucket: bucket (--force deletes the objects first). */
export async function s3Rb(path: string, ctx: S3CommandContext): Promise<S3Output> {
  const bucket = bucketOf(path);
  const output = ctx.flags.force ? await s3Rm(`s3://${bucket}/`, { ...ctx, flags: { ...ctx.flags, recursive: true } }) : new S3Output();
  if (ctx.flags.dryrun) output.out.push(`(dryrun) remove_bucket: ${bucket}`);
  else await attempt(output, 'DeleteBucket', `remove_bucket failed: s3://${bucket}`, async () => {
    await ctx.call('s3', 'DeleteBucket', { Bucket: bucket });
    output.out.push(`remove_bucket: ${bucket}`);
  });
  return output;
}

/** Runs one transfer; an AWS error becomes the CLI's "<what> failed: … An error occurred …" line and exit 1. */
export async function attempt(output: S3Output, operation: string, failure: string, task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (!isAwsError(error)) throw error;
    output.fail(`${failure} ${serviceErrorLine(error, operation)}`);
  }
}
