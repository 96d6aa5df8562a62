import type { StorageClass } from '@aws-sdk/client-s3';

/**
 * The S3 storage classes LakeLab simulates, with us-east-1 list prices (estimates).
 * Minimum durations and billable sizes: docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html
 * Prices: aws.amazon.com/s3/pricing (via /work/shared/reference/aws-semantics.md §11; some marked unconfirmed there).
 */
export type S3StorageClassName =
  | 'STANDARD'
  | 'INTELLIGENT_TIERING'
  | 'STANDARD_IA'
  | 'ONEZONE_IA'
  | 'GLACIER_IR'
  | 'GLACIER'
  | 'DEEP_ARCHIVE';

export type IntelligentTier = 'FREQUENT' | 'INFREQUENT' | 'ARCHIVE_INSTANT';

export interface S3StorageClassInfo {
  name: S3StorageClassName;
  label: string;
  /** US dollars per GB-month (for Intelligent-Tiering: the Frequent tier). */
  pricePerGbMonth: number;
  /** Minimum storage duration in days: deleting, overwriting or transitioning earlier bills the rest. */
  minDays: number;
  /** Minimum billable object size in bytes (smaller objects are billed as this size). */
  minBillableBytes: number;
  /** Glacier Flexible/Deep Archive add 32 KB of index at the class rate and 8 KB at the Standard rate per object. */
  overheadBytes?: { atClassRate: number; atStandardRate: number };
  /** Code used in AWS usage types (`TimedStorage-SIA-ByteHrs`, `EarlyDelete-SIA`). */
  usageCode: string;
  /** Requests per 1,000: PUT/COPY/POST/LIST and GET. [unconfirmed] list prices. */
  putPer1000: number;
  getPer1000: number;
  /** Retrieval fee per GB read (IA and Glacier Instant Retrieval). */
  retrievalPerGb: number;
  /** Objects in this class can be read directly (Glacier Flexible/Deep Archive need a restore first). */
  isInstantAccess: boolean;
}

const KB = 1024;

export const S3_STORAGE_CLASSES: readonly S3StorageClassInfo[] = [
  {
    name: 'STANDARD',
    label: 'Standard',
    pricePerGbMonth: 0.023,
    minDays: 0,
    minBillableBytes: 0,
    usageCode: '',
    putPer1000: 0.005,
    getPer1000: 0.0004,
    retrievalPerGb: 0,
    isInstantAccess: true,
  },
  // Intelligent-Tiering: no minimum duration or size; objects under 128 KB are not monitored and stay Frequent.
  {
    name: 'INTELLIGENT_TIERING',
    label: 'Intelligent-Tiering',
    pricePerGbMonth: 0.023,
    minDays: 0,
    minBillableBytes: 0,
    usageCode: 'INT',
    putPer1000: 0.005,
    getPer1000: 0.0004,
    retrievalPerGb: 0,
    isInstantAccess: true,
  },
  {
    name: 'STANDARD_IA',
    label: 'Standard-IA',
    pricePerGbMonth: 0.0125,
    minDays: 30,
    minBillableBytes: 128 * KB,
    usageCode: 'SIA',
    putPer1000: 0.01,
    getPer1000: 0.001,
    retrievalPerGb: 0.01,
    isInstantAccess: true,
  },
  {
    name: 'ONEZONE_IA',
    label: 'One Zone-IA',
    pricePerGbMonth: 0.01,
    minDays: 30,
    minBillableBytes: 128 * KB,
    usageCode: 'ZIA',
    putPer1000: 0.01,
    getPer1000: 0.001,
    retrievalPerGb: 0.01,
    isInstantAccess: true,
  },
  {
    name: 'GLACIER_IR',
    label: 'Glacier Instant Retrieval',
    pricePerGbMonth: 0.004,
    minDays: 90,
    minBillableBytes: 128 * KB,
    usageCode: 'GIR',
    putPer1000: 0.02,
    getPer1000: 0.01,
    retrievalPerGb: 0.03,
    isInstantAccess: true,
  },
  {
    name: 'GLACIER',
    label: 'Glacier Flexible Retrieval',
    pricePerGbMonth: 0.0036,
    minDays: 90,
    minBillableBytes: 0,
    overheadBytes: { atClassRate: 32 * KB, atStandardRate: 8 * KB },
    usageCode: 'GFR',
    putPer1000: 0.03,
    getPer1000: 0.0004,
    retrievalPerGb: 0.01,
    isInstantAccess: false,
  },
  {
    name: 'DEEP_ARCHIVE',
    label: 'Glacier Deep Archive',
    pricePerGbMonth: 0.00099,
    minDays: 180,
    minBillableBytes: 0,
    overheadBytes: { atClassRate: 32 * KB, atStandardRate: 8 * KB },
    usageCode: 'GDA',
    putPer1000: 0.05,
    getPer1000: 0.0004,
    retrievalPerGb: 0.02,
    isInstantAccess: false,
  },
];

/** Intelligent-Tiering tier prices per GB-month (Frequent, Infrequent, Archive Instant). [unconfirmed] */
export const INTELLIGENT_TIER_PRICES: Record<
  IntelligentTier,
  { pricePerGbMonth: number; usageCode: string }
> = {
  FREQUENT: { pricePerGbMonth: 0.023, usageCode: 'INT-FA' },
  INFREQUENT: { pricePerGbMonth: 0.0125, usageCode: 'INT-IA' },
  ARCHIVE_INSTANT: { pricePerGbMonth: 0.004, usageCode: 'INT-AIA' },
};

/** Intelligent-Tiering monitoring and automation: $0.0025 per 1,000 objects per month, objects ≥ 128 KB only. */
export const INTELLIGENT_TIERING_MONITORING_PER_1000 = 0.0025;
export const INTELLIGENT_TIERING_MIN_MONITORED_BYTES = 128 * KB;

/** S3 bills GB as 2^30 bytes; LakeLab counts a month as 30 days. */
export const BYTES_PER_GB = 2 ** 30;
export const DAY_MS = 86_400_000;
export const MONTH_MS = 30 * DAY_MS;

const BY_NAME = new Map<string, S3StorageClassInfo>(S3_STORAGE_CLASSES.map((c) => [c.name, c]));

export function isSimulatedStorageClass(name: string): name is S3StorageClassName {
  return BY_NAME.has(name);
}

/** The class's facts; unknown classes (REDUCED_REDUNDANCY, …) are billed as Standard. */
export function storageClassInfo(name: StorageClass | string | undefined): S3StorageClassInfo {
  return BY_NAME.get(name ?? 'STANDARD') ?? S3_STORAGE_CLASSES[0]!;
}

/** Bytes billed at the class's own rate: max(size, minimum) plus any per-object index overhead. */
export function billableBytes(info: S3StorageClassInfo, size: number): number {
  return Math.max(size, info.minBillableBytes) + (info.overheadBytes?.atClassRate ?? 0);
}
