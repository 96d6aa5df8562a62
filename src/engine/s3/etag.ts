import { strToU8 } from 'fflate';
import type { ObjectEncryption } from './encryption';
import { md5Hex, rememberMd5Hex } from './md5';

/** What an object's ETag is derived from: its bytes and how they are encrypted. */
export interface EtagSource extends ObjectEncryption {
  /** Never changed in place (a new write stores a new array), so neither is the ETag. */
  Body: Uint8Array;
}

/**
 * S3: the ETag of a single-part upload is the MD5 of its bytes, in double quotes; for SSE-KMS
 * objects it is not an MD5 of the data (RESTCommonResponseHeaders: ETag), so LakeLab derives a
 * stable other digest. It is derived when asked for, not stored: a month of Firehose and DMS
 * writes is hundreds of megabytes whose digests nobody may read, and the value is the same
 * whenever it is read. The body's MD5 is remembered with the bytes, so a second read is free.
 */
export function objectEtag(object: EtagSource): string {
  const md5 = md5Hex(object.Body);
  rememberMd5Hex(object.Body, md5);
  return object.ServerSideEncryption === 'aws:kms'
    ? `"${md5Hex(strToU8(`${md5}|${object.SSEKMSKeyId ?? ''}`))}"`
    : `"${md5}"`;
}
