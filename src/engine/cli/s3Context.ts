import type { S3Flags } from './commands';
import type { CliDownload, CliResult } from './result';

export type CallOperation = (
  service: string,
  operation: string,
  input: unknown,
) => Promise<unknown>;

export interface S3CommandContext {
  call: CallOperation;
  files: ReadonlyMap<string, Uint8Array>;
  flags: S3Flags;
}

/** Collects an s3 command's printed lines; a failed transfer sets exit code 1 as the CLI does. */
export class S3Output {
  readonly out: string[] = [];
  readonly err: string[] = [];
  readonly downloads: CliDownload[] = [];
  exitCode = 0;

  fail(line: string, exitCode = 1): void {
    this.err.push(line);
    this.exitCode = exitCode;
  }

  result(): CliResult {
    return {
      stdout: this.out.join('\n'),
      stderr: this.err.join('\n'),
      exitCode: this.exitCode,
      ...(this.downloads.length ? { downloads: this.downloads } : {}),
    };
  }
}

export interface ListedObject {
  Key: string;
  Size: number;
  LastModified: unknown;
}

/** Every object (and, with a delimiter, common prefix) under a prefix, following continuation tokens. */
export async function listAll(
  call: CallOperation,
  bucket: string,
  prefix: string,
  delimiter?: string,
): Promise<{ objects: ListedObject[]; prefixes: string[] }> {
  const objects: ListedObject[] = [];
  const prefixes: string[] = [];
  let token: string | undefined;
  do {
    const page = (await call('s3', 'ListObjectsV2', {
      Bucket: bucket,
      ...(prefix ? { Prefix: prefix } : {}),
      ...(delimiter ? { Delimiter: delimiter } : {}),
      ...(token ? { ContinuationToken: token } : {}),
    })) as {
      Contents?: ListedObject[];
      CommonPrefixes?: { Prefix?: string }[];
      IsTruncated?: boolean;
      NextContinuationToken?: string;
    };
    objects.push(...(page.Contents ?? []));
    prefixes.push(...(page.CommonPrefixes ?? []).map((p) => p.Prefix ?? ''));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return { objects, prefixes };
}

export function filtersOf(flags: S3Flags): { type: 'include' | 'exclude'; pattern: string }[] {
  // The CLI applies --exclude and --include in the order given; we keep excludes before includes.
  return [
    ...flags.exclude.map((pattern) => ({ type: 'exclude' as const, pattern })),
    ...flags.include.map((pattern) => ({ type: 'include' as const, pattern })),
  ];
}
