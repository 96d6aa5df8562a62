import type { HttpRequest, HttpResponse } from '@smithy/types';
import { AwsError, isAwsError } from '../core/errors';
import type { Engine } from '../engine';
import { AuthFailure, headerOf, readClaim, resolveKey, verifySignature } from './auth';
import { readBody, utf8 } from './bytes';
import { jsonProtocol, restJsonProtocol } from './jsonProtocol';
import { kafkaRestProtocol } from './kafkaRoutes';
import type { DecodedCall, WireProtocol, WireResponse } from './protocol';
import { queryProtocol } from './queryProtocol';
import { s3Protocol } from './s3Protocol';

/** Services by wire protocol; JSON 1.1 services are found by their X-Amz-Target prefix instead. */
export const QUERY_SERVICES = new Set(['iam', 'sts']);
export const REST_JSON_SERVICES = new Set(['lakeformation', 'appflow']);
/** REST-JSON services routed by method and path through their own route table. */
export const REST_ROUTE_PROTOCOLS: Record<string, WireProtocol> = { kafka: kafkaRestProtocol };

/** The Smithy HttpHandler shape the AWS SDK v3 clients accept as `requestHandler`. */
export interface LakeLabRequestHandler {
  handle(request: HttpRequest): Promise<{ response: HttpResponse }>;
  updateHttpClientConfig(key: never, value: never): void;
  httpHandlerConfigs(): Record<string, never>;
  destroy(): void;
  metadata: { handlerProtocol: string };
}

function routeOf(
  request: HttpRequest,
  signedService: string | undefined,
): { protocol: WireProtocol; service: string } {
  if (headerOf(request, 'x-amz-target')) return { protocol: jsonProtocol, service: '' };
  const service = signedService ?? /^(iam|sts)\./.exec(request.hostname)?.[1] ?? 's3';
  if (QUERY_SERVICES.has(service)) return { protocol: queryProtocol, service };
  if (REST_JSON_SERVICES.has(service)) return { protocol: restJsonProtocol, service };
  const routed = REST_ROUTE_PROTOCOLS[service];
  if (routed) return { protocol: routed, service };
  return { protocol: s3Protocol, service: 's3' };
}

type ReadableStreamCtor = new (source: {
  start(controller: { enqueue(chunk: Uint8Array): void; close(): void }): void;
}) => unknown;

/** An S3 object's bytes as a web ReadableStream: the SDK mixes in transformToByteArray/transformToString (Node and browsers). */
function streamOf(bytes: Uint8Array): unknown {
  const Stream = (globalThis as unknown as { ReadableStream?: ReadableStreamCtor }).ReadableStream;
  if (!Stream)
    throw new Error(
      'LakeLab needs a global ReadableStream (Node 18+ or a browser) to return S3 object bodies.',
    );
  return new Stream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** A protocol response as the SDK's HttpResponse; object payloads become streams. */
export function toHttpResponse(wire: WireResponse): HttpResponse {
  const bytes = typeof wire.body === 'string' ? utf8(wire.body) : (wire.body ?? new Uint8Array());
  const headers = { ...wire.headers };
  if (!wire.stream && wire.body !== undefined) headers['content-length'] = String(bytes.byteLength);
  return { statusCode: wire.statusCode, headers, body: wire.stream ? streamOf(bytes) : bytes };
}

/**
 * An in-process HttpHandler: the real AWS SDK clients sign requests as usual, and this
 * handler checks the signature, decodes the protocol and calls `engine.call` as the key's principal.
 */
export function createRequestHandler(engine: Engine): LakeLabRequestHandler {
  let requests = 0;
  const handle = async (request: HttpRequest): Promise<{ response: HttpResponse }> => {
    const requestId = `LAKELAB${String(++requests).padStart(9, '0')}`;
    const body = await readBody(request.body);
    const claim = readClaim(request);
    const { protocol, service } = routeOf(request, claim?.service);
    let call: DecodedCall | undefined;
    try {
      if (!claim) throw new AuthFailure('missing', 'The request is not signed.');
      const sessionToken =
        headerOf(request, 'x-amz-security-token') ??
        (request.query?.['X-Amz-Security-Token'] as string | undefined);
      const key = resolveKey(engine.world, claim, sessionToken);
      await verifySignature(request, body, claim, key);
      call = protocol.decode(request, body, service);
      const output = await engine.call(call.service, call.operation, call.input, {
        principal: key.accessKeyId,
      });
      return { response: toHttpResponse(protocol.encodeOutput(call, output, requestId)) };
    } catch (caught) {
      let error = caught;
      if (error instanceof AuthFailure) {
        const e = protocol.authError(error.problem);
        error = new AwsError(e.code, e.message, { statusCode: e.statusCode });
      }
      if (!isAwsError(error)) throw error;
      return { response: toHttpResponse(protocol.encodeError(error, requestId, call)) };
    }
  };
  return {
    handle,
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
    metadata: { handlerProtocol: 'lakelab/in-process' },
  };
}
