import type { CliCommand, S3CommandName, S3Flags } from './commands';
import { CliUsageError } from './errors';
import type { GlobalOptions } from './globals';
import { closestChoices } from './names';

export const S3_COMMANDS: S3CommandName[] = ['cp', 'ls', 'mb', 'mv', 'rb', 'rm'];

const PATH_COUNTS: Record<S3CommandName, [number, number, string]> = {
  ls: [0, 1, 'aws s3 ls [<S3Uri>]'],
  mb: [1, 1, 'aws s3 mb <S3Uri>'],
  rb: [1, 1, 'aws s3 rb <S3Uri>'],
  rm: [1, 1, 'aws s3 rm <S3Uri>'],
  cp: [2, 2, 'aws s3 cp <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>'],
  mv: [2, 2, 'aws s3 mv <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>'],
};

const BOOLEAN_FLAGS: Record<string, keyof S3Flags> = {
  '--recursive': 'recursive',
  '--human-readable': 'humanReadable',
  '--summarize': 'summarize',
  '--force': 'force',
  '--dryrun': 'dryrun',
  '--quiet': 'quiet',
  '--only-show-errors': 'quiet',
  '--no-progress': 'quiet',
};
const VALUE_FLAGS: Record<string, keyof S3Flags> = {
  '--include': 'include',
  '--exclude': 'exclude',
  '--content-type': 'contentType',
  '--storage-class': 'storageClass',
  '--sse': 'sse',
  '--sse-kms-key-id': 'sseKmsKeyId',
};

/** Parses `aws s3 <command> <paths> [--flags]`, the CLI's high-level S3 commands. */
export function parseS3Args(
  words: string[],
  globals: GlobalOptions,
): Extract<CliCommand, { kind: 's3' }> {
  const [name, ...rest] = words;
  if (!name || !S3_COMMANDS.includes(name as S3CommandName)) {
    const near = name ? closestChoices(name, S3_COMMANDS) : [];
    throw new CliUsageError('argument subcommand: Invalid choice, valid choices are:', {
      details: [S3_COMMANDS.join(' | ')],
      hints: [
        near.length
          ? `LakeLab: did you mean aws s3 ${near[0]}? (aws s3api <command> reaches every S3 operation)`
          : 'LakeLab: aws s3 has cp, ls, mb, mv, rb, rm; aws s3api <command> reaches every S3 operation.',
      ],
    });
  }
  const command = name as S3CommandName;
  const flags: S3Flags = {
    recursive: false,
    humanReadable: false,
    summarize: false,
    force: false,
    dryrun: false,
    quiet: false,
    include: [],
    exclude: [],
  };
  const paths: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    const boolean = BOOLEAN_FLAGS[word];
    const valued = VALUE_FLAGS[word];
    if (boolean) (flags[boolean] as boolean) = true;
    else if (valued) {
      const value = rest[++i];
      if (value === undefined) throw new CliUsageError(`argument ${word}: expected one argument`);
      if (valued === 'include' || valued === 'exclude') flags[valued].push(value);
      else (flags[valued] as string) = value;
    } else if (word.startsWith('--')) unknown.push(word);
    else paths.push(word);
  }
  if (unknown.length > 0) {
    const near = unknown.flatMap((u) =>
      closestChoices(u, [...Object.keys(BOOLEAN_FLAGS), ...Object.keys(VALUE_FLAGS)], 1),
    );
    throw new CliUsageError(`Unknown options: ${unknown.join(', ')}`, {
      hints: near.length ? [`LakeLab: did you mean ${near.join(', ')}?`] : [],
    });
  }
  const [min, max, usage] = PATH_COUNTS[command];
  if (paths.length < min)
    throw new CliUsageError('the following arguments are required: paths', {
      hints: [`LakeLab: usage: ${usage}`],
    });
  if (paths.length > max)
    throw new CliUsageError(`Unknown options: ${paths.slice(max).join(', ')}`, {
      hints: [`LakeLab: usage: ${usage}`],
    });
  return { kind: 's3', command, paths, flags, globals };
}
