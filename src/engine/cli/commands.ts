import type { GlobalOptions } from './globals';

/** What the terminal can ask of the engine: the engine itself satisfies it. */
export interface CliCatalog {
  serviceNames(): string[];
  operationNames(service: string): string[];
}

export type S3CommandName = 'ls' | 'mb' | 'rb' | 'cp' | 'mv' | 'rm';

export interface S3Flags {
  recursive: boolean;
  humanReadable: boolean;
  summarize: boolean;
  force: boolean;
  dryrun: boolean;
  quiet: boolean;
  include: string[];
  exclude: string[];
  contentType?: string;
  storageClass?: string;
  sse?: string;
  sseKmsKeyId?: string;
}

export type CliCommand =
  | { kind: 'empty' }
  | { kind: 'version' }
  | { kind: 'help'; service?: string; command?: string }
  | { kind: 'shell'; command: string; args: string[] }
  | { kind: 's3'; command: S3CommandName; paths: string[]; flags: S3Flags; globals: GlobalOptions }
  | {
      kind: 'api';
      /** The engine's service name (`s3` for `aws s3api`). */
      service: string;
      operation: string;
      input: Record<string, unknown>;
      /** Local (staged) file names for blob members: `--body orders.csv` → { Body: 'orders.csv' }. */
      localFiles: Record<string, string>;
      /** get-object's positional outfile. */
      outfile?: string;
      globals: GlobalOptions;
    };

/** The CLI's name for an engine service. */
export const cliServiceName = (service: string) => (service === 's3' ? 's3api' : service);
/** The engine's name for a CLI service name. */
export const engineServiceName = (cliName: string) => (cliName === 's3api' ? 's3' : cliName);

/** Operations whose output body the CLI writes to a positional outfile. */
export const OUTFILE_OPERATIONS: Record<string, string[]> = { s3: ['GetObject'] };
/** Blob members the CLI reads from a local file path (`--body ./orders.csv`). */
export const FILE_BLOB_MEMBERS: Record<string, string[]> = { s3: ['Body'] };
