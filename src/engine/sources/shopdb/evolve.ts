import { createRng } from '../../core/rng';
import type { World } from '../../world';
import { applyRandomChange } from './changes';
import { existingShopDb, type ShopChange, type ShopDbState } from './state';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Binlog retention: DMS needs the binlog kept while CDC runs; RDS MySQL sets it with `binlog retention hours` (we keep 24 h). */
export const BINLOG_RETENTION_MS = 24 * 3_600_000;
/** A hard cap on retained changes, so a fast change rate cannot grow the world without bound. */
export const MAX_LOG_ENTRIES = 50_000;

/** Applies each whole simulated minute up to `to`: the minute's changes, spread over it, in commit order. */
export function advanceShopDb(db: ShopDbState, to: number): void {
  if (to < db.appliedUntil + MINUTE_MS) return;
  const rng = createRng(db);
  while (db.appliedUntil + MINUTE_MS <= to) {
    const start = db.appliedUntil;
    const due = db.carry + db.changesPerMinute;
    const count = Math.floor(due);
    db.carry = due - count;
    for (let i = 0; i < count; i++)
      applyRandomChange(db, rng, start + Math.floor(((i + rng.next()) * MINUTE_MS) / count));
    db.appliedUntil = start + MINUTE_MS;
    // Purge once a simulated day inside long jumps, so a month's jump never holds a month of log.
    if (db.appliedUntil % DAY_MS === 0) purgeLog(db);
  }
  purgeLog(db);
}

function purgeLog(db: ShopDbState): void {
  const oldest = db.appliedUntil - BINLOG_RETENTION_MS;
  let drop = 0;
  while (drop < db.log.length && db.log[drop]!.at < oldest) drop++;
  drop = Math.max(drop, db.log.length - MAX_LOG_ENTRIES);
  // Each simulated minute purges a few entries: shift() drops one in constant time, where
  // splice(0, n) moves the whole day of log behind it.
  if (drop > 0 && drop <= 16) for (let i = 0; i < drop; i++) db.log.shift();
  else if (drop > 0) db.log.splice(0, drop);
}

/** The clock ticker: evolves the shop database (if anything has used it) up to the new time. */
export function shopDbTicker(world: () => World): (from: number, to: number) => void {
  return (_from, to) => {
    const db = existingShopDb(world());
    if (db) advanceShopDb(db, to);
  };
}

/** The oldest LSN still in the log (the next LSN when the log is empty). */
export function firstRetainedLsn(db: ShopDbState): number {
  return db.log[0]?.lsn ?? db.nextLsn;
}

/** Changes committed after `afterLsn`, oldest first (binary search: the log is in LSN order). */
export function changesAfter(db: ShopDbState, afterLsn: number): ShopChange[] {
  let low = 0;
  let high = db.log.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (db.log[mid]!.lsn <= afterLsn) low = mid + 1;
    else high = mid;
  }
  return db.log.slice(low);
}
