import type { LifecycleRule, ServerSideEncryptionConfiguration, PublicAccessBlockConfiguration, StorageClass } from '@aws-sdk/client-s3';

export interface S3StoredObject {
  Key: string;
  /** The object's real bytes. Never mutated in place: a new write stores a new array. */
  Body: Uint8Array;
  ETag: string;
  /** Simulated epoch milliseconds. */
  LastModified: number;
  ContentType?: string;
  ContentEncoding?: string;
  Metadata: Record<string, string>;
  StorageClass: StorageClass;
  ServerSideEncryption: 'AES256' | 'aws:kms';
  SSEKMSKeyId?: string;
  Tags: Record<string, string>;
  /** Intelligent-Tiering access tier and the last access that set it. */
  accessTier?: 'FREQUENT' | 'INFREQUENT' | 'ARCHIVE_INSTANT';
  lastAccessed: number;
  /** When the object entered its current storage class (minimum storage durations). */
  storageClassSince: number;
}

export interface S3Bucket {
  Name: string;
  CreationDate: number;
  ownerAccountId: string;
  region: string;
  objects: Record<string, S3StoredObject>;
  encryption: ServerSideEncryptionConfiguration;
  publicAccessBlock?: PublicAccessBlockConfiguration;
  lifecycleRules?: LifecycleRule[];
  tags?: Record<string, string>;
}

export interface S3State {
  buckets: Record<string, S3Bucket>;
}

export function initialS3State(): S3State {
  return { buckets: {} };
}
