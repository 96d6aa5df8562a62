import type { CliCommand } from './commands';
import type { CliResult } from './result';
import { s3Mb, s3Rb } from './s3Buckets';
import type { CallOperation } from './s3Context';
import { s3Ls } from './s3List';
import { s3Copy, s3Rm } from './s3Transfer';

/** Runs a high-level `aws s3` command and returns the lines the CLI prints. */
export async function runS3Command(
  command: Extract<CliCommand, { kind: 's3' }>,
  context: { call: CallOperation; files: ReadonlyMap<string, Uint8Array> },
): Promise<CliResult> {
  const ctx = { call: context.call, files: context.files, flags: command.flags };
  const [first = '', second = ''] = command.paths;
  switch (command.command) {
    case 'ls':
      return (await s3Ls(command.paths, ctx)).result();
    case 'mb':
      return (await s3Mb(first, ctx)).result();
    case 'rb':
      return (await s3Rb(first, ctx)).result();
    case 'rm':
      return (await s3Rm(first, ctx)).result();
    case 'cp':
      return (await s3Copy(first, second, 'copy', ctx)).result();
    case 'mv':
      return (await s3Copy(first, second, 'move', ctx)).result();
  }
}
