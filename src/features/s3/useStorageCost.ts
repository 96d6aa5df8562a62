import { monthOf } from '../../engine/core/costLedger';
import { storageSummary, type StorageClassSummary } from '../../engine/s3';
import { useLake } from '../../store';

export interface StorageCost {
  classes: StorageClassSummary[];
  month: string;
  /** S3 month-to-date charges per usage type, for every bucket (the bill does not split by bucket). */
  monthToDate: { usageType: string; quantity: number; unit: string; cost: number }[];
}

/** Storage per class for one bucket, and S3's month-to-date charges from the cost ledger. */
export function useStorageCost(bucket: string): StorageCost {
  // The ledger and objects change in place: re-read whenever the world's version moves.
  useLake((s) => s.version);
  const engine = useLake((s) => s.engine);
  const month = monthOf(engine.clock.now().getTime());
  const monthToDate = Object.values(engine.world.ledger)
    .filter((line) => line.month === month && line.service === 's3')
    .map(({ usageType, quantity, unit, cost }) => ({ usageType, quantity, unit, cost }))
    .sort((a, b) => b.cost - a.cost);
  return { classes: storageSummary(engine.world, bucket), month, monthToDate };
}
