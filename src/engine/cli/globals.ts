import { CliUsageError } from './errors';

export type OutputFormat = 'json' | 'text' | 'table';

export interface GlobalOptions {
  output: OutputFormat;
  query?: string;
  /** False with --no-paginate: only the first page of a list operation. */
  paginate: boolean;
  /** LakeLab notes about accepted-but-ignored options, printed on stderr. */
  notes: string[];
}

const IGNORED_WITH_VALUE: Record<string, string> = {
  '--profile':
    'LakeLab: --profile is accepted and ignored; commands run as the principal signed in to the lab.',
  '--region': 'LakeLab: --region is accepted and ignored; the lab has one region.',
  '--endpoint-url':
    'LakeLab: --endpoint-url is accepted and ignored; every call goes to the simulator.',
  '--color': '',
  '--cli-read-timeout': '',
  '--cli-connect-timeout': '',
  '--page-size': '',
};
const IGNORED_FLAGS = new Set([
  '--no-cli-pager',
  '--no-paginate',
  '--debug',
  '--no-verify-ssl',
  '--no-sign-request',
  '--cli-auto-prompt',
  '--no-cli-auto-prompt',
]);

/** Removes the CLI's global options (anywhere on the line) and returns what they ask for. */
export function extractGlobals(words: string[]): { rest: string[]; globals: GlobalOptions } {
  const globals: GlobalOptions = { output: 'json', paginate: true, notes: [] };
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const [name, inline] =
      word.startsWith('--') && word.includes('=')
        ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]
        : [word, undefined];
    const takeValue = () => {
      const value = inline ?? words[++i];
      if (value === undefined) throw new CliUsageError(`argument ${name}: expected one argument`);
      return value;
    };
    if (name === '--output') {
      const value = takeValue();
      if (
        value !== 'json' &&
        value !== 'text' &&
        value !== 'table' &&
        value !== 'yaml' &&
        value !== 'yaml-stream'
      )
        throw new CliUsageError(
          `argument --output: Invalid choice, valid choices are:\n\njson                                     | text\ntable                                    | yaml\nyaml-stream`,
        );
      if (value.startsWith('yaml'))
        globals.notes.push('LakeLab: yaml output is not simulated; showing json.');
      globals.output = value === 'yaml' || value === 'yaml-stream' ? 'json' : value;
    } else if (name === '--query') globals.query = takeValue();
    else if (name === '--no-paginate') globals.paginate = false;
    else if (name in IGNORED_WITH_VALUE) {
      takeValue();
      const note = IGNORED_WITH_VALUE[name];
      if (note) globals.notes.push(note);
    } else if (!IGNORED_FLAGS.has(name)) rest.push(word);
  }
  return { rest, globals };
}
