import { bodyBytes } from './bodyBytes';
import type { CliCatalog, CliCommand } from './commands';
import { CliUsageError } from './errors';
import { formatOutput, toPlain } from './format';
import { helpText, VERSION_LINE } from './help';
import { callAllPages } from './paginate';
import { parseCliLine } from './parseCliLine';
import { applyQuery } from './query';
import { errorResult, type CliDownload, type CliResult } from './result';
import type { CallOperation } from './s3Context';
import { runS3Command } from './runS3Command';
import { localName } from './s3Paths';
import { runShellCommand } from './shellCommands';

export interface CliRunContext {
  /** Calls an operation as the signed-in principal (the store's call, quiet). */
  call: CallOperation;
  /** Which services and operations exist (the engine). */
  engine: CliCatalog;
  /** Local files the user staged with "Upload file" (and earlier downloads), by name. */
  files: ReadonlyMap<string, Uint8Array>;
}

/** Runs one terminal line and returns what the CLI would print, its exit code and any files it wrote. */
export async function runCliLine(line: string, context: CliRunContext): Promise<CliResult> {
  let command: CliCommand;
  try {
    command = parseCliLine(line, context.engine);
  } catch (error) {
    return errorResult(error, '');
  }
  try {
    return await runCommand(command, context);
  } catch (error) {
    return errorResult(error, command.kind === 'api' ? command.operation : '');
  }
}

async function runCommand(command: CliCommand, context: CliRunContext): Promise<CliResult> {
  switch (command.kind) {
    case 'empty':
      return { stdout: '', stderr: '', exitCode: 0 };
    case 'version':
      return { stdout: VERSION_LINE, stderr: '', exitCode: 0 };
    case 'help':
      return {
        stdout: helpText(context.engine, command.service, command.command),
        stderr: '',
        exitCode: 0,
      };
    case 'shell':
      return runShellCommand(command.command, command.args, context.files);
    case 's3':
      return withNotes(await runS3Command(command, context), command.globals.notes);
    case 'api':
      return withNotes(await runApiCommand(command, context), command.globals.notes);
  }
}

function withNotes(result: CliResult, notes: string[]): CliResult {
  if (notes.length === 0) return result;
  return { ...result, stderr: [...notes, result.stderr].filter(Boolean).join('\n') };
}

async function runApiCommand(
  command: Extract<CliCommand, { kind: 'api' }>,
  context: CliRunContext,
): Promise<CliResult> {
  const input: Record<string, unknown> = { ...command.input };
  for (const [member, file] of Object.entries(command.localFiles)) {
    const bytes = context.files.get(localName(file));
    if (!bytes)
      throw new CliUsageError(
        `Error parsing parameter '--${member.toLowerCase()}': Blob values must be a path to a file. ${file} does not exist.`,
        {
          hints: [
            'LakeLab: stage the file with the "Upload file" button first; `ls` lists the staged files.',
          ],
        },
      );
    input[member] = bytes;
  }
  const response = (await callAllPages(
    context.call,
    command.service,
    command.operation,
    input,
    command.globals.paginate && command.outfile === undefined,
  )) as Record<string, unknown> | undefined;
  const downloads: CliDownload[] = [];
  if (command.outfile !== undefined)
    downloads.push({ name: localName(command.outfile), bytes: await bodyBytes(response?.Body) });
  let plain = toPlain(response ?? {});
  if (command.globals.query) plain = applyQuery(plain, command.globals.query);
  // The CLI prints nothing for an empty response (DeleteBucket, PutBucketPolicy…).
  const isEmpty =
    plain === null ||
    (typeof plain === 'object' && !Array.isArray(plain) && Object.keys(plain).length === 0);
  const stdout =
    isEmpty && !command.globals.query
      ? ''
      : formatOutput(plain, command.globals.output, command.operation);
  return { stdout, stderr: '', exitCode: 0, ...(downloads.length ? { downloads } : {}) };
}
