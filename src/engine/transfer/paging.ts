import { AwsError } from '../core/errors';
import { invalidRequest } from './servers';

const TOKEN = /^tfnext-(\d+)$/;

/**
 * One page of ListServers/ListUsers: MaxResults (1 to 1000) items after NextToken; a token the
 * service did not hand out is InvalidNextTokenException (API_ListServers, Errors).
 */
export function page<T>(
  items: T[],
  input: { MaxResults?: number | undefined; NextToken?: string | undefined },
): { page: T[]; NextToken?: string } {
  let start = 0;
  if (input.NextToken !== undefined) {
    const match = TOKEN.exec(input.NextToken);
    if (!match || Number(match[1]) > items.length)
      throw new AwsError('InvalidNextTokenException', 'The NextToken parameter is not valid.');
    start = Number(match[1]);
  }
  if (input.MaxResults !== undefined && (input.MaxResults < 1 || input.MaxResults > 1000))
    throw invalidRequest(
      `1 validation error detected: Value '${input.MaxResults}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 1000`,
    );
  const end = start + (input.MaxResults ?? 1000);
  return end < items.length
    ? { page: items.slice(start, end), NextToken: `tfnext-${end}` }
    : { page: items.slice(start) };
}
