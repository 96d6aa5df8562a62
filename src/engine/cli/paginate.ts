import type { CallOperation } from './s3Context';

/** Output token → the input member that sends it back, as the SDK paginators pair them. */
const TOKEN_PAIRS: [output: string, input: string][] = [
  ['NextContinuationToken', 'ContinuationToken'],
  ['NextToken', 'NextToken'],
  ['NextMarker', 'Marker'],
  ['Marker', 'Marker'],
];
const MAX_PAGES = 100;

type Page = Record<string, unknown>;

function nextRequest(
  page: Page,
  input: Record<string, unknown>,
): Record<string, unknown> | undefined {
  for (const [outputToken, inputToken] of TOKEN_PAIRS) {
    const token = page[outputToken];
    if (typeof token !== 'string' || token === '' || token === input[inputToken]) continue;
    // IAM echoes Marker only while IsTruncated; S3 marks the last page with IsTruncated false.
    if (page.IsTruncated === false || (outputToken === 'Marker' && page.IsTruncated !== true))
      return undefined;
    return { ...input, [inputToken]: token };
  }
  return undefined;
}

function merge(first: Page, next: Page): Page {
  const merged: Page = { ...next, ...first };
  for (const [key, value] of Object.entries(next))
    if (Array.isArray(value) && Array.isArray(first[key]))
      merged[key] = [...(first[key] as unknown[]), ...value];
  return merged;
}

/**
 * Calls an operation and, like the CLI, follows its pagination tokens to the end,
 * concatenating the list members of every page (--no-paginate asks for the first page only).
 */
export async function callAllPages(
  call: CallOperation,
  service: string,
  operation: string,
  input: Record<string, unknown>,
  paginate: boolean,
): Promise<unknown> {
  const first = await call(service, operation, input);
  if (!paginate || !first || typeof first !== 'object') return first;
  let result = first as Page;
  let page = result;
  let request = nextRequest(page, input);
  for (let pages = 1; request && pages < MAX_PAGES; pages++) {
    page = (await call(service, operation, request)) as Page;
    result = merge(result, page);
    request = nextRequest(page, request);
  }
  if (result === first) return first;
  const { NextContinuationToken: _a, NextToken: _b, NextMarker: _c, Marker: _d, ...rest } = result;
  return 'IsTruncated' in rest ? { ...rest, IsTruncated: false } : rest;
}
