import { strFromU8, strToU8 } from 'fflate';
import { AwsError } from '../core/errors';
import { blobBytes, toBase64 } from './blob';

/** Kinesis: "Tokens expire after 300 seconds … you get ExpiredNextTokenException" (API_ListShards.html). */
export const NEXT_TOKEN_LIFETIME_MS = 300_000;

/** What a NextToken stands for: the stream it lists, where the next page starts, when it was issued. */
export interface PageToken {
  stream: string;
  start: number;
  issued: number;
}

/** An opaque NextToken that alone identifies the stream (ListShards takes it without StreamName). */
export function encodePageToken(token: PageToken): string {
  return toBase64(strToU8(JSON.stringify(token)));
}

export function decodePageToken(text: string, now: number): PageToken {
  let token: PageToken | undefined;
  try {
    const parsed = JSON.parse(strFromU8(blobBytes(text, 'NextToken'))) as PageToken;
    if (typeof parsed.stream === 'string' && Number.isInteger(parsed.start) && parsed.start >= 0)
      token = parsed;
  } catch {
    // reported below
  }
  if (!token) throw new AwsError('InvalidArgumentException', 'NextToken is not a valid token.');
  if (now - token.issued > NEXT_TOKEN_LIFETIME_MS)
    throw new AwsError(
      'ExpiredNextTokenException',
      `The NextToken was issued more than ${NEXT_TOKEN_LIFETIME_MS / 1000} seconds ago and has expired.`,
    );
  return token;
}

/**
 * A page size from a Limit/MaxResults: below 1 breaks the model's range (ValidationException);
 * above `cap` returns at most `cap` ("If you specify a value greater than 100, at most 100 results
 * are returned", API_ListStreams.html / API_DescribeStream.html; 1,000 for API_ListShards.html).
 */
export function pageSize(value: number | undefined, field: string, fallback: number, cap: number) {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new AwsError(
      'ValidationException',
      `1 validation error detected: Value '${String(value)}' at '${field}' failed to satisfy constraint: Member must have value greater than or equal to 1`,
    );
  return Math.min(value, cap);
}
