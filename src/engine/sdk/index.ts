/**
 * The bridge between the real AWS SDK v3 clients and the engine:
 * `new GlueClient(engine.sdkConfig())` signs requests as usual; the handler checks the
 * SigV4 signature against the lab's keys and calls `engine.call` as the key's principal.
 *
 * A new service needs only its ServiceModule in SERVICES plus, by protocol:
 * JSON 1.1 → its X-Amz-Target prefix in JSON_TARGET_PREFIXES; REST-JSON posting to
 * `/<Operation>` → its signing name in REST_JSON_SERVICES; AWS Query → QUERY_SERVICES
 * and its XML namespace in QUERY_NAMESPACES. S3 routes live in s3Request.ts.
 */
export {
  createRequestHandler,
  QUERY_SERVICES,
  REST_JSON_SERVICES,
  type LakeLabRequestHandler,
} from './handler';
export { sdkConfigFor, type SdkConfig, type SdkCredentials } from './config';
export { JSON_TARGET_PREFIXES } from './jsonProtocol';
export { QUERY_NAMESPACES } from './queryProtocol';
