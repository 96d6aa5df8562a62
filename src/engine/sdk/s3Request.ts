import type { HttpRequest } from '@smithy/types';
import { AwsError } from '../core/errors';
import { headerOf } from './auth';
import { decodeAwsChunked, fromUtf8 } from './bytes';
import type { DecodedCall } from './protocol';
import { s3BodyToInput } from './s3Xml';

/** The bucket and key a request addresses, path-style (`/bucket/key`) or virtual-hosted (`bucket.s3….amazonaws.com/key`). */
export function s3Address(request: HttpRequest): { bucket?: string; key?: string } {
  const host = request.hostname.toLowerCase();
  const virtual =
    /^(.+)\.s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com$/.exec(host) ?? /^(.+)\.localhost$/.exec(host);
  const segments = request.path
    .replace(/^\//, '')
    .split('/')
    .map((s) => decodeURIComponent(s));
  const join = (parts: string[]) =>
    parts.length === 0 || (parts.length === 1 && parts[0] === '') ? undefined : parts.join('/');
  if (virtual && !/^s3([.-]|$)/.test(virtual[1]!))
    return { bucket: virtual[1], key: join(segments) };
  const [bucket = '', ...rest] = segments;
  return { bucket: bucket === '' ? undefined : bucket, key: join(rest) };
}

const has = (request: HttpRequest, name: string) =>
  request.query !== undefined && Object.hasOwn(request.query, name);
const q = (request: HttpRequest, name: string): string | undefined => {
  const v = request.query?.[name];
  return Array.isArray(v) ? v[0] : (v ?? undefined);
};

/** Bucket sub-resources (`?encryption`, `?tagging`…) → the operation for each HTTP method. */
const BUCKET_SUBRESOURCES: Record<string, Partial<Record<string, string>>> = {
  encryption: {
    GET: 'GetBucketEncryption',
    PUT: 'PutBucketEncryption',
    DELETE: 'DeleteBucketEncryption',
  },
  publicAccessBlock: {
    GET: 'GetPublicAccessBlock',
    PUT: 'PutPublicAccessBlock',
    DELETE: 'DeletePublicAccessBlock',
  },
  lifecycle: {
    GET: 'GetBucketLifecycleConfiguration',
    PUT: 'PutBucketLifecycleConfiguration',
    DELETE: 'DeleteBucketLifecycle',
  },
  tagging: { GET: 'GetBucketTagging', PUT: 'PutBucketTagging', DELETE: 'DeleteBucketTagging' },
  location: { GET: 'GetBucketLocation' },
  versioning: { GET: 'GetBucketVersioning', PUT: 'PutBucketVersioning' },
  policy: { GET: 'GetBucketPolicy', PUT: 'PutBucketPolicy', DELETE: 'DeleteBucketPolicy' },
  notification: {
    GET: 'GetBucketNotificationConfiguration',
    PUT: 'PutBucketNotificationConfiguration',
  },
  delete: { POST: 'DeleteObjects' },
};

const OBJECT_SUBRESOURCES: Record<string, Partial<Record<string, string>>> = {
  tagging: { GET: 'GetObjectTagging', PUT: 'PutObjectTagging', DELETE: 'DeleteObjectTagging' },
};

function bucketOperation(request: HttpRequest): string {
  for (const [sub, byMethod] of Object.entries(BUCKET_SUBRESOURCES))
    if (has(request, sub) && byMethod[request.method]) return byMethod[request.method]!;
  const plain: Record<string, string> = {
    PUT: 'CreateBucket',
    HEAD: 'HeadBucket',
    DELETE: 'DeleteBucket',
    GET: q(request, 'list-type') === '2' ? 'ListObjectsV2' : 'ListObjects',
  };
  const op = plain[request.method];
  if (!op)
    throw new AwsError(
      'MethodNotAllowed',
      `The specified method ${request.method} is not allowed against this resource.`,
      { statusCode: 405 },
    );
  return op;
}

function objectOperation(request: HttpRequest): string {
  for (const [sub, byMethod] of Object.entries(OBJECT_SUBRESOURCES))
    if (has(request, sub) && byMethod[request.method]) return byMethod[request.method]!;
  if (request.method === 'PUT')
    return headerOf(request, 'x-amz-copy-source') ? 'CopyObject' : 'PutObject';
  const plain: Record<string, string> = {
    GET: 'GetObject',
    HEAD: 'HeadObject',
    DELETE: 'DeleteObject',
  };
  const op = plain[request.method];
  if (!op)
    throw new AwsError(
      'MethodNotAllowed',
      `The specified method ${request.method} is not allowed against this resource.`,
      { statusCode: 405 },
    );
  return op;
}

/** Request headers → input members (S3's httpHeader bindings) for the operations LakeLab simulates. */
const HEADER_MEMBERS: Record<string, string> = {
  'content-type': 'ContentType',
  'content-encoding': 'ContentEncoding',
  'content-language': 'ContentLanguage',
  'content-disposition': 'ContentDisposition',
  'cache-control': 'CacheControl',
  'content-md5': 'ContentMD5',
  range: 'Range',
  'if-match': 'IfMatch',
  'if-none-match': 'IfNoneMatch',
  'x-amz-storage-class': 'StorageClass',
  'x-amz-server-side-encryption': 'ServerSideEncryption',
  'x-amz-server-side-encryption-aws-kms-key-id': 'SSEKMSKeyId',
  'x-amz-server-side-encryption-bucket-key-enabled': 'BucketKeyEnabled',
  'x-amz-tagging': 'Tagging',
  'x-amz-metadata-directive': 'MetadataDirective',
  'x-amz-tagging-directive': 'TaggingDirective',
  'x-amz-copy-source': 'CopySource',
  'x-amz-acl': 'ACL',
  'x-amz-expected-bucket-owner': 'ExpectedBucketOwner',
};

/** Query parameters → input members. */
const QUERY_MEMBERS: Record<string, string> = {
  prefix: 'Prefix',
  delimiter: 'Delimiter',
  'max-keys': 'MaxKeys',
  'continuation-token': 'ContinuationToken',
  'start-after': 'StartAfter',
  'encoding-type': 'EncodingType',
  'fetch-owner': 'FetchOwner',
  marker: 'Marker',
  versionId: 'VersionId',
};
const NUMERIC = new Set(['MaxKeys']);
const BOOLEAN = new Set(['FetchOwner', 'BucketKeyEnabled']);

function typed(member: string, value: string): unknown {
  if (NUMERIC.has(member)) return Number(value);
  if (BOOLEAN.has(member)) return value === 'true';
  return value;
}

function bindings(request: HttpRequest): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    const lower = name.toLowerCase();
    if (lower.startsWith('x-amz-meta-')) metadata[lower.slice('x-amz-meta-'.length)] = value;
    const member = HEADER_MEMBERS[lower];
    if (member) input[member] = typed(member, value);
  }
  if (Object.keys(metadata).length > 0) input.Metadata = metadata;
  for (const [param, member] of Object.entries(QUERY_MEMBERS)) {
    const value = q(request, param);
    if (value !== undefined) input[member] = typed(member, value);
  }
  return input;
}

/** Decodes an S3 REST request into an operation and its input (the payload as Body or parsed XML). */
export function decodeS3Request(request: HttpRequest, rawBody: Uint8Array): DecodedCall {
  const { bucket, key } = s3Address(request);
  const operation = !bucket
    ? request.method === 'GET'
      ? 'ListBuckets'
      : 'NotImplemented'
    : key === undefined
      ? bucketOperation(request)
      : objectOperation(request);
  const encoding = headerOf(request, 'content-encoding') ?? '';
  const body = encoding.includes('aws-chunked') ? decodeAwsChunked(rawBody) : rawBody;
  const input: Record<string, unknown> = {
    ...bindings(request),
    ...(bucket ? { Bucket: bucket } : {}),
    ...(key !== undefined ? { Key: key } : {}),
  };
  if (encoding.includes('aws-chunked')) {
    const rest = encoding
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== 'aws-chunked');
    if (rest.length > 0) input.ContentEncoding = rest.join(',');
    else delete input.ContentEncoding;
  }
  if (operation === 'PutObject') {
    input.Body = body;
    input.ContentLength = body.byteLength;
  } else if (body.length > 0) {
    Object.assign(input, s3BodyToInput(fromUtf8(body)));
  }
  return { service: 's3', operation, input };
}
