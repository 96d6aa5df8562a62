import type { ServerSideEncryption } from '@aws-sdk/client-s3';
import { AwsError } from '../core/errors';
import type { OperationContext } from '../core/operations';
import type { S3Bucket, S3StoredObject } from './state';

export interface ObjectEncryption {
  ServerSideEncryption: 'AES256' | 'aws:kms';
  SSEKMSKeyId?: string;
  BucketKeyEnabled?: boolean;
}

export interface EncryptionRequest {
  ServerSideEncryption?: ServerSideEncryption | string;
  SSEKMSKeyId?: string;
  BucketKeyEnabled?: boolean;
}

/** A KMS key id, alias or ARN as the key ARN S3 reports; none means the AWS managed key `aws/s3`. */
export function kmsKeyArn(ctx: OperationContext, keyId: string | undefined): string {
  const base = `arn:aws:kms:${ctx.region}:${ctx.principal.accountId}`;
  if (!keyId) return `${base}:alias/aws/s3`;
  if (keyId.startsWith('arn:')) return keyId;
  return keyId.startsWith('alias/') ? `${base}:${keyId}` : `${base}:key/${keyId}`;
}

/**
 * How a new object is encrypted: the request's headers, else the bucket's default
 * (S3: every new object is encrypted, SSE-S3 unless the bucket or request says SSE-KMS; serv-side-encryption.html).
 */
export function encryptionFor(
  ctx: OperationContext,
  bucket: S3Bucket,
  request: EncryptionRequest,
): ObjectEncryption {
  const rule = bucket.encryption.Rules?.[0];
  const fallback = rule?.ApplyServerSideEncryptionByDefault;
  const algorithm = request.ServerSideEncryption ?? fallback?.SSEAlgorithm ?? 'AES256';
  if (algorithm !== 'AES256' && algorithm !== 'aws:kms')
    throw new AwsError(
      'InvalidArgument',
      `The encryption method "${algorithm}" is not valid here: use AES256 (SSE-S3) or aws:kms (SSE-KMS).`,
    );
  if (algorithm === 'AES256') {
    if (request.SSEKMSKeyId)
      throw new AwsError(
        'InvalidArgument',
        'Server Side Encryption with AWS KMS is required to set SSEKMSKeyId: also set ServerSideEncryption to aws:kms.',
      );
    return { ServerSideEncryption: 'AES256' };
  }
  const keyId =
    request.SSEKMSKeyId ?? (request.ServerSideEncryption ? undefined : fallback?.KMSMasterKeyID);
  const bucketKey = request.BucketKeyEnabled ?? rule?.BucketKeyEnabled ?? false;
  return {
    ServerSideEncryption: 'aws:kms',
    SSEKMSKeyId: kmsKeyArn(ctx, keyId),
    BucketKeyEnabled: bucketKey,
  };
}

/** The encryption response fields of an object (PutObject, GetObject, HeadObject, CopyObject). */
export function encryptionFields(object: ObjectEncryption | S3StoredObject): ObjectEncryption {
  if (object.ServerSideEncryption !== 'aws:kms')
    return { ServerSideEncryption: object.ServerSideEncryption };
  return {
    ServerSideEncryption: 'aws:kms',
    ...(object.SSEKMSKeyId !== undefined ? { SSEKMSKeyId: object.SSEKMSKeyId } : {}),
    ...(object.BucketKeyEnabled ? { BucketKeyEnabled: true } : {}),
  };
}
