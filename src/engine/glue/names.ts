import { invalidInput } from '../core/errors';

// Glue: names are 1–255 characters of the "single-line string pattern"
// [\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]* (no control characters or line breaks).
const SINGLE_LINE = /^[\u0020-\uD7FF\uE000-\uFFFD\t\u{10000}-\u{10FFFF}]*$/u;

/** Validates a Glue catalog name and returns it lower-cased, as Glue stores it (Hive compatibility). */
export function glueName(value: string | undefined, field: string): string {
  const name = value ?? '';
  if (name.length < 1 || name.length > 255)
    throw invalidInput(
      `1 validation error detected: Value '${name}' at '${field}' failed to satisfy constraint: Member must have length between 1 and 255`,
    );
  if (!SINGLE_LINE.test(name))
    throw invalidInput(
      `1 validation error detected: Value at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\t]*`,
    );
  return name.toLowerCase();
}

/** Glue pagination: NextToken is an opaque offset; MaxResults 1–100 (default 100 here). */
export function pageOf<T>(
  items: T[],
  input: { NextToken?: string; MaxResults?: number },
): { page: T[]; NextToken?: string } {
  const start = input.NextToken ? Number(input.NextToken) : 0;
  if (!Number.isInteger(start) || start < 0)
    throw invalidInput(
      `The NextToken "${input.NextToken}" is not valid: pass the NextToken a previous response returned.`,
    );
  const max = input.MaxResults ?? 100;
  if (!Number.isInteger(max) || max < 1 || max > 100)
    throw invalidInput(
      `1 validation error detected: Value '${String(max)}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 100`,
    );
  const page = items.slice(start, start + max);
  return start + max < items.length ? { page, NextToken: String(start + max) } : { page };
}
