import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HttpRequest } from '@smithy/types';
import type { World } from '../world';

/** What the Authorization header (or a presigned URL's query) says about the signature. */
export interface SignatureClaim {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
  presigned: boolean;
}

export type AuthProblem = 'missing' | 'unknownKey' | 'expired' | 'badToken' | 'badSignature';

export class AuthFailure extends Error {
  constructor(
    readonly problem: AuthProblem,
    message: string,
  ) {
    super(message);
  }
}

export function headerOf(request: HttpRequest, name: string): string | undefined {
  const lower = name.toLowerCase();
  const key = Object.keys(request.headers).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : request.headers[key];
}

function queryValue(request: HttpRequest, name: string): string | undefined {
  const value = request.query?.[name];
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

/** Reads SigV4's claim from `Authorization: AWS4-HMAC-SHA256 Credential=…` or from X-Amz-* query parameters. */
export function readClaim(request: HttpRequest): SignatureClaim | undefined {
  const header = headerOf(request, 'authorization');
  const fromHeader = header
    ? /Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)/.exec(header)
    : null;
  const credential = fromHeader?.[1] ?? queryValue(request, 'X-Amz-Credential');
  if (!credential) return undefined;
  const [accessKeyId = '', , region = '', service = ''] = credential.split('/');
  return {
    accessKeyId,
    date: (fromHeader ? headerOf(request, 'x-amz-date') : queryValue(request, 'X-Amz-Date')) ?? '',
    region,
    service,
    signedHeaders: (fromHeader?.[2] ?? queryValue(request, 'X-Amz-SignedHeaders') ?? '').split(';'),
    signature: fromHeader?.[3] ?? queryValue(request, 'X-Amz-Signature') ?? '',
    presigned: !fromHeader,
  };
}

export interface ResolvedKey {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** Finds the key: an IAM user's access key (Active only) or STS temporary credentials (unexpired, token matching). */
export function resolveKey(
  world: World,
  claim: SignatureClaim,
  sessionToken: string | undefined,
): ResolvedKey {
  const userKey = world.iam.accessKeys[claim.accessKeyId];
  if (userKey) {
    if (userKey.Status !== 'Active')
      throw new AuthFailure('unknownKey', `The access key ${claim.accessKeyId} is Inactive.`);
    return { accessKeyId: userKey.AccessKeyId, secretAccessKey: userKey.SecretAccessKey };
  }
  const session = world.iam.sessions?.[claim.accessKeyId];
  if (!session)
    throw new AuthFailure(
      'unknownKey',
      `The access key ${claim.accessKeyId} does not exist in this lab.`,
    );
  if (sessionToken !== session.SessionToken)
    throw new AuthFailure(
      'badToken',
      'The session token does not belong to these temporary credentials.',
    );
  if (world.clock.now >= session.Expiration)
    throw new AuthFailure('expired', 'The security token included in the request is expired');
  return {
    accessKeyId: session.AccessKeyId,
    secretAccessKey: session.SecretAccessKey,
    sessionToken: session.SessionToken,
  };
}

/** `20250106T090000Z` → Date. */
function parseAmzDate(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m)
    throw new AuthFailure(
      'badSignature',
      `The X-Amz-Date "${value}" is not in the form YYYYMMDDTHHMMSSZ.`,
    );
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}

function signerFor(claim: SignatureClaim, key: ResolvedKey, applyChecksum: boolean): SignatureV4 {
  return new SignatureV4({
    credentials: key,
    region: claim.region,
    service: claim.service,
    sha256: Sha256,
    // S3 signs the path as sent; every other service escapes it again (SigV4 canonical URI rules).
    uriEscapePath: claim.service !== 's3',
    applyChecksum,
  });
}

function signedHeadersOf(request: HttpRequest, claim: SignatureClaim): Record<string, string> {
  const signed = new Set(claim.signedHeaders);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers))
    if (signed.has(name.toLowerCase())) headers[name] = value;
  return headers;
}

/** Recomputes the SigV4 signature with the key's secret over the signed headers and compares it. */
export async function verifySignature(
  request: HttpRequest,
  body: Uint8Array,
  claim: SignatureClaim,
  key: ResolvedKey,
): Promise<void> {
  const recomputed = claim.presigned
    ? await presignedSignature(request, claim, key)
    : await headerSignature(request, body, claim, key);
  if (recomputed !== claim.signature)
    throw new AuthFailure(
      'badSignature',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    );
}

async function headerSignature(
  request: HttpRequest,
  body: Uint8Array,
  claim: SignatureClaim,
  key: ResolvedKey,
): Promise<string | undefined> {
  const signer = signerFor(claim, key, claim.signedHeaders.includes('x-amz-content-sha256'));
  const copy = {
    ...request,
    headers: signedHeadersOf(request, claim),
    body,
    query: { ...(request.query ?? {}) },
  };
  const result = await signer.sign(copy, { signingDate: parseAmzDate(claim.date) });
  return /Signature=([0-9a-f]+)/.exec(
    String((result.headers as Record<string, string>).authorization ?? ''),
  )?.[1];
}

/**
 * A presigned URL (query-string authentication): S3 signs the literal payload hash
 * UNSIGNED-PAYLOAD unless the URL names one. The expiry is not checked: the SDK signs
 * with the wall clock, which the simulated clock does not follow.
 */
async function presignedSignature(
  request: HttpRequest,
  claim: SignatureClaim,
  key: ResolvedKey,
): Promise<string | undefined> {
  const { 'X-Amz-Signature': _signature, ...query } = request.query ?? {};
  const hoistedHash = query['x-amz-content-sha256'] ?? query['X-Amz-Content-Sha256'];
  const payloadHash =
    typeof hoistedHash === 'string'
      ? hoistedHash
      : claim.service === 's3'
        ? 'UNSIGNED-PAYLOAD'
        : undefined;
  const headers = signedHeadersOf(request, claim);
  const signsHash = claim.signedHeaders.includes('x-amz-content-sha256');
  if (payloadHash !== undefined && !signsHash) headers['x-amz-content-sha256'] = payloadHash;
  const internal = new Set(signsHash ? [] : ['x-amz-content-sha256']);
  const result = await signerFor(claim, key, false).presign(
    { ...request, headers, query, body: undefined },
    {
      signingDate: parseAmzDate(claim.date),
      expiresIn: Number(query['X-Amz-Expires'] ?? 900),
      unhoistableHeaders: internal,
      unsignableHeaders: internal,
    },
  );
  const signature = result.query?.['X-Amz-Signature'];
  return typeof signature === 'string' ? signature : undefined;
}
