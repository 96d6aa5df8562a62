import type {
  BucketLifecycleConfiguration,
  CreateBucketRequest,
  LifecycleRule,
  PublicAccessBlockConfiguration,
  ServerSideEncryptionConfiguration,
  StorageClass,
} from '@aws-sdk/client-s3';
import type { LakeState } from '../../store';
import { contentTypeFor } from './format';

/** The store's `call`: an AWS operation as the signed-in principal. */
export type Call = LakeState['call'];

export type DefaultEncryption = { type: 'SSE-S3' } | { type: 'SSE-KMS'; kmsKeyId: string };

/** The console's default: every public access setting blocked. */
export const BLOCK_ALL_PUBLIC_ACCESS: PublicAccessBlockConfiguration = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

export const ALLOW_PUBLIC_ACCESS: PublicAccessBlockConfiguration = {
  BlockPublicAcls: false,
  IgnorePublicAcls: false,
  BlockPublicPolicy: false,
  RestrictPublicBuckets: false,
};

export function encryptionConfiguration(
  encryption: DefaultEncryption,
): ServerSideEncryptionConfiguration {
  return {
    Rules: [
      encryption.type === 'SSE-S3'
        ? { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }
        : {
            ApplyServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              ...(encryption.kmsKeyId ? { KMSMasterKeyID: encryption.kmsKeyId } : {}),
            },
            BucketKeyEnabled: true,
          },
    ],
  };
}

export interface NewBucket {
  name: string;
  encryption: DefaultEncryption;
  blockPublicAccess: boolean;
  firstRule?: LifecycleRule;
}

export const createBucketInput = (name: string): CreateBucketRequest => ({ Bucket: name });

/** Create bucket: CreateBucket, then its encryption, public access block and first lifecycle rule, as the console does. */
export async function createBucket(call: Call, bucket: NewBucket): Promise<void> {
  await call('s3', 'CreateBucket', createBucketInput(bucket.name));
  await call('s3', 'PutBucketEncryption', {
    Bucket: bucket.name,
    ServerSideEncryptionConfiguration: encryptionConfiguration(bucket.encryption),
  });
  // S3: new buckets block all public access by default (since April 2023); turning it off is an explicit PutPublicAccessBlock.
  await putPublicAccessBlock(
    call,
    bucket.name,
    bucket.blockPublicAccess ? BLOCK_ALL_PUBLIC_ACCESS : ALLOW_PUBLIC_ACCESS,
  );
  if (bucket.firstRule) await putLifecycleRules(call, bucket.name, [bucket.firstRule]);
}

export async function deleteBucket(call: Call, name: string): Promise<void> {
  await call('s3', 'DeleteBucket', { Bucket: name }, { quiet: true });
}

export function uploadInput(
  bucket: string,
  key: string,
  bytes: Uint8Array,
  storageClass: StorageClass,
) {
  return {
    Bucket: bucket,
    Key: key,
    Body: bytes,
    ContentType: contentTypeFor(key),
    StorageClass: storageClass,
  };
}

export async function uploadObject(
  call: Call,
  bucket: string,
  key: string,
  bytes: Uint8Array,
  storageClass: StorageClass,
): Promise<void> {
  await call('s3', 'PutObject', uploadInput(bucket, key, bytes, storageClass), { quiet: true });
}

/** Create folder: the console writes a zero-byte object whose key ends in `/`. */
export async function createFolder(
  call: Call,
  bucket: string,
  prefix: string,
  name: string,
): Promise<void> {
  await call('s3', 'PutObject', {
    Bucket: bucket,
    Key: `${prefix}${name.replace(/\/+$/, '')}/`,
    Body: new Uint8Array(),
  });
}

export function deleteObjectsInput(bucket: string, keys: string[]) {
  return { Bucket: bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: false } };
}

/** S3: one DeleteObjects request names at most 1,000 keys; the console sends as many requests as it needs. */
const MAX_KEYS_PER_DELETE = 1000;

export async function deleteObjects(
  call: Call,
  bucket: string,
  keys: string[],
): Promise<{ deleted: number; errors: string[] }> {
  const result = { deleted: 0, errors: [] as string[] };
  for (let at = 0; at < keys.length; at += MAX_KEYS_PER_DELETE) {
    const output = await call<{
      Deleted?: unknown[];
      Errors?: { Key?: string; Message?: string }[];
    }>('s3', 'DeleteObjects', deleteObjectsInput(bucket, keys.slice(at, at + MAX_KEYS_PER_DELETE)));
    result.deleted += output.Deleted?.length ?? 0;
    result.errors.push(...(output.Errors ?? []).map((e) => `${e.Key}: ${e.Message}`));
  }
  return result;
}

/** Keys of every object under the prefixes (a folder deletes with everything in it). */
export async function keysUnder(call: Call, bucket: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await call<{ Contents?: { Key?: string }[]; NextContinuationToken?: string }>(
      's3',
      'ListObjectsV2',
      {
        Bucket: bucket,
        Prefix: prefix,
        ...(token ? { ContinuationToken: token } : {}),
      },
    );
    keys.push(...(page.Contents ?? []).map((c) => c.Key ?? ''));
    token = page.NextContinuationToken;
  } while (token);
  return keys;
}

export const changeStorageClassInput = (
  bucket: string,
  key: string,
  storageClass: StorageClass,
) => ({
  Bucket: bucket,
  Key: key,
  CopySource: `${bucket}/${encodeURIComponent(key)}`,
  StorageClass: storageClass,
});

/** Edit storage class: the console copies the object onto itself with the new class. */
export async function changeStorageClass(
  call: Call,
  bucket: string,
  key: string,
  storageClass: StorageClass,
): Promise<void> {
  await call('s3', 'CopyObject', changeStorageClassInput(bucket, key, storageClass));
}

export const lifecycleInput = (bucket: string, rules: LifecycleRule[]) => ({
  Bucket: bucket,
  LifecycleConfiguration: { Rules: rules } satisfies BucketLifecycleConfiguration,
});

/** PutBucketLifecycleConfiguration replaces the whole rule list; no rules left deletes the configuration. */
export async function putLifecycleRules(
  call: Call,
  bucket: string,
  rules: LifecycleRule[],
): Promise<void> {
  if (rules.length === 0) await call('s3', 'DeleteBucketLifecycle', { Bucket: bucket });
  else
    await call('s3', 'PutBucketLifecycleConfiguration', lifecycleInput(bucket, rules), {
      quiet: true,
    });
}

export async function putEncryption(
  call: Call,
  bucket: string,
  encryption: DefaultEncryption,
): Promise<void> {
  await call('s3', 'PutBucketEncryption', {
    Bucket: bucket,
    ServerSideEncryptionConfiguration: encryptionConfiguration(encryption),
  });
}

export async function putPublicAccessBlock(
  call: Call,
  bucket: string,
  config: PublicAccessBlockConfiguration,
): Promise<void> {
  await call('s3', 'PutPublicAccessBlock', {
    Bucket: bucket,
    PublicAccessBlockConfiguration: config,
  });
}
