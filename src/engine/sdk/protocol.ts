import type { HttpRequest } from '@smithy/types';
import type { AwsError } from '../core/errors';
import type { AuthProblem } from './auth';

/** An operation call decoded from the wire. */
export interface DecodedCall {
  service: string;
  operation: string;
  input: Record<string, unknown>;
}

/** A response before it becomes the SDK's HttpResponse; `stream` bodies become a ReadableStream. */
export interface WireResponse {
  statusCode: number;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** The body is an S3 object's payload: hand it to the SDK as a stream. */
  stream?: boolean;
}

/** One AWS wire protocol: how requests decode, and how results and errors encode. */
export interface WireProtocol {
  decode(request: HttpRequest, body: Uint8Array, service: string): DecodedCall;
  encodeOutput(call: DecodedCall, output: unknown, requestId: string): WireResponse;
  encodeError(error: AwsError, requestId: string, call?: DecodedCall): WireResponse;
  /** The protocol's own error for a credential or signature problem. */
  authError(problem: AuthProblem): { code: string; statusCode: number; message: string };
}

export const INVALID_TOKEN_MESSAGE = 'The security token included in the request is invalid.';
export const SIGNATURE_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
