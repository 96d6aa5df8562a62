import { billedBytes, BYTES_PER_TB, PRICE_PER_TB } from '../../engine/athena/planner/bytesScanned';

/** What a query costs: $5 per TB scanned, rounded up to the MB, 10 MB minimum (athena/pricing). */
export function queryCostUsd(dataScannedInBytes: number): number {
  return (billedBytes(dataScannedInBytes) / BYTES_PER_TB) * PRICE_PER_TB;
}

/** True when the query scanned less than the 10 MB every query is billed for at least. */
export function isBilledAtMinimum(dataScannedInBytes: number): boolean {
  return dataScannedInBytes <= 10 * 1024 * 1024;
}
