import type { EventLogEntry } from '../../engine/core/eventLog';

/** The short name of an ARN: `arn:aws:s3:::shop-raw-zone` → `shop-raw-zone`, `…:table/shop/orders` → `shop/orders`. */
export function resourceName(arn: string): string {
  if (!arn.startsWith('arn:')) return arn;
  const parts = arn.split(':');
  const rest = parts.slice(5).join(':');
  if (parts[2] === 's3') return rest;
  const slash = rest.indexOf('/');
  return slash >= 0 ? rest.slice(slash + 1) : rest;
}

/** "CreateBucket shop-raw-zone": the operation and the first resource it named. */
export function actionLabel(entry: EventLogEntry): string {
  const resource = entry.resources?.find((r) => r !== '*');
  return resource ? `${entry.operation} ${resourceName(resource)}` : entry.operation;
}

const formatTime = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** "Clock 2025-01-06 09:00 → 2025-01-06 09:30". */
export function clockLabel(from: number, to: number): string {
  return `Clock ${formatTime(from)} → ${formatTime(to)}`;
}
