import type { Charge } from '../core/costLedger';
import type { S3StoredObject } from './state';
import { billableBytes, BYTES_PER_GB, DAY_MS, MONTH_MS, storageClassInfo } from './storageClasses';

export type ChargeFn = (charge: Charge) => void;

// S3 pricing: PUT, COPY, POST and LIST requests are billed per 1,000 (Tier 1); GET and other reads per 1,000 (Tier 2); DELETE is free.
export function chargeRequest(
  charge: ChargeFn,
  kind: 'put' | 'list' | 'get',
  storageClass?: string,
): void {
  const info = storageClassInfo(kind === 'list' ? 'STANDARD' : storageClass);
  const suffix = info.usageCode ? `-${info.usageCode}` : '';
  if (kind === 'get')
    charge({
      service: 's3',
      usageType: `Requests-Tier2${suffix}`,
      unit: 'Requests',
      quantity: 1,
      unitPrice: info.getPer1000 / 1000,
    });
  else
    charge({
      service: 's3',
      usageType: `Requests-Tier1${suffix}`,
      unit: 'Requests',
      quantity: 1,
      unitPrice: info.putPer1000 / 1000,
    });
}

// S3 pricing: reading from Standard-IA, One Zone-IA and Glacier Instant Retrieval adds a per-GB retrieval fee.
export function chargeRetrieval(charge: ChargeFn, object: S3StoredObject, bytes: number): void {
  const info = storageClassInfo(object.StorageClass);
  if (info.retrievalPerGb === 0 || bytes === 0) return;
  charge({
    service: 's3',
    usageType: `Retrieval-${info.usageCode}`,
    unit: 'GB',
    quantity: bytes / BYTES_PER_GB,
    unitPrice: info.retrievalPerGb,
  });
}

/**
 * S3: an object deleted, overwritten or transitioned before its class's minimum storage
 * duration is billed for the remaining days (storage-class-intro.html), e.g. `EarlyDelete-SIA`.
 */
export function chargeEarlyRemoval(charge: ChargeFn, object: S3StoredObject, now: number): void {
  const info = storageClassInfo(object.StorageClass);
  if (info.minDays === 0) return;
  const remainingMs = object.storageClassSince + info.minDays * DAY_MS - now;
  if (remainingMs <= 0) return;
  const gbMonths =
    (billableBytes(info, object.Body.byteLength) / BYTES_PER_GB) * (remainingMs / MONTH_MS);
  charge({
    service: 's3',
    usageType: `EarlyDelete-${info.usageCode}`,
    unit: 'GB-Mo',
    quantity: gbMonths,
    unitPrice: info.pricePerGbMonth,
  });
}
