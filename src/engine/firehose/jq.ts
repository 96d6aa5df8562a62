import { AwsError } from '../core/errors';

/** Firehose: dynamic partitioning takes at most 50 keys from the inline jq query (dynamic-partitioning.html). */
export const MAX_PARTITION_KEYS = 50;

const invalid = (message: string) => new AwsError('InvalidArgumentException', message);

/**
 * Parses the MetadataExtraction query `{key:.field, other:.a.b}` into key → path. LakeLab supports
 * only simple paths (`.field`, `.a.b`), the common case; real Firehose runs full jq 1.6.
 */
export function parseExtractionQuery(query: string): Record<string, string> {
  const body = /^\s*\{(.*)\}\s*$/s.exec(query)?.[1];
  if (body === undefined)
    throw invalid(
      `MetadataExtractionQuery must be a jq object like {customer_id:.customer_id}; got ${query}.`,
    );
  const keys: Record<string, string> = {};
  for (const part of body.split(',')) {
    const match =
      /^\s*"?([A-Za-z_][A-Za-z0-9_]*)"?\s*:\s*(\.[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*$/.exec(
        part,
      );
    if (!match)
      throw invalid(
        `LakeLab reads MetadataExtractionQuery entries of the form key:.field or key:.a.b; "${part.trim()}" is not one.`,
      );
    keys[match[1]!] = match[2]!;
  }
  if (Object.keys(keys).length > MAX_PARTITION_KEYS)
    throw invalid(`Dynamic partitioning supports at most ${MAX_PARTITION_KEYS} partition keys.`);
  return keys;
}

/** A path's value in a parsed record, as a partition key string; undefined when missing or not a scalar. */
export function extractKey(record: unknown, path: string): string | undefined {
  let value: unknown = record;
  for (const field of path.slice(1).split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[field];
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
