import { monthToDateByService } from '../../engine/core/costLedger';
import type { World } from '../../engine';

export interface LabSummary {
  buckets: number;
  objects: number;
  totalBytes: number;
  users: number;
  roles: number;
  monthToDateCost: number;
}

/** Counts for the home page, read from the world (every account, every bucket). */
export function summarizeLab(world: World): LabSummary {
  const buckets = Object.values(world.s3.buckets);
  const objects = buckets.flatMap((b) => Object.values(b.objects));
  const accounts = Object.values(world.iam.accounts);
  const costs = Object.values(monthToDateByService(world.ledger, world.clock.now));
  return {
    buckets: buckets.length,
    objects: objects.length,
    totalBytes: objects.reduce((sum, o) => sum + o.Body.byteLength, 0),
    users: accounts.reduce((sum, a) => sum + Object.keys(a.users).length, 0),
    roles: accounts.reduce((sum, a) => sum + Object.keys(a.roles).length, 0),
    monthToDateCost: costs.reduce((sum, c) => sum + c, 0),
  };
}

export function formatUsd(amount: number): string {
  if (amount === 0) return '$0.00';
  if (amount < 0.0001) return '< $0.0001';
  return amount < 0.01 ? `$${amount.toFixed(4)}` : `$${amount.toFixed(2)}`;
}

export { formatBytes } from '../../ui/format';
