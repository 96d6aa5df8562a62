import { bodyBytes } from './bodyBytes';
import { attempt } from './s3Buckets';
import { filtersOf, listAll, S3Output, type S3CommandContext } from './s3Context';
import {
  baseName,
  guessContentType,
  isIncluded,
  isS3Uri,
  localDisplay,
  localName,
  parseS3Uri,
  s3Uri,
  type S3Location,
} from './s3Paths';

type Verb = 'copy' | 'move';

/** `aws s3 rm s3://bucket/key [--recursive]` → delete: s3://bucket/key */
export async function s3Rm(
  path: string,
  ctx: S3CommandContext,
  output = new S3Output(),
): Promise<S3Output> {
  const { bucket, key } = parseS3Uri(path);
  const prefix = key === '' || key.endsWith('/') ? key : `${key}/`;
  const keys = ctx.flags.recursive
    ? ((await matchingKeys(ctx, { bucket, key: prefix }, output)) ?? [])
    : [key];
  for (const objectKey of keys) {
    const uri = s3Uri(bucket, objectKey);
    if (ctx.flags.dryrun) output.out.push(`(dryrun) delete: ${uri}`);
    else
      await attempt(output, 'DeleteObject', `delete failed: ${uri}`, async () => {
        await ctx.call('s3', 'DeleteObject', { Bucket: bucket, Key: objectKey });
        if (!ctx.flags.quiet) output.out.push(`delete: ${uri}`);
      });
  }
  return output;
}

/** Keys under a prefix that pass --exclude/--include, or undefined after printing the listing error. */
async function matchingKeys(
  ctx: S3CommandContext,
  from: S3Location,
  output?: S3Output,
): Promise<string[] | undefined> {
  let keys: string[] = [];
  await attempt(output ?? new S3Output(), 'ListObjectsV2', `fatal error:`, async () => {
    keys = (await listAll(ctx.call, from.bucket, from.key)).objects.map((o) => o.Key);
  });
  const filters = filtersOf(ctx.flags);
  return keys.filter((key) => isIncluded(key.slice(from.key.length), filters));
}

/** `aws s3 cp|mv <from> <to>`: upload a staged local file, copy between S3 keys, or download. */
export async function s3Copy(
  from: string,
  to: string,
  verb: Verb,
  ctx: S3CommandContext,
): Promise<S3Output> {
  const output = new S3Output();
  if (isS3Uri(from) && isS3Uri(to))
    await copyBetweenKeys(parseS3Uri(from), parseS3Uri(to), verb, ctx, output);
  else if (isS3Uri(from)) await download(parseS3Uri(from), to, verb, ctx, output);
  else if (isS3Uri(to)) await upload(from, parseS3Uri(to), verb, ctx, output);
  else
    output.fail(
      '\nError: Invalid argument type: one of the paths must be an S3 URI (s3://bucket/key)',
      252,
    );
  return output;
}

/** The destination key: a destination ending in "/" (or a bare bucket) keeps the source's file name. */
const destinationKey = (to: S3Location, relative: string) =>
  to.key === '' || to.key.endsWith('/') ? `${to.key}${relative}` : to.key;

async function sourcePairs(
  from: S3Location,
  ctx: S3CommandContext,
  output: S3Output,
): Promise<[string, string][]> {
  if (!ctx.flags.recursive) return [[from.key, baseName(from.key)]];
  const prefix = from.key === '' || from.key.endsWith('/') ? from.key : `${from.key}/`;
  const keys = (await matchingKeys(ctx, { bucket: from.bucket, key: prefix }, output)) ?? [];
  return keys.map((key) => [key, key.slice(prefix.length)]);
}

async function copyBetweenKeys(
  from: S3Location,
  to: S3Location,
  verb: Verb,
  ctx: S3CommandContext,
  output: S3Output,
): Promise<void> {
  const destination = ctx.flags.recursive
    ? { ...to, key: to.key && !to.key.endsWith('/') ? `${to.key}/` : to.key }
    : to;
  for (const [key, relative] of await sourcePairs(from, ctx, output)) {
    const target = destinationKey(destination, relative);
    const line = `${verb}: ${s3Uri(from.bucket, key)} to ${s3Uri(to.bucket, target)}`;
    if (ctx.flags.dryrun) {
      output.out.push(`(dryrun) ${line}`);
      continue;
    }
    await attempt(
      output,
      'CopyObject',
      `${verb} failed: ${s3Uri(from.bucket, key)} to ${s3Uri(to.bucket, target)}`,
      async () => {
        // S3: CopySource is "bucket/key" with the key URL-encoded.
        const copySource = `${from.bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
        await ctx.call('s3', 'CopyObject', {
          Bucket: to.bucket,
          Key: target,
          CopySource: copySource,
          ...storageOptions(ctx),
        });
        if (verb === 'move')
          await ctx.call('s3', 'DeleteObject', { Bucket: from.bucket, Key: key });
        if (!ctx.flags.quiet) output.out.push(line);
      },
    );
  }
}

async function download(
  from: S3Location,
  to: string,
  verb: Verb,
  ctx: S3CommandContext,
  output: S3Output,
): Promise<void> {
  if (to === '-') return printObject(from, ctx, output);
  const target = localName(to);
  const isFolder = target === '' || target === '.' || to.endsWith('/');
  const folder = target === '.' || target === '' ? '' : target.replace(/\/?$/, '/');
  for (const [key, relative] of await sourcePairs(from, ctx, output)) {
    const name = isFolder || ctx.flags.recursive ? `${folder}${relative}` : target;
    const line = `${verb === 'move' ? 'move' : 'download'}: ${s3Uri(from.bucket, key)} to ${localDisplay(name)}`;
    if (ctx.flags.dryrun) {
      output.out.push(`(dryrun) ${line}`);
      continue;
    }
    await attempt(
      output,
      'GetObject',
      `download failed: ${s3Uri(from.bucket, key)} to ${localDisplay(name)}`,
      async () => {
        const result = (await ctx.call('s3', 'GetObject', { Bucket: from.bucket, Key: key })) as {
          Body?: unknown;
        };
        output.downloads.push({ name, bytes: await bodyBytes(result.Body) });
        if (verb === 'move')
          await ctx.call('s3', 'DeleteObject', { Bucket: from.bucket, Key: key });
        if (!ctx.flags.quiet) output.out.push(line);
      },
    );
  }
}

/** `aws s3 cp s3://bucket/key -` writes the object to stdout. */
async function printObject(
  from: S3Location,
  ctx: S3CommandContext,
  output: S3Output,
): Promise<void> {
  await attempt(
    output,
    'GetObject',
    `download failed: ${s3Uri(from.bucket, from.key)} to -`,
    async () => {
      const result = (await ctx.call('s3', 'GetObject', {
        Bucket: from.bucket,
        Key: from.key,
      })) as { Body?: unknown };
      output.out.push(new TextDecoder().decode(await bodyBytes(result.Body)).replace(/\n$/, ''));
    },
  );
}

async function upload(
  from: string,
  to: S3Location,
  verb: Verb,
  ctx: S3CommandContext,
  output: S3Output,
): Promise<void> {
  const source = localName(from);
  const names = ctx.flags.recursive
    ? [...ctx.files.keys()].filter((name) =>
        source === '.' || source === '' ? true : name.startsWith(`${source.replace(/\/?$/, '/')}`),
      )
    : [source];
  const filters = filtersOf(ctx.flags);
  const destination =
    ctx.flags.recursive && to.key && !to.key.endsWith('/') ? { ...to, key: `${to.key}/` } : to;
  for (const name of names.filter((n) => isIncluded(n, filters))) {
    const bytes = ctx.files.get(name);
    if (!bytes) {
      output.fail(
        `\nThe user-provided path ${from} does not exist.\n\nLakeLab: stage the file with the "Upload file" button first; \`ls\` lists the staged files.`,
        255,
      );
      continue;
    }
    const relative =
      ctx.flags.recursive && source !== '.' && source !== ''
        ? name.slice(source.replace(/\/?$/, '/').length)
        : baseName(name);
    const key = destinationKey(destination, relative);
    const line = `${verb === 'move' ? 'move' : 'upload'}: ${localDisplay(name)} to ${s3Uri(to.bucket, key)}`;
    if (ctx.flags.dryrun) {
      output.out.push(`(dryrun) ${line}`);
      continue;
    }
    await attempt(
      output,
      'PutObject',
      `upload failed: ${localDisplay(name)} to ${s3Uri(to.bucket, key)}`,
      async () => {
        const contentType = ctx.flags.contentType ?? guessContentType(name);
        await ctx.call('s3', 'PutObject', {
          Bucket: to.bucket,
          Key: key,
          Body: bytes,
          ...(contentType ? { ContentType: contentType } : {}),
          ...storageOptions(ctx),
        });
        if (!ctx.flags.quiet) output.out.push(line);
      },
    );
  }
}

function storageOptions(ctx: S3CommandContext): Record<string, string> {
  const { storageClass, sse, sseKmsKeyId } = ctx.flags;
  return {
    ...(storageClass ? { StorageClass: storageClass } : {}),
    ...(sse ? { ServerSideEncryption: sse } : {}),
    ...(sseKmsKeyId ? { SSEKMSKeyId: sseKmsKeyId } : {}),
  };
}
