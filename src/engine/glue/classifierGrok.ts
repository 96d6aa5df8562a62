import { invalidInput } from '../core/errors';
import type { InferredColumn } from './classifierModel';

/**
 * The standard grok patterns a course uses (from the Logstash library Glue ships, rewritten
 * for JavaScript regular expressions: no atomic groups, no capturing groups of their own).
 */
export const GROK_PATTERNS: Record<string, string> = {
  USERNAME: '[a-zA-Z0-9._-]+',
  USER: '%{USERNAME}',
  INT: '(?:[+-]?(?:[0-9]+))',
  BASE10NUM: '(?:[+-]?(?:(?:[0-9]+(?:\\.[0-9]+)?)|(?:\\.[0-9]+)))',
  NUMBER: '(?:%{BASE10NUM})',
  POSINT: '\\b(?:[1-9][0-9]*)\\b',
  NONNEGINT: '\\b(?:[0-9]+)\\b',
  WORD: '\\b\\w+\\b',
  NOTSPACE: '\\S+',
  SPACE: '\\s*',
  DATA: '.*?',
  GREEDYDATA: '.*',
  QUOTEDSTRING: '(?:"(?:[^"\\\\]|\\\\.)*"|\'(?:[^\'\\\\]|\\\\.)*\'|`(?:[^`\\\\]|\\\\.)*`)',
  QS: '%{QUOTEDSTRING}',
  UUID: '[A-Fa-f0-9]{8}-(?:[A-Fa-f0-9]{4}-){3}[A-Fa-f0-9]{12}',
  IPV4: '(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])',
  IPV6: '(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,7}:|::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}',
  IP: '(?:%{IPV6}|%{IPV4})',
  HOSTNAME:
    '\\b(?:[0-9A-Za-z][0-9A-Za-z-]{0,62})(?:\\.(?:[0-9A-Za-z][0-9A-Za-z-]{0,62}))*(?:\\.?|\\b)',
  IPORHOST: '(?:%{IP}|%{HOSTNAME})',
  URIPATH: "(?:/[A-Za-z0-9$.+!*'(){},~:;=@#%_\\-]*)+",
  URIPARAM: "\\?[A-Za-z0-9$.+!*'|(){},~@#%&/=:;_?\\-\\[\\]<>]*",
  URIPATHPARAM: '%{URIPATH}(?:%{URIPARAM})?',
  MONTH:
    '\\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b',
  MONTHNUM: '(?:0?[1-9]|1[0-2])',
  MONTHDAY: '(?:(?:0[1-9])|(?:[12][0-9])|(?:3[01])|[1-9])',
  DAY: '(?:Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)',
  YEAR: '(?:\\d\\d){1,2}',
  HOUR: '(?:2[0123]|[01]?[0-9])',
  MINUTE: '(?:[0-5][0-9])',
  SECOND: '(?:(?:[0-5]?[0-9]|60)(?:[:.,][0-9]+)?)',
  TIME: '%{HOUR}:%{MINUTE}(?::%{SECOND})(?![0-9])',
  ISO8601_TIMEZONE: '(?:Z|[+-]%{HOUR}(?::?%{MINUTE}))',
  TIMESTAMP_ISO8601:
    '%{YEAR}-%{MONTHNUM}-%{MONTHDAY}[T ]%{HOUR}:?%{MINUTE}(?::?%{SECOND})?%{ISO8601_TIMEZONE}?',
  HTTPDATE: '%{MONTHDAY}/%{MONTH}/%{YEAR}:%{TIME} %{INT}',
  SYSLOGTIMESTAMP: '%{MONTH} +%{MONTHDAY} %{TIME}',
  LOGLEVEL:
    '(?:[Aa]lert|ALERT|[Tt]race|TRACE|[Dd]ebug|DEBUG|[Nn]otice|NOTICE|[Ii]nfo|INFO|[Ww]arn(?:ing)?|WARN(?:ING)?|[Ee]rr(?:or)?|ERR(?:OR)?|[Cc]rit(?:ical)?|CRIT(?:ICAL)?|[Ff]atal|FATAL|[Ss]evere|SEVERE|EMERG(?:ENCY)?|[Ee]merg(?:ency)?)',
  COMMONAPACHELOG:
    '%{IPORHOST:clientip} %{USER:ident} %{USER:auth} \\[%{HTTPDATE:timestamp}\\] "(?:%{WORD:verb} %{NOTSPACE:request}(?: HTTP/%{NUMBER:httpversion})?|%{DATA:rawrequest})" %{NUMBER:response} (?:%{NUMBER:bytes}|-)',
  COMBINEDAPACHELOG: '%{COMMONAPACHELOG} %{QS:referrer} %{QS:agent}',
};

// Glue grok: `%{PATTERN:field:type}` casts to byte, boolean, double, short, int, long or float (custom-classifier.html).
const CAST_TYPES: Record<string, string> = {
  byte: 'tinyint',
  boolean: 'boolean',
  double: 'double',
  short: 'smallint',
  int: 'int',
  long: 'bigint',
  float: 'float',
};

export interface CompiledGrok {
  regex: RegExp;
  fields: InferredColumn[];
}

/** Custom patterns: one `NAME regex` per line (custom-classifier.html). */
export function parseCustomPatterns(text: string | undefined): Record<string, string> {
  const patterns: Record<string, string> = {};
  for (const line of (text ?? '').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = /^([A-Za-z0-9_]+)\s+(.+)$/.exec(trimmed);
    if (!match)
      throw invalidInput(
        `Custom pattern "${trimmed}" is not "NAME regex": write one pattern per line, its name, a space, then the pattern.`,
      );
    patterns[match[1]!] = match[2]!;
  }
  return patterns;
}

/** Expands a grok expression into one regular expression with a named group per field. */
export function compileGrok(pattern: string, customPatterns?: string): CompiledGrok {
  const library = { ...GROK_PATTERNS, ...parseCustomPatterns(customPatterns) };
  const fields: InferredColumn[] = [];
  const expand = (text: string, depth: number): string => {
    if (depth > 20)
      throw invalidInput(
        'The grok pattern refers to itself in a loop (a pattern includes itself).',
      );
    return text.replace(
      /%\{(\w+)(?::([\w.@-]+))?(?::(\w+))?\}/g,
      (_all, name: string, field?: string, cast?: string) => {
        const body = library[name];
        if (body === undefined)
          throw invalidInput(
            `The grok pattern uses %{${name}}, which is neither a built-in pattern nor one of the custom patterns.`,
          );
        const inner = expand(body, depth + 1);
        if (!field) return `(?:${inner})`;
        if (cast !== undefined && !CAST_TYPES[cast])
          throw invalidInput(
            `Grok field "${field}" has type "${cast}": use byte, boolean, double, short, int, long or float.`,
          );
        const type = cast ? CAST_TYPES[cast]! : 'string';
        fields.push({
          name: field,
          type,
          why: cast
            ? `cast to ${cast} in the grok pattern`
            : 'grok fields are string unless the pattern casts them',
        });
        return `(?<f${fields.length - 1}>${inner})`;
      },
    );
  };
  const source = expand(pattern, 0);
  try {
    return { regex: new RegExp(`^${source}$`), fields };
  } catch (error) {
    throw invalidInput(
      `The grok pattern is not a valid regular expression once expanded: ${(error as Error).message}`,
    );
  }
}

/** How many of the lines the grok expression matches (one line at a time, no multi-line records). */
export function grokMatchShare(compiled: CompiledGrok, lines: string[]): number {
  if (lines.length === 0) return 0;
  return lines.filter((line) => compiled.regex.test(line)).length / lines.length;
}
