export { createRequestHandler, QUERY_SERVICES, REST_JSON_SERVICES, type LakeLabRequestHandler } from './handler';
export { sdkConfigFor, type SdkConfig, type SdkCredentials } from './config';
export { JSON_TARGET_PREFIXES } from './jsonProtocol';
