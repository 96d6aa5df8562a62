import { CliUsageError } from './errors';

export interface S3Location {
  bucket: string;
  key: string;
}

export const isS3Uri = (path: string) => path.startsWith('s3://');

/** s3://bucket/key → { bucket, key } (key may be empty or a prefix). */
export function parseS3Uri(path: string): S3Location {
  if (!isS3Uri(path))
    throw new CliUsageError(`Invalid argument type: ${path} is not an S3 URI`, {
      hints: ['LakeLab: S3 paths look like s3://bucket/key.'],
    });
  const rest = path.slice('s3://'.length);
  const slash = rest.indexOf('/');
  return slash < 0
    ? { bucket: rest, key: '' }
    : { bucket: rest.slice(0, slash), key: rest.slice(slash + 1) };
}

export const s3Uri = (bucket: string, key: string) => `s3://${bucket}/${key}`;

/** The last part of a key or path: folder/orders.csv → orders.csv. */
export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** A local path as the CLI prints it (relative to the working directory): orders.csv → ./orders.csv. */
export const localDisplay = (name: string) =>
  name.startsWith('./') || name.startsWith('/') ? name : `./${name}`;

/** A local path as the terminal's file list names it: ./orders.csv → orders.csv. */
export const localName = (path: string) =>
  path
    .replace(/^(\.\/)+/, '')
    .replace(/^~\//, '')
    .replace(/^\/home\/cloudshell-user\//, '');

/** The CLI's ls time: the object's timestamp in the shell's zone (CloudShell runs in UTC). */
export function lsTime(value: unknown): string {
  const date = value instanceof Date ? value : new Date(String(value));
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

const GLOB_CACHE = new Map<string, RegExp>();
function globRegExp(pattern: string): RegExp {
  let regex = GLOB_CACHE.get(pattern);
  if (!regex) {
    regex = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
    GLOB_CACHE.set(pattern, regex);
  }
  return regex;
}

/** The CLI's --exclude/--include: filters apply in order, the last matching one decides. */
export function isIncluded(
  relativePath: string,
  filters: { type: 'include' | 'exclude'; pattern: string }[],
): boolean {
  let included = true;
  for (const filter of filters)
    if (globRegExp(filter.pattern).test(relativePath)) included = filter.type === 'include';
  return included;
}

const CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  txt: 'text/plain',
  html: 'text/html',
  xml: 'application/xml',
  gz: 'application/gzip',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
};

/** The CLI guesses an upload's Content-Type from the file extension. */
export function guessContentType(name: string): string | undefined {
  const extension = name.toLowerCase().replace(/\.gz$/, '').split('.').pop() ?? '';
  return (
    CONTENT_TYPES[extension] ?? (name.toLowerCase().endsWith('.gz') ? CONTENT_TYPES.gz : undefined)
  );
}

/** The CLI's --human-readable sizes: 1 Byte, 12 Bytes, 1.2 KiB, 3.4 MiB. */
export function humanReadableSize(bytes: number): string {
  if (bytes === 1) return '1 Byte';
  if (bytes < 1024) return `${bytes} Bytes`;
  const suffixes = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  for (let i = 0; i < suffixes.length; i++) {
    const unit = 1024 ** (i + 2);
    if (Math.round((bytes / unit) * 1024) < 1024)
      return `${((1024 * bytes) / unit).toFixed(1)} ${suffixes[i]}`;
  }
  return `${(bytes / 1024 ** 6).toFixed(1)} EiB`;
}
