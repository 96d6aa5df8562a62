import type { Engine } from '../engine';
import { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY } from '../iam/state';
import { createRequestHandler, type LakeLabRequestHandler } from './handler';

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

/** Client configuration for `new S3Client(…)` and friends: the lab's region, keys (the admin's by default) and the in-process handler. */
export function sdkConfigFor(engine: Engine, credentials?: SdkCredentials): SdkConfig {
  return {
    region: engine.region,
    credentials: credentials ?? { accessKeyId: ADMIN_ACCESS_KEY_ID, secretAccessKey: ADMIN_SECRET_ACCESS_KEY },
    requestHandler: createRequestHandler(engine),
  };
}
