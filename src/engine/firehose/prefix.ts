import { AwsError } from '../core/errors';
import type { ErrorOutputType } from './state';

const EXPRESSION = /!\{([^:}]+):([^}]*)\}/g;
const invalid = (message: string) => new AwsError('InvalidArgumentException', message);

export interface PrefixValues {
  /** The arrival time of the oldest record in the object (s3-prefixes.html). */
  timestamp: number;
  random: () => string;
  keys?: Record<string, string>;
  errorType?: ErrorOutputType;
}

export const hasExpressions = (prefix: string | undefined): boolean =>
  !!prefix && /!\{/.test(prefix);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A Java DateTimeFormatter pattern, subset yyyy MM dd HH mm ss and 'quoted text', in UTC. */
export function formatTimestamp(pattern: string, at: number): string {
  const d = new Date(at);
  const fields: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    MM: pad(d.getUTCMonth() + 1),
    dd: pad(d.getUTCDate()),
    HH: pad(d.getUTCHours()),
    mm: pad(d.getUTCMinutes()),
    ss: pad(d.getUTCSeconds()),
  };
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const char = pattern[i]!;
    if (char === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw invalid(`The timestamp pattern "${pattern}" has an unclosed quote.`);
      out += end === i + 1 ? "'" : pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(char)) {
      const token = Object.keys(fields).find((t) => pattern.startsWith(t, i));
      if (!token)
        throw invalid(
          `LakeLab's !{timestamp:…} supports yyyy, MM, dd, HH, mm, ss and 'quoted text'; "${pattern}" uses something else at "${pattern.slice(i)}".`,
        );
      out += fields[token]!;
      i += token.length;
      continue;
    }
    out += char;
    i++;
  }
  return out;
}

/** Checks a prefix's expressions; `keys` are the partition keys dynamic partitioning defines. */
export function checkPrefix(
  prefix: string,
  field: 'Prefix' | 'ErrorOutputPrefix',
  keys: Record<string, string> | undefined,
): void {
  for (const [, namespace, value] of prefix.matchAll(EXPRESSION)) {
    if (namespace === 'timestamp') formatTimestamp(value!, 0);
    else if (namespace === 'firehose') {
      if (value !== 'random-string' && value !== 'error-output-type')
        throw invalid(`!{firehose:${value}} is not valid: use random-string or error-output-type.`);
      // Firehose: error-output-type may only appear in ErrorOutputPrefix (s3-prefixes.html).
      if (value === 'error-output-type' && field === 'Prefix')
        throw invalid(
          'The !{firehose:error-output-type} expression is only allowed in ErrorOutputPrefix.',
        );
    } else if (namespace === 'partitionKeyFromQuery') {
      if (field === 'ErrorOutputPrefix')
        throw invalid('ErrorOutputPrefix cannot use !{partitionKeyFromQuery:…}.');
      if (!keys)
        throw invalid(
          '!{partitionKeyFromQuery:…} needs dynamic partitioning enabled with a MetadataExtraction query.',
        );
      if (!(value! in keys))
        throw invalid(
          `The prefix uses partition key "${value}", which the MetadataExtraction query does not define.`,
        );
    } else if (namespace === 'partitionKeyFromLambda') {
      throw invalid(
        'LakeLab does not simulate Lambda processors, so !{partitionKeyFromLambda:…} is not available.',
      );
    } else throw invalid(`Unknown prefix namespace "${namespace}" in ${field}.`);
  }
  if (
    field === 'ErrorOutputPrefix' &&
    hasExpressions(prefix) &&
    !prefix.includes('!{firehose:error-output-type}')
  )
    throw invalid(
      'ErrorOutputPrefix uses expressions, so it must include !{firehose:error-output-type}.',
    );
}

/** Evaluates a prefix; every !{timestamp:…} in it uses the same instant (s3-prefixes.html). */
export function evaluatePrefix(prefix: string, values: PrefixValues): string {
  return prefix.replace(EXPRESSION, (_, namespace: string, value: string) => {
    if (namespace === 'timestamp') return formatTimestamp(value, values.timestamp);
    if (namespace === 'partitionKeyFromQuery') return values.keys?.[value] ?? '';
    if (value === 'error-output-type') return values.errorType ?? 'processing-failed';
    return values.random();
  });
}

const DEFAULT_TIME = '!{timestamp:yyyy/MM/dd/HH/}';

/**
 * The prefix Firehose actually uses: the default `YYYY/MM/dd/HH/` when none is set, the custom one with
 * that appended when it has no timestamp expression (s3-prefixes.html, basic-deliver.html).
 */
export function effectivePrefix(prefix: string | undefined, dynamicPartitioning: boolean): string {
  if (!prefix) return DEFAULT_TIME;
  if (prefix.includes('!{timestamp:') || dynamicPartitioning) return prefix;
  return `${prefix}${DEFAULT_TIME}`;
}

/** Failed records: the error prefix, or `<error-output-type>/YYYY/MM/dd/HH/` when none is set. */
export function effectiveErrorPrefix(prefix: string | undefined): string {
  if (!prefix) return `!{firehose:error-output-type}/${DEFAULT_TIME}`;
  if (hasExpressions(prefix)) return prefix;
  return `${prefix}!{firehose:error-output-type}/${DEFAULT_TIME}`;
}
