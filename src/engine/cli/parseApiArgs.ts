import type { CliCommand } from './commands';
import { FILE_BLOB_MEMBERS, OUTFILE_OPERATIONS } from './commands';
import { CliUsageError } from './errors';
import type { GlobalOptions } from './globals';
import { closestChoices, fromKebab, matchKebab, toKebab } from './names';
import { inputMembers, type MemberSpec } from './shapes/memberSpecs';
import { optionValue, parseJson } from './values';

interface RawOption {
  name: string;
  words: string[];
}

/** Splits words into `--option value…` groups and positionals; booleans (known from the schema) take no value. */
function groupOptions(
  words: string[],
  members: MemberSpec[] | undefined,
): { options: RawOption[]; positionals: string[] } {
  const options: RawOption[] = [];
  const positionals: string[] = [];
  let current: RawOption | undefined;
  // argparse: a scalar option takes one word, a list takes all up to the next option, a boolean none.
  let takesMany = true;
  for (const word of words) {
    if (word.startsWith('--') && word.length > 2) {
      const eq = word.indexOf('=');
      const name = eq > 0 ? word.slice(2, eq) : word.slice(2);
      current = { name, words: eq > 0 ? [word.slice(eq + 1)] : [] };
      options.push(current);
      const member =
        members && (memberFor(name, members) ?? memberFor(name.replace(/^no-/, ''), members));
      takesMany = !member || member.kind.type === 'list';
      if ((member?.kind.type === 'b' && eq < 0) || (!takesMany && eq > 0)) current = undefined;
    } else if (current) {
      current.words.push(word);
      if (!takesMany) current = undefined;
    } else positionals.push(word);
  }
  return { options, positionals };
}

function memberFor(kebab: string, members: MemberSpec[]): MemberSpec | undefined {
  const name = matchKebab(
    kebab,
    members.map((m) => m.name),
  );
  return members.find((m) => m.name === name);
}

/** Builds an operation's input from `--kebab-case value` options, following the SDK's member schema. */
export function parseApiArgs(
  service: string,
  operation: string,
  words: string[],
  globals: GlobalOptions,
): Extract<CliCommand, { kind: 'api' }> {
  const members = inputMembers(service, operation);
  const { options, positionals } = groupOptions(words, members);
  const input: Record<string, unknown> = {};
  const localFiles: Record<string, string> = {};
  const unknown: string[] = [];
  const fileMembers = FILE_BLOB_MEMBERS[service] ?? [];
  for (const option of options.filter((o) => o.name === 'cli-input-json'))
    Object.assign(input, cliInputJson(option.words));
  for (const option of options.filter((o) => o.name !== 'cli-input-json')) {
    const flag = `--${option.name}`;
    if (!members) {
      input[fromKebab(option.name)] =
        option.words.length === 0 ? true : optionValue(service, flag, option.words, undefined);
      continue;
    }
    const negated = option.name.startsWith('no-')
      ? memberFor(option.name.slice(3), members)
      : undefined;
    const member = negated?.kind.type === 'b' ? negated : memberFor(option.name, members);
    if (!member) unknown.push(flag);
    else if (member.kind.type === 'b' && option.words.length === 0)
      input[member.name] = member !== negated;
    else if (option.words.length === 0)
      throw new CliUsageError(`argument ${flag}: expected one argument`);
    else if (fileMembers.includes(member.name)) localFiles[member.name] = option.words[0]!;
    else input[member.name] = optionValue(service, flag, option.words, member.kind);
  }
  const wantsOutfile = OUTFILE_OPERATIONS[service]?.includes(operation) ?? false;
  const outfile = wantsOutfile ? positionals.shift() : undefined;
  unknown.push(...positionals);
  if (unknown.length > 0) throw unknownOptions(unknown, members);
  const missing = (members ?? [])
    .filter((m) => m.required && !(m.name in input) && !(m.name in localFiles))
    .map((m) => `--${toKebab(m.name)}`);
  if (wantsOutfile && outfile === undefined) missing.push('outfile');
  if (missing.length > 0)
    throw new CliUsageError(`the following arguments are required: ${missing.join(', ')}`);
  return {
    kind: 'api',
    service,
    operation,
    input,
    localFiles,
    ...(outfile !== undefined ? { outfile } : {}),
    globals,
  };
}

function cliInputJson(words: string[]): Record<string, unknown> {
  const value = parseJson('--cli-input-json', words[0] ?? '');
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new CliUsageError(
      "Error parsing parameter '--cli-input-json': the JSON must be an object of the operation's members",
    );
  return value as Record<string, unknown>;
}

function unknownOptions(unknown: string[], members: MemberSpec[] | undefined): CliUsageError {
  const choices = (members ?? []).map((m) => `--${toKebab(m.name)}`);
  const hints = unknown
    .filter((u) => u.startsWith('--'))
    .map((u) => ({ u, near: closestChoices(u, choices) }))
    .filter(({ near }) => near.length > 0)
    .map(
      ({ u, near }) =>
        `LakeLab: ${u} is not an option of this command — did you mean ${near.join(' or ')}?`,
    );
  if (hints.length === 0 && choices.length > 0)
    hints.push(`LakeLab: its options are ${choices.join(' ')}`);
  return new CliUsageError(`Unknown options: ${unknown.join(', ')}`, { hints });
}
