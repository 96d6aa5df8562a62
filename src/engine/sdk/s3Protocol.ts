import type { HttpRequest } from '@smithy/types';
import type { AuthProblem } from './auth';
import { utf8 } from './bytes';
import {
  SIGNATURE_MESSAGE,
  type DecodedCall,
  type WireProtocol,
  type WireResponse,
} from './protocol';
import { decodeS3Request } from './s3Request';
import { S3_LIST_STYLE } from './s3Xml';
import { xmlDocument, xmlFields } from './xml';

const S3_NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** Output members bound to response headers (S3's httpHeader bindings). */
const HEADER_OUTPUTS: Record<string, string> = {
  ETag: 'etag',
  ContentLength: 'content-length',
  ContentType: 'content-type',
  ContentEncoding: 'content-encoding',
  ContentLanguage: 'content-language',
  ContentDisposition: 'content-disposition',
  CacheControl: 'cache-control',
  ContentRange: 'content-range',
  AcceptRanges: 'accept-ranges',
  LastModified: 'last-modified',
  Expires: 'expires',
  VersionId: 'x-amz-version-id',
  ServerSideEncryption: 'x-amz-server-side-encryption',
  SSEKMSKeyId: 'x-amz-server-side-encryption-aws-kms-key-id',
  BucketKeyEnabled: 'x-amz-server-side-encryption-bucket-key-enabled',
  StorageClass: 'x-amz-storage-class',
  TagCount: 'x-amz-tagging-count',
  Expiration: 'x-amz-expiration',
  Restore: 'x-amz-restore',
  DeleteMarker: 'x-amz-delete-marker',
  Location: 'location',
  BucketRegion: 'x-amz-bucket-region',
  ArchiveStatus: 'x-amz-archive-status',
  CopySourceVersionId: 'x-amz-copy-source-version-id',
  TransitionDefaultMinimumObjectSize: 'x-amz-transition-default-minimum-object-size',
};
const HTTP_DATE_HEADERS = new Set(['LastModified', 'Expires']);

/** Operations whose result is an XML document: its root element and, if one member is the payload, that member. */
const XML_PAYLOADS: Record<string, { root: string; member?: string }> = {
  ListBuckets: { root: 'ListAllMyBucketsResult' },
  ListObjectsV2: { root: 'ListBucketResult' },
  ListObjects: { root: 'ListBucketResult' },
  CopyObject: { root: 'CopyObjectResult', member: 'CopyObjectResult' },
  DeleteObjects: { root: 'DeleteResult' },
  GetBucketEncryption: {
    root: 'ServerSideEncryptionConfiguration',
    member: 'ServerSideEncryptionConfiguration',
  },
  GetPublicAccessBlock: {
    root: 'PublicAccessBlockConfiguration',
    member: 'PublicAccessBlockConfiguration',
  },
  GetBucketLifecycleConfiguration: { root: 'LifecycleConfiguration' },
  GetBucketTagging: { root: 'Tagging' },
  GetObjectTagging: { root: 'Tagging' },
  GetBucketVersioning: { root: 'VersioningConfiguration' },
};

const asDate = (value: unknown) => (value instanceof Date ? value : new Date(Number(value)));

function headersOf(output: Record<string, unknown>): {
  headers: Record<string, string>;
  rest: Record<string, unknown>;
} {
  const headers: Record<string, string> = {};
  const rest: Record<string, unknown> = {};
  for (const [member, value] of Object.entries(output)) {
    if (value === undefined) continue;
    const header = HEADER_OUTPUTS[member];
    if (header)
      headers[header] = HTTP_DATE_HEADERS.has(member) ? asDate(value).toUTCString() : String(value);
    else if (member === 'Metadata' && value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) headers[`x-amz-meta-${k}`] = String(v);
    else rest[member] = value;
  }
  return { headers, rest };
}

function bodyOf(operation: string, rest: Record<string, unknown>): string | undefined {
  if (operation === 'GetBucketLocation') {
    // S3: GetBucketLocation answers an empty LocationConstraint for us-east-1.
    const region =
      rest.LocationConstraint === 'us-east-1' ? '' : String(rest.LocationConstraint ?? '');
    return xmlDocument('LocationConstraint', region, S3_NAMESPACE);
  }
  if (operation === 'GetBucketPolicy')
    return typeof rest.Policy === 'string' ? rest.Policy : undefined;
  const payload = XML_PAYLOADS[operation];
  if (!payload) return undefined;
  const fields = payload.member ? ((rest[payload.member] ?? {}) as Record<string, unknown>) : rest;
  return xmlDocument(payload.root, xmlFields(fields, S3_LIST_STYLE), S3_NAMESPACE);
}

function encodeOutput(call: DecodedCall, output: unknown, requestId: string): WireResponse {
  const record =
    output !== null && typeof output === 'object' ? (output as Record<string, unknown>) : {};
  const { Body, ...others } = record;
  const { headers, rest } = headersOf(others);
  const base = { 'x-amz-request-id': requestId, 'x-amz-id-2': requestId };
  if (call.operation === 'GetObject') {
    const bytes = Body instanceof Uint8Array ? Body : utf8(typeof Body === 'string' ? Body : '');
    return {
      statusCode: headers['content-range'] ? 206 : 200,
      headers: { ...base, ...headers, 'content-length': String(bytes.byteLength) },
      body: bytes,
      stream: true,
    };
  }
  const noContent =
    call.operation === 'DeleteObject' ||
    (call.operation.startsWith('Delete') && call.operation !== 'DeleteObjects');
  const body =
    call.operation === 'HeadObject' || call.operation === 'HeadBucket'
      ? undefined
      : bodyOf(call.operation, rest);
  return {
    statusCode: noContent ? 204 : 200,
    headers: {
      ...base,
      ...headers,
      ...(body !== undefined ? { 'content-type': 'application/xml' } : {}),
    },
    ...(body !== undefined ? { body } : {}),
  };
}

export const s3Protocol: WireProtocol = {
  decode: (request: HttpRequest, body: Uint8Array) => decodeS3Request(request, body),
  encodeOutput,
  encodeError(error, requestId, call) {
    const resource =
      error.resource ??
      (call?.input.Key as string | undefined) ??
      (call?.input.Bucket as string | undefined);
    const fields = {
      Code: error.name,
      Message: error.message,
      ...(resource !== undefined ? { Resource: resource } : {}),
      RequestId: requestId,
    };
    const isHead = call?.operation === 'HeadObject' || call?.operation === 'HeadBucket';
    return {
      statusCode: error.statusCode,
      headers: {
        'x-amz-request-id': requestId,
        'x-amz-id-2': requestId,
        ...(isHead ? {} : { 'content-type': 'application/xml' }),
      },
      ...(isHead ? {} : { body: xmlDocument('Error', xmlFields(fields, {})) }),
    };
  },
  authError(problem: AuthProblem) {
    if (problem === 'badSignature')
      return { code: 'SignatureDoesNotMatch', statusCode: 403, message: SIGNATURE_MESSAGE };
    if (problem === 'expired')
      return { code: 'ExpiredToken', statusCode: 400, message: 'The provided token has expired.' };
    if (problem === 'badToken')
      return {
        code: 'InvalidToken',
        statusCode: 400,
        message: 'The provided token is malformed or otherwise invalid.',
      };
    if (problem === 'missing')
      return {
        code: 'AccessDenied',
        statusCode: 403,
        message:
          'Anonymous requests are not allowed in LakeLab: sign the request with an access key.',
      };
    return {
      code: 'InvalidAccessKeyId',
      statusCode: 403,
      message: 'The AWS Access Key Id you provided does not exist in our records.',
    };
  },
};
