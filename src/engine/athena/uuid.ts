import type { OperationContext } from '../core/operations';

/** A version-4 UUID from the lab's seeded generator (QueryExecutionId, NamedQueryId). */
export function uuidOf(ctx: OperationContext): string {
  const hex = ctx.rng.hex(32).split('');
  hex[12] = '4';
  hex[16] = '89ab'[Number.parseInt(hex[16] ?? '0', 16) % 4] ?? '8';
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
