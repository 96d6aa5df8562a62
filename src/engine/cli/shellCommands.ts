import { closestChoices } from './names';
import type { CliResult } from './result';

const MAX_CAT_BYTES = 200_000;
const BUILTINS = ['aws', 'cat', 'clear', 'echo', 'help', 'ls', 'pwd', 'whoami'];

/** The few shell built-ins the terminal offers around `aws`. */
export function runShellCommand(
  command: string,
  args: string[],
  files: ReadonlyMap<string, Uint8Array>,
): CliResult {
  switch (command) {
    case 'clear':
      return { stdout: '', stderr: '', exitCode: 0, clear: true };
    case 'ls': {
      const long = args.some((a) => a.startsWith('-') && a.includes('l'));
      const names = [...files.keys()].sort();
      return {
        stdout: names
          .map((name) => (long ? `${String(files.get(name)!.length).padStart(10)} ${name}` : name))
          .join(long ? '\n' : '  '),
        stderr: '',
        exitCode: 0,
      };
    }
    case 'cat':
      return cat(args, files);
    case 'pwd':
      return { stdout: '/home/cloudshell-user', stderr: '', exitCode: 0 };
    case 'whoami':
      return { stdout: 'cloudshell-user', stderr: '', exitCode: 0 };
    case 'echo':
      return { stdout: args.join(' '), stderr: '', exitCode: 0 };
    case 'help':
      return {
        stdout:
          'Commands: aws … (try "aws help"), ls, cat <file>, clear, pwd, echo. Use "Upload file" to stage local files.',
        stderr: '',
        exitCode: 0,
      };
    default: {
      const near = closestChoices(command, BUILTINS, 1);
      const hint = near.length
        ? `\nLakeLab: did you mean ${near[0]}?`
        : '\nLakeLab: this terminal runs aws commands and ls, cat, clear, pwd, echo.';
      return { stdout: '', stderr: `bash: ${command}: command not found${hint}`, exitCode: 127 };
    }
  }
}

function cat(args: string[], files: ReadonlyMap<string, Uint8Array>): CliResult {
  const out: string[] = [];
  const err: string[] = [];
  for (const arg of args) {
    const bytes = files.get(arg.replace(/^\.\//, ''));
    if (!bytes) err.push(`cat: ${arg}: No such file or directory`);
    else if (bytes.length > MAX_CAT_BYTES)
      err.push(
        `cat: ${arg}: LakeLab shows files up to ${MAX_CAT_BYTES} bytes in the terminal; this one has ${bytes.length}.`,
      );
    else out.push(new TextDecoder().decode(bytes).replace(/\n$/, ''));
  }
  return { stdout: out.join('\n'), stderr: err.join('\n'), exitCode: err.length ? 1 : 0 };
}
