import { invalidRequest } from './access';

/** Athena's NextToken: an opaque offset into a stable list. */
export function paginate<T>(
  items: readonly T[],
  token: string | undefined,
  maxResults: number,
  limit: number,
): { items: T[]; nextToken?: string } {
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > limit)
    throw invalidRequest(`MaxResults must be between 1 and ${limit}; got ${maxResults}.`);
  const start = token === undefined ? 0 : Number.parseInt(token, 36);
  if (!Number.isInteger(start) || start < 0 || start > items.length)
    throw invalidRequest('The NextToken is not valid: pass the token a previous call returned.');
  const end = start + maxResults;
  return {
    items: items.slice(start, end),
    ...(end < items.length ? { nextToken: end.toString(36) } : {}),
  };
}
