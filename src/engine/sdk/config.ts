import type { HttpRequest, HttpResponse } from '@smithy/types';
import type { Engine } from '../engine';
import { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY } from '../iam/state';
import type { LakeLabRequestHandler } from './handler';

export interface SdkCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SdkConfig {
  region: string;
  credentials: SdkCredentials;
  requestHandler: LakeLabRequestHandler;
}

/**
 * The handler, loaded on first use: its XML parser and SigV4 code stay out of the page's
 * first download (the console never needs them; SDK clients and tests do).
 */
function lazyRequestHandler(engine: Engine): LakeLabRequestHandler {
  let loaded: Promise<LakeLabRequestHandler> | undefined;
  const handler = () =>
    (loaded ??= import('./handler').then((m) => m.createRequestHandler(engine)));
  return {
    handle: async (request: HttpRequest): Promise<{ response: HttpResponse }> =>
      (await handler()).handle(request),
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
    metadata: { handlerProtocol: 'lakelab/in-process' },
  };
}

/** Client configuration for `new S3Client(…)` and friends: the lab's region, keys (the admin's by default) and the in-process handler. */
export function sdkConfigFor(engine: Engine, credentials?: SdkCredentials): SdkConfig {
  return {
    region: engine.region,
    credentials: credentials ?? {
      accessKeyId: ADMIN_ACCESS_KEY_ID,
      secretAccessKey: ADMIN_SECRET_ACCESS_KEY,
    },
    requestHandler: lazyRequestHandler(engine),
  };
}
