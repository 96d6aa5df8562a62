import { describe, expect, it } from 'vitest';
import { callAllPages } from './paginate';

/** A list operation over `items`, two per page, with the given token names. */
function pagedOperation(items: string[], outputToken: string, inputToken: string) {
  const requests: Record<string, unknown>[] = [];
  const call = async (_service: string, _operation: string, input: unknown) => {
    const request = input as Record<string, unknown>;
    requests.push(request);
    const start = Number(request[inputToken] ?? 0);
    const isTruncated = start + 2 < items.length;
    return {
      Items: items.slice(start, start + 2),
      IsTruncated: isTruncated,
      ...(isTruncated ? { [outputToken]: String(start + 2) } : {}),
    };
  };
  return { call, requests };
}

describe('callAllPages', () => {
  it('follows NextContinuationToken with ContinuationToken and concatenates the pages', async () => {
    const { call, requests } = pagedOperation(
      ['a', 'b', 'c', 'd', 'e'],
      'NextContinuationToken',
      'ContinuationToken',
    );
    expect(await callAllPages(call, 's3', 'ListObjectsV2', { Bucket: 'b' }, true)).toEqual({
      Items: ['a', 'b', 'c', 'd', 'e'],
      IsTruncated: false,
    });
    expect(requests.map((r) => r.ContinuationToken)).toEqual([undefined, '2', '4']);
  });
  it('follows IAM Marker only while IsTruncated', async () => {
    const { call } = pagedOperation(['u1', 'u2', 'u3'], 'Marker', 'Marker');
    expect(await callAllPages(call, 'iam', 'ListUsers', {}, true)).toEqual({
      Items: ['u1', 'u2', 'u3'],
      IsTruncated: false,
    });
  });
  it('returns the first page only with --no-paginate', async () => {
    const { call } = pagedOperation(['a', 'b', 'c'], 'NextToken', 'NextToken');
    expect(await callAllPages(call, 'glue', 'GetDatabases', {}, false)).toEqual({
      Items: ['a', 'b'],
      IsTruncated: true,
      NextToken: '2',
    });
  });
});
