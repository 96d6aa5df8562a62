import { addCharge, type CostLedger } from '../core/costLedger';
import type { World } from '../world';
import type { S3StoredObject } from './state';
import { allStandardBytes, rememberStorageTally } from './storageTally';
import {
  billableBytes,
  BYTES_PER_GB,
  INTELLIGENT_TIER_PRICES,
  INTELLIGENT_TIERING_MIN_MONITORED_BYTES,
  INTELLIGENT_TIERING_MONITORING_PER_1000,
  MONTH_MS,
  S3_STORAGE_CLASSES,
  storageClassInfo,
  type S3StorageClassName,
} from './storageClasses';

/** One line of an object's storage bill: bytes billed under a usage type at a price per GB-month. */
export interface StorageLine {
  usageType: string;
  bytes: number;
  pricePerGbMonth: number;
}

const STANDARD_USAGE = 'TimedStorage-ByteHrs';

/** What an object costs to keep, per usage type (its class, its Intelligent-Tiering tier, minimum sizes and overheads). */
export function storageLinesOf(object: S3StoredObject): StorageLine[] {
  const size = object.Body.byteLength;
  const info = storageClassInfo(object.StorageClass);
  if (info.name === 'STANDARD')
    return [{ usageType: STANDARD_USAGE, bytes: size, pricePerGbMonth: info.pricePerGbMonth }];
  if (info.name === 'INTELLIGENT_TIERING') {
    const tier = INTELLIGENT_TIER_PRICES[object.accessTier ?? 'FREQUENT'];
    return [
      {
        usageType: `TimedStorage-${tier.usageCode}-ByteHrs`,
        bytes: size,
        pricePerGbMonth: tier.pricePerGbMonth,
      },
    ];
  }
  const lines: StorageLine[] = [
    {
      usageType: `TimedStorage-${info.usageCode}-ByteHrs`,
      bytes: billableBytes(info, size),
      pricePerGbMonth: info.pricePerGbMonth,
    },
  ];
  // S3: Glacier Flexible Retrieval and Deep Archive objects also carry 8 KB of metadata billed at the Standard rate.
  if (info.overheadBytes)
    lines.push({
      usageType: STANDARD_USAGE,
      bytes: info.overheadBytes.atStandardRate,
      pricePerGbMonth: S3_STORAGE_CLASSES[0]!.pricePerGbMonth,
    });
  return lines;
}

// S3 Intelligent-Tiering: the monitoring and automation fee applies to objects of 128 KB or more.
export const isMonitored = (object: S3StoredObject) =>
  object.StorageClass === 'INTELLIGENT_TIERING' &&
  object.Body.byteLength >= INTELLIGENT_TIERING_MIN_MONITORED_BYTES;

function startOfNextMonth(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

type UsageTotals = Map<string, { gb: number; price: number }>;

function totalFor(byUsage: UsageTotals, usageType: string, price: number) {
  let total = byUsage.get(usageType);
  if (!total) byUsage.set(usageType, (total = { gb: 0, price }));
  return total;
}

/**
 * GB per usage type over every object. Standard objects (nearly all of them) skip building their
 * one-line bill; the sums and the order in which usage types first appear are the same as through
 * storageLinesOf. The walk leaves each bucket's tally (storageTally.ts) behind.
 */
function walkUsageTotals(world: World): { byUsage: UsageTotals; monitored: number } {
  const byUsage: UsageTotals = new Map();
  let standard: { gb: number } | undefined;
  let monitored = 0;
  for (const bucket of Object.values(world.s3.buckets)) {
    let standardBytes = 0;
    let others = 0;
    for (const object of Object.values(bucket.objects)) {
      if (object.StorageClass === 'STANDARD') {
        standard ??= totalFor(byUsage, STANDARD_USAGE, S3_STORAGE_CLASSES[0]!.pricePerGbMonth);
        standard.gb += object.Body.byteLength / BYTES_PER_GB;
        standardBytes += object.Body.byteLength;
        continue;
      }
      others++;
      if (isMonitored(object)) monitored++;
      for (const line of storageLinesOf(object))
        totalFor(byUsage, line.usageType, line.pricePerGbMonth).gb += line.bytes / BYTES_PER_GB;
    }
    rememberStorageTally(bucket, standardBytes, others);
  }
  return { byUsage, monitored };
}

/**
 * The same totals, from the buckets' tallies when every object is Standard. Each object adds a
 * whole number of bytes / 2^30, which a double holds exactly, so the walk's sum and bytes / 2^30
 * are the same number.
 */
function usageTotals(world: World): { byUsage: UsageTotals; monitored: number } {
  const bytes = allStandardBytes(Object.values(world.s3.buckets));
  if (bytes === undefined) return walkUsageTotals(world);
  const byUsage: UsageTotals = new Map();
  if (bytes > 0)
    totalFor(byUsage, STANDARD_USAGE, S3_STORAGE_CLASSES[0]!.pricePerGbMonth).gb =
      bytes / BYTES_PER_GB;
  return { byUsage, monitored: 0 };
}

function accrueSegment(world: World, ledger: CostLedger, from: number, to: number): void {
  const months = (to - from) / MONTH_MS;
  const { byUsage, monitored } = usageTotals(world);
  for (const [usageType, { gb, price }] of byUsage)
    if (gb > 0)
      addCharge(ledger, from, {
        service: 's3',
        usageType,
        unit: 'GB-Mo',
        quantity: gb * months,
        unitPrice: price,
      });
  if (monitored > 0)
    addCharge(ledger, from, {
      service: 's3',
      usageType: 'Monitoring-Automation-INT',
      unit: 'Object-Mo',
      quantity: monitored * months,
      unitPrice: INTELLIGENT_TIERING_MONITORING_PER_1000 / 1000,
    });
}

/**
 * The storage ticker: accrues GB-months for every object in its class between two instants,
 * split at month boundaries so each month's bill holds its own share (a month is 30 days).
 */
export function accrueStorage(world: World, from: number, to: number): void {
  for (let start = from; start < to;) {
    const end = Math.min(to, startOfNextMonth(start));
    accrueSegment(world, world.ledger, start, end);
    start = end;
  }
}

export interface StorageClassSummary {
  storageClass: S3StorageClassName;
  label: string;
  objectCount: number;
  bytes: number;
  /** US dollars per month at today's sizes, classes and tiers (minimum sizes, overheads and monitoring included). */
  estimatedMonthlyCost: number;
}

/** Bytes, objects and estimated monthly cost per storage class, for one bucket or every bucket. */
export function storageSummary(world: World, bucket?: string): StorageClassSummary[] {
  const rows = new Map<string, StorageClassSummary>(
    S3_STORAGE_CLASSES.map((c) => [
      c.name,
      { storageClass: c.name, label: c.label, objectCount: 0, bytes: 0, estimatedMonthlyCost: 0 },
    ]),
  );
  const buckets =
    bucket === undefined
      ? Object.values(world.s3.buckets)
      : [world.s3.buckets[bucket]].filter((b) => b !== undefined);
  for (const b of buckets)
    for (const object of Object.values(b.objects)) {
      const row = rows.get(storageClassInfo(object.StorageClass).name)!;
      row.objectCount++;
      row.bytes += object.Body.byteLength;
      for (const line of storageLinesOf(object))
        row.estimatedMonthlyCost += (line.bytes / BYTES_PER_GB) * line.pricePerGbMonth;
      if (isMonitored(object))
        row.estimatedMonthlyCost += INTELLIGENT_TIERING_MONITORING_PER_1000 / 1000;
    }
  return [...rows.values()];
}
