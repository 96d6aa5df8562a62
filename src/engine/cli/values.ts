import { CliUsageError } from './errors';
import { looksLikeShorthand, parseShorthand } from './shorthand';
import { shapeMembers, type MemberKind } from './shapes/memberSpecs';

const utf8 = new TextEncoder();

/** Parses one option's words into the member's value, following its kind when the schema is known. */
export function optionValue(
  service: string,
  option: string,
  words: string[],
  kind: MemberKind | undefined,
): unknown {
  const first = words[0] ?? '';
  if (/^fileb?:\/\//.test(first))
    throw new CliUsageError(
      `Error parsing parameter '${option}': Unable to load paramfile ${first}: LakeLab's terminal has no file system`,
      {
        hints: [
          `LakeLab: paste the content inline instead, e.g. ${option} '{"Key": "value"}' (JSON in single quotes).`,
        ],
      },
    );
  if (!kind) return guessValue(option, words);
  if (kind.type === 'list') {
    if (words.length === 1 && first.startsWith('['))
      return coerce(service, option, parseJson(option, first), kind);
    const items = words.length === 1 && !isStructured(kind.of) ? splitCommas(first) : words;
    return items.map((word) => coerce(service, option, wordValue(option, word, kind.of), kind.of));
  }
  if (words.length > 1)
    throw new CliUsageError(`Unknown options: ${words.slice(1).join(', ')}`, {
      hints: [`LakeLab: ${option} takes one value; quote it if it contains spaces.`],
    });
  return coerce(service, option, wordValue(option, first, kind), kind);
}

function isStructured(kind: MemberKind): boolean {
  return (
    kind.type === 'struct' ||
    kind.type === 'map' ||
    kind.type === 'S' ||
    kind.type === 'd' ||
    kind.type === 'list'
  );
}

function splitCommas(word: string): string[] {
  return word.split(',').map((part) => part.trim());
}

/** A word as JSON when it is JSON for a structured member, shorthand when it looks like it, else the text. */
function wordValue(option: string, word: string, kind: MemberKind): unknown {
  if (!isStructured(kind)) return word;
  if (/^\s*[[{]/.test(word)) return parseJson(option, word);
  return parseShorthand(word, option);
}

export function parseJson(option: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliUsageError(
      `Error parsing parameter '${option}': Invalid JSON: ${(error as Error).message}\nJSON received: ${text}`,
      {
        hints: [
          'LakeLab: wrap JSON in single quotes so the shell keeps its double quotes: \'{"Key": "value"}\'.',
        ],
      },
    );
  }
}

function invalidType(option: string, value: unknown, expected: string): CliUsageError {
  return new CliUsageError(
    `Parameter validation failed:\nInvalid type for parameter ${option.replace(/^--/, '')}, value: ${String(value)}, valid types: ${expected}`,
  );
}

/** Converts a parsed value to the member's kind: "10" → 10 for numbers, shorthand keys → nested members. */
export function coerce(service: string, option: string, value: unknown, kind: MemberKind): unknown {
  switch (kind.type) {
    case 'n': {
      const number = typeof value === 'number' ? value : Number(value);
      if (typeof value === 'object' || String(value).trim() === '' || Number.isNaN(number))
        throw invalidType(option, value, "<class 'int'>, <class 'float'>");
      return number;
    }
    case 'b':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      throw invalidType(option, value, "<class 'bool'>");
    case 't':
      return typeof value === 'string' || typeof value === 'number' ? toDate(option, value) : value;
    case 'B':
      return typeof value === 'string' ? utf8.encode(value) : value;
    case 'list':
      return (Array.isArray(value) ? value : [value]).map((item) =>
        coerce(service, option, item, kind.of),
      );
    case 'map':
      return value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(
            Object.entries(value).map(([k, v]) => [k, coerce(service, option, v, kind.of)]),
          )
        : value;
    case 'struct':
      return coerceStruct(service, option, value, kind.shape);
    case 's':
      return Array.isArray(value)
        ? value.join(',')
        : typeof value === 'object' && value !== null
          ? JSON.stringify(value)
          : String(value);
    default:
      return value;
  }
}

function coerceStruct(service: string, option: string, value: unknown, shape: string): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const members = shapeMembers(service, shape);
  if (!members) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const member = members.find((m) => m.name === key);
    if (!member)
      throw new CliUsageError(
        `Parameter validation failed:\nUnknown parameter in ${option.replace(/^--/, '')}: "${key}", must be one of: ${members.map((m) => m.name).join(', ')}`,
      );
    result[key] = coerce(service, option, item, member.kind);
  }
  return result;
}

function toDate(option: string, value: string | number): Date {
  const date =
    typeof value === 'number' || /^\d+(\.\d+)?$/.test(value)
      ? new Date(Number(value) * 1000)
      : new Date(value);
  if (Number.isNaN(date.getTime()))
    throw invalidType(option, value, "<class 'datetime.datetime'>, <class 'str'>");
  return date;
}

const NUMERIC_OPTION =
  /(^--max-|^--limit$|-count$|-size$|-seconds$|-timeout$|-capacity$|-workers$|-days$|-retries$|-minutes$)/;

/** Without a schema: JSON if it is JSON, shorthand if it looks like it, numbers for count-like options, else text. */
function guessValue(option: string, words: string[]): unknown {
  const values = words.map((word) => {
    if (/^\s*[[{]/.test(word)) return parseJson(option, word);
    if (looksLikeShorthand(word)) return parseShorthand(word, option);
    if (NUMERIC_OPTION.test(option) && /^-?\d+(\.\d+)?$/.test(word)) return Number(word);
    return word;
  });
  return values.length === 1 ? values[0] : values;
}
