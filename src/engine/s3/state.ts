import type {
  LifecycleExpiration,
  LifecycleRule,
  PublicAccessBlockConfiguration,
  ServerSideEncryptionConfiguration,
  StorageClass,
  Transition,
  TransitionDefaultMinimumObjectSize,
} from '@aws-sdk/client-s3';

export interface S3StoredObject {
  Key: string;
  /** The object's real bytes. Never mutated in place: a new write stores a new array. */
  Body: Uint8Array;
  // No ETag field: it is derived from Body and the encryption when read (objectEtag, etag.ts).
  /** Simulated epoch milliseconds. */
  LastModified: number;
  ContentType?: string;
  ContentEncoding?: string;
  Metadata: Record<string, string>;
  StorageClass: StorageClass;
  ServerSideEncryption: 'AES256' | 'aws:kms';
  SSEKMSKeyId?: string;
  /** SSE-KMS with an S3 Bucket Key. */
  BucketKeyEnabled?: boolean;
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
  lifecycleRules?: StoredLifecycleRule[];
  /** Lifecycle: whether objects under 128 KB may transition (default `all_storage_classes_128K`, since September 2024). */
  transitionDefaultMinimumObjectSize?: TransitionDefaultMinimumObjectSize;
  tags?: Record<string, string>;
}

export interface S3State {
  buckets: Record<string, S3Bucket>;
  /** Storage is billed up to this simulated time (absent: up to the clock's last move). */
  storageSettledAt?: number;
}

export function initialS3State(): S3State {
  return { buckets: {} };
}

/** A lifecycle rule as the world stores it: dates as epoch milliseconds, so the world stays plain JSON. */
export type StoredLifecycleRule = Omit<LifecycleRule, 'Expiration' | 'Transitions'> & {
  Expiration?: Omit<LifecycleExpiration, 'Date'> & { Date?: number };
  Transitions?: (Omit<Transition, 'Date'> & { Date?: number })[];
};
