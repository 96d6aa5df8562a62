import type { World } from '../../world';
import { sourcesState } from '../state';
import type { ShopRow, ShopTableName } from './schema';
import { seedShopDb } from './seed';

/** One committed change, as a binlog records it: the row before and after. */
export interface ShopChange {
  /** Log sequence number: increases by one per change. */
  lsn: number;
  /** Commit time, simulated epoch ms. */
  at: number;
  op: 'I' | 'U' | 'D';
  table: ShopTableName;
  before?: ShopRow;
  after?: ShopRow;
}

export interface ShopDbCounters {
  inserts: number;
  updates: number;
  deletes: number;
}

/** The shop database: plain data in the world, evolving on the simulated clock. */
export interface ShopDbState {
  version: 1;
  /** The generator's own state, so the database evolves the same way whatever else draws random numbers. */
  rng: number;
  changesPerMinute: number;
  /** The fraction of a change carried into the next minute. */
  carry: number;
  createdAt: number;
  /** The end of the last simulated minute whose changes are applied. */
  appliedUntil: number;
  tables: Record<ShopTableName, Record<string, ShopRow>>;
  nextIds: { customer: number; order: number };
  /** Orders still pending or shipped: the ones whose status can change. */
  openOrders: number[];
  /** The change log (binlog), oldest first; purged after BINLOG_RETENTION_MS. */
  log: ShopChange[];
  nextLsn: number;
  counters: ShopDbCounters;
  lastChangeAt?: number;
}

export const DEFAULT_CHANGES_PER_MINUTE = 2;

/** The shop database, seeded from the world's seed the first time anything uses it. */
export function shopDbState(world: World): ShopDbState {
  const sources = sourcesState(world);
  return (sources.shopDb ??= seedShopDb(world.seed, world.clock.now));
}

/** The shop database if something has used it; the clock only evolves a database that exists. */
export function existingShopDb(world: World): ShopDbState | undefined {
  return world.sources?.shopDb;
}
