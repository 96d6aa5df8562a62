import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { HttpRequest } from '@smithy/types';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../index';
import { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY } from '../iam/state';
import { createRequestHandler } from './handler';

/** Presigns the way the SDK's S3 presigner does: payload UNSIGNED-PAYLOAD, path not re-escaped. */
async function presign(
  request: HttpRequest,
  secretAccessKey: string,
  hoistHash: boolean,
): Promise<HttpRequest> {
  const signer = new SignatureV4({
    credentials: { accessKeyId: ADMIN_ACCESS_KEY_ID, secretAccessKey },
    region: 'us-east-1',
    service: 's3',
    sha256: Sha256,
    uriEscapePath: false,
    applyChecksum: false,
  });
  const unhoistable = new Set(hoistHash ? [] : ['x-amz-content-sha256']);
  return signer.presign(
    { ...request, headers: { ...request.headers, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } },
    { expiresIn: 900, unhoistableHeaders: unhoistable, unsignableHeaders: unhoistable },
  );
}

const listBuckets: HttpRequest = {
  method: 'GET',
  protocol: 'https:',
  hostname: 's3.us-east-1.amazonaws.com',
  path: '/',
  headers: { host: 's3.us-east-1.amazonaws.com' },
  query: {},
};

describe('presigned URLs', () => {
  it('accepts a URL presigned with the key’s secret, with or without the payload hash in the query', async () => {
    const engine = createEngine();
    const handler = createRequestHandler(engine);
    for (const hoist of [true, false]) {
      const { response } = await handler.handle(
        await presign(listBuckets, ADMIN_SECRET_ACCESS_KEY, hoist),
      );
      expect(response.statusCode).toBe(200);
    }
  });

  it('refuses a URL presigned with the wrong secret, or changed after signing', async () => {
    const engine = createEngine();
    const handler = createRequestHandler(engine);
    const forged = await handler.handle(
      await presign(listBuckets, 'wrong-secret-000000000000000000000000000', true),
    );
    expect(forged.response.statusCode).toBe(403);
    const signed = await presign(listBuckets, ADMIN_SECRET_ACCESS_KEY, true);
    const tampered = await handler.handle({ ...signed, path: '/other-bucket' });
    expect(tampered.response.statusCode).toBe(403);
    expect(new TextDecoder().decode(tampered.response.body as Uint8Array)).toContain(
      '<Code>SignatureDoesNotMatch</Code>',
    );
  });
});
