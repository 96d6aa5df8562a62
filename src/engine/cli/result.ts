import { isAwsError } from '../core/errors';
import { isCliUsageError, type CliUsageError } from './errors';

export interface CliDownload {
  name: string;
  bytes: Uint8Array;
}

export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Files the command wrote (get-object's outfile, `cp s3://… .`), offered as downloads. */
  downloads?: CliDownload[];
  /** `clear` asks the terminal to clear its scrollback. */
  clear?: boolean;
}

// AWS CLI v2 return codes: 252 bad command syntax, 254 the service returned an error, 1 an s3 transfer failed.
// https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-returncodes.html
export const EXIT_USAGE = 252;
export const EXIT_SERVICE_ERROR = 254;

const USAGE = [
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]',
  'To see help text, you can run:',
  '',
  '  aws help',
  '  aws <command> help',
  '  aws <command> <subcommand> help',
  '',
].join('\n');

/** A usage error as the CLI prints it: argparse errors get the usage block and `aws: error:`. */
export function usageErrorText(error: CliUsageError): string {
  const isArgparse = /^(argument |Unknown options|the following arguments)/.test(error.message);
  const lines = isArgparse ? [USAGE, `aws: error: ${error.message}`] : ['', error.message];
  if (error.details.length) lines.push('', ...error.details);
  if (error.hints.length) lines.push('', ...error.hints);
  return lines.join('\n');
}

/** The CLI's line for a service error. */
export function serviceErrorLine(
  error: { name: string; message: string },
  operation: string,
): string {
  return `An error occurred (${error.name}) when calling the ${operation} operation: ${error.message}`;
}

/** Turns a usage or AWS error into the CLI's result; anything else is a bug and is re-thrown. */
export function errorResult(error: unknown, operation: string): CliResult {
  if (isCliUsageError(error))
    return { stdout: '', stderr: usageErrorText(error), exitCode: EXIT_USAGE };
  if (isAwsError(error))
    return {
      stdout: '',
      stderr: `\n${serviceErrorLine(error, operation)}`,
      exitCode: EXIT_SERVICE_ERROR,
    };
  throw error;
}

export const joinLines = (lines: string[]) => lines.join('\n');
