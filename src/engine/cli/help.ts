import { cliServiceName, engineServiceName, type CliCatalog } from './commands';
import { CliUsageError } from './errors';
import { matchKebab, toKebab } from './names';
import { cliCommandNames, cliServices, columns } from './parseCliLine';
import { S3_COMMANDS } from './parseS3Args';
import { inputMembers, type MemberKind } from './shapes/memberSpecs';

export const VERSION_LINE =
  'aws-cli/2.22.0 Python/3.12.6 Linux exec-env/CloudShell (LakeLab simulated CLI: every command runs against the in-browser simulator, never real AWS)';

/** `aws help`, `aws <service> help`, `aws <service> <command> help`. */
export function helpText(catalog: CliCatalog, service?: string, command?: string): string {
  if (!service) return topHelp(catalog);
  if (service === 's3') return s3Help();
  const engineService = engineServiceName(service);
  if (!command)
    return [
      `${service}`,
      '',
      'AVAILABLE COMMANDS',
      '',
      ...columns(cliCommandNames(catalog, engineService)),
      '',
      `Run "aws ${service} <command> help" for a command's options.`,
    ].join('\n');
  const operation = matchKebab(command, catalog.operationNames(engineService));
  if (!operation) throw new CliUsageError(`argument operation: Invalid choice: ${command}`);
  return commandHelp(engineService, operation);
}

function topHelp(catalog: CliCatalog): string {
  return [
    "LakeLab terminal — a simulated AWS CLI (aws-cli v2 syntax) for the lab's in-memory AWS.",
    '',
    'SYNOPSIS',
    '  aws [options] <command> <subcommand> [parameters]',
    '',
    'AVAILABLE SERVICES',
    ...columns(cliServices(catalog)).map((line) => `  ${line}`),
    '',
    'GLOBAL OPTIONS',
    '  --output json|text|table   --query <JMESPath>   --no-cli-pager',
    '  --profile and --region are accepted and ignored: commands run as the signed-in principal.',
    '',
    'TERMINAL',
    '  ls, cat <file>, clear (or Ctrl+L); "Upload file" stages local files for aws s3 cp and --body.',
    '  file:// parameters are not available: paste JSON inline in single quotes.',
  ].join('\n');
}

function s3Help(): string {
  return [
    's3',
    '',
    'High-level S3 commands (aws s3api <command> reaches every S3 operation):',
    '',
    '  aws s3 ls [s3://bucket/prefix/] [--recursive] [--human-readable] [--summarize]',
    '  aws s3 mb s3://bucket',
    '  aws s3 rb s3://bucket [--force]',
    '  aws s3 cp <LocalPath|S3Uri> <S3Uri|LocalPath> [--recursive] [--exclude p] [--include p]',
    '  aws s3 mv <LocalPath|S3Uri> <S3Uri|LocalPath> [--recursive]',
    '  aws s3 rm s3://bucket/key [--recursive]',
    '',
    `AVAILABLE COMMANDS: ${S3_COMMANDS.join(', ')}`,
  ].join('\n');
}

function kindName(kind: MemberKind): string {
  switch (kind.type) {
    case 's':
      return 'string';
    case 'n':
      return 'number';
    case 'b':
      return 'boolean';
    case 't':
      return 'timestamp';
    case 'B':
      return 'blob';
    case 'list':
      return `list of ${kindName(kind.of)}`;
    case 'map':
      return `map of ${kindName(kind.of)}`;
    case 'struct':
      return `structure (${kind.shape})`;
    default:
      return 'structure';
  }
}

function commandHelp(service: string, operation: string): string {
  const members = inputMembers(service, operation);
  const options = (members ?? []).map(
    (m) => `  --${toKebab(m.name)} (${kindName(m.kind)})${m.required ? ' [required]' : ''}`,
  );
  return [
    `${toKebab(operation)}`,
    '',
    `DESCRIPTION: calls the ${operation} operation of ${cliServiceName(service)}.`,
    '',
    'OPTIONS',
    ...(options.length
      ? options
      : [
          "  (no member schema installed: pass --kebab-case-member value, or --cli-input-json '{…}')",
        ]),
    '  --cli-input-json (string) the whole input as JSON',
  ].join('\n');
}
