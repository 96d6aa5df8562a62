import type { HttpRequest } from '@smithy/types';
import { AwsError } from '../core/errors';
import type { AuthProblem } from './auth';
import { headerOf } from './auth';
import { fromUtf8, toBase64 } from './bytes';
import {
  INVALID_TOKEN_MESSAGE,
  SIGNATURE_MESSAGE,
  type DecodedCall,
  type WireProtocol,
  type WireResponse,
} from './protocol';

/**
 * JSON 1.1 services by their X-Amz-Target prefix (`AWSGlue.CreateDatabase`). A new service
 * registers here and in the engine's SERVICES list; nothing else changes.
 */
export const JSON_TARGET_PREFIXES: Record<string, string> = {
  AWSGlue: 'glue',
  AmazonAthena: 'athena',
  Firehose_20150804: 'firehose',
  Kinesis_20131202: 'kinesis',
  AmazonDMSv20160101: 'dms',
  FmrsService: 'datasync',
  TransferService: 'transfer',
  StorageGateway_20130630: 'storagegateway',
};

/** JSON protocols write timestamps as epoch seconds and blobs as base64. */
export function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (value instanceof Uint8Array) return toBase64(value);
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJsonValue(v);
    return out;
  }
  return value;
}

export function parseJsonBody(body: Uint8Array): Record<string, unknown> {
  const text = fromUtf8(body).trim();
  if (text === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    throw new AwsError('SerializationException', 'The request body is not valid JSON.');
  }
}

export function jsonOutput(output: unknown, requestId: string, contentType: string): WireResponse {
  return {
    statusCode: 200,
    headers: { 'content-type': contentType, 'x-amzn-requestid': requestId },
    body: JSON.stringify(toJsonValue(output ?? {})),
  };
}

/** JSON error body: `__type` names the error, `x-amzn-errortype` repeats it (the SDK reads either). */
export function jsonError(error: AwsError, requestId: string, contentType: string): WireResponse {
  return {
    statusCode: error.statusCode,
    headers: {
      'content-type': contentType,
      'x-amzn-requestid': requestId,
      'x-amzn-errortype': error.name,
    },
    body: JSON.stringify({
      __type: error.name,
      message: error.message,
      Message: error.message,
      ...error.details,
    }),
  };
}

export function jsonAuthError(problem: AuthProblem) {
  if (problem === 'badSignature')
    return { code: 'InvalidSignatureException', statusCode: 403, message: SIGNATURE_MESSAGE };
  if (problem === 'expired')
    return {
      code: 'ExpiredTokenException',
      statusCode: 400,
      message: 'The security token included in the request is expired',
    };
  if (problem === 'missing')
    return {
      code: 'MissingAuthenticationTokenException',
      statusCode: 403,
      message: 'Missing Authentication Token',
    };
  return { code: 'UnrecognizedClientException', statusCode: 400, message: INVALID_TOKEN_MESSAGE };
}

const JSON_11 = 'application/x-amz-json-1.1';

export const jsonProtocol: WireProtocol = {
  decode(request: HttpRequest, body: Uint8Array): DecodedCall {
    const target = headerOf(request, 'x-amz-target') ?? '';
    const dot = target.lastIndexOf('.');
    const service = JSON_TARGET_PREFIXES[target.slice(0, dot)];
    if (dot < 0 || !service)
      throw new AwsError(
        'UnknownOperationException',
        `LakeLab does not simulate the target "${target}".`,
      );
    return { service, operation: target.slice(dot + 1), input: parseJsonBody(body) };
  },
  encodeOutput: (_call, output, requestId) => jsonOutput(output, requestId, JSON_11),
  encodeError: (error, requestId) => jsonError(error, requestId, JSON_11),
  authError: jsonAuthError,
};

/** `/GrantPermissions` → GrantPermissions; `/create-flow` (AppFlow's kebab-case paths) → CreateFlow. */
export function operationFromPath(path: string): string {
  const segment = decodeURIComponent(path.replace(/^\/+/, '').split('/')[0] ?? '');
  return segment.includes('-')
    ? segment
        .split('-')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('')
    : segment;
}

/** AppFlow's `/tags/{resourceArn}`: POST TagResource, GET ListTagsForResource, DELETE UntagResource (`?tagKeys=`). */
function tagsCall(request: HttpRequest): Omit<DecodedCall, 'service'> | undefined {
  const arn = /^\/tags\/(.+)$/.exec(request.path)?.[1];
  if (arn === undefined) return undefined;
  const resourceArn = decodeURIComponent(arn);
  const method = request.method.toUpperCase();
  if (method === 'GET') return { operation: 'ListTagsForResource', input: { resourceArn } };
  if (method !== 'DELETE') return { operation: 'TagResource', input: { resourceArn } };
  const keys = request.query?.['tagKeys'];
  const tagKeys = keys === undefined || keys === null ? [] : Array.isArray(keys) ? keys : [keys];
  return { operation: 'UntagResource', input: { resourceArn, tagKeys } };
}

/** REST-JSON services that post JSON to `/<Operation>` (Lake Formation, AppFlow). */
export const restJsonProtocol: WireProtocol = {
  decode(request: HttpRequest, body: Uint8Array, service: string): DecodedCall {
    const tags = tagsCall(request);
    if (tags)
      return {
        service,
        operation: tags.operation,
        input: { ...parseJsonBody(body), ...tags.input },
      };
    return { service, operation: operationFromPath(request.path), input: parseJsonBody(body) };
  },
  encodeOutput: (_call, output, requestId) => jsonOutput(output, requestId, 'application/json'),
  encodeError: (error, requestId) => jsonError(error, requestId, 'application/json'),
  authError: jsonAuthError,
};
