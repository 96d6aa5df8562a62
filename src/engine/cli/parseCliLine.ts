import { cliServiceName, engineServiceName, type CliCatalog, type CliCommand } from './commands';
import { CliUsageError } from './errors';
import { extractGlobals } from './globals';
import { closestChoices, matchKebab, toKebab } from './names';
import { parseApiArgs } from './parseApiArgs';
import { parseS3Args } from './parseS3Args';
import { inputMembers, sdkOperationNames } from './shapes/memberSpecs';
import { SHAPE_TABLES } from './shapes/shapeTables.generated';
import { tokenize } from './tokenize';

/** Without an engine, the catalog is every operation of the installed SDK clients. */
export const SDK_CATALOG: CliCatalog = {
  serviceNames: () => Object.keys(SHAPE_TABLES),
  operationNames: sdkOperationNames,
};

/** The CLI's service names for the catalog's services: `s3` (high-level), `s3api`, and the rest. */
export function cliServices(catalog: CliCatalog): string[] {
  const names = catalog.serviceNames();
  return [...(names.includes('s3') ? ['s3'] : []), ...names.map(cliServiceName)].sort();
}

/** The CLI command names of a service's operations, sorted. */
export function cliCommandNames(catalog: CliCatalog, service: string): string[] {
  return catalog.operationNames(service).map(toKebab).sort();
}

/**
 * Parses one terminal line into a command: `aws s3 …` high-level commands, `aws <service>
 * <command> --args`, help and version, or a shell built-in (ls, cat, clear…).
 * Throws CliUsageError with the CLI's own message for mistakes.
 */
export function parseCliLine(line: string, catalog: CliCatalog = SDK_CATALOG): CliCommand {
  const words = tokenize(line);
  if (words.length === 0) return { kind: 'empty' };
  const [program, ...args] = words;
  if (program !== 'aws') return { kind: 'shell', command: program!, args };
  if (args.includes('--version')) return { kind: 'version' };
  const { rest, globals } = extractGlobals(args);
  const [service, command, ...options] = rest;
  if (service === 'help') return { kind: 'help' };
  if (service === undefined)
    throw new CliUsageError('the following arguments are required: command', {
      hints: ['LakeLab: try "aws help", or "aws s3 ls".'],
    });
  const services = cliServices(catalog);
  if (!services.includes(service))
    throw invalidChoice(
      'command',
      service,
      services,
      'LakeLab: run "aws help" to list the services the lab simulates.',
    );
  if (command === 'help') return { kind: 'help', service };
  if (service === 's3') return parseS3Args(rest.slice(1), globals);
  if (command === undefined)
    throw new CliUsageError('the following arguments are required: operation', {
      hints: [`LakeLab: run "aws ${service} help" to list its commands.`],
    });
  const engineService = engineServiceName(service);
  const operation = matchKebab(command, catalog.operationNames(engineService));
  if (!operation) throw unknownOperation(catalog, engineService, service, command);
  if (options[0] === 'help') return { kind: 'help', service, command };
  return parseApiArgs(engineService, operation, options, globals);
}

function invalidChoice(
  argument: string,
  word: string,
  choices: string[],
  fallbackHint: string,
): CliUsageError {
  const near = closestChoices(word, choices);
  return new CliUsageError(`argument ${argument}: Invalid choice, valid choices are:`, {
    details: columns(choices),
    hints: [
      near.length
        ? `LakeLab: "${word}" is not a choice — did you mean ${near.join(' or ')}?`
        : fallbackHint,
    ],
  });
}

function unknownOperation(
  catalog: CliCatalog,
  engineService: string,
  service: string,
  command: string,
): CliUsageError {
  const fallback = `LakeLab: run "aws ${service} help" to list its commands.`;
  const error = invalidChoice(
    'operation',
    command,
    cliCommandNames(catalog, engineService),
    fallback,
  );
  const sdkOperation = matchKebab(command, sdkOperationNames(engineService));
  const notSimulated = (name: string) =>
    `LakeLab: ${service} ${name} is a real AWS command, but LakeLab does not simulate it yet.`;
  if (sdkOperation) error.hints.splice(0, error.hints.length, notSimulated(command));
  else if (error.hints[0] === fallback) {
    const near = closestChoices(command, sdkOperationNames(engineService).map(toKebab), 1);
    if (near[0])
      error.hints.splice(
        0,
        1,
        `LakeLab: did you mean ${near[0]}? ${notSimulated(near[0]).replace('LakeLab: ', '')}`,
      );
  }
  return error;
}

/** The CLI prints choices in two columns separated by " | ". */
export function columns(choices: string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < choices.length; i += 2) {
    const left = choices[i]!;
    const right = choices[i + 1];
    lines.push(right === undefined ? left : `${left.padEnd(40)} | ${right}`);
  }
  return lines;
}

/** The `--options` of a CLI command (its members, kebab-case), for completion. */
export function optionNames(catalog: CliCatalog, service: string, command: string): string[] {
  const engineService = engineServiceName(service);
  const operation = matchKebab(command, catalog.operationNames(engineService));
  const members = operation ? (inputMembers(engineService, operation) ?? []) : [];
  return [...members.map((m) => `--${toKebab(m.name)}`), '--cli-input-json', '--output', '--query'];
}
