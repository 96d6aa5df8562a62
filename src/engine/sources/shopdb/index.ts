import { AwsError } from '../../core/errors';
import type { World } from '../../world';
import { firstRetainedLsn } from './evolve';
import {
  isShopTableName,
  SHOP_DB_PORT,
  SHOP_DB_SERVER_NAME,
  SHOP_SCHEMA,
  SHOP_TABLE_NAMES,
  SHOP_TABLES,
  type ShopTableName,
} from './schema';
import { existingShopDb, shopDbState, type ShopDbCounters } from './state';

export { SHOP_DB_PORT, SHOP_DB_SERVER_NAME, SHOP_SCHEMA, SHOP_TABLES, SHOP_TABLE_NAMES };
export type { ShopColumn, ShopRow, ShopTableName, ShopValue } from './schema';
export type { ShopChange, ShopDbState } from './state';
export { shopDbState, existingShopDb } from './state';
export { advanceShopDb, changesAfter, firstRetainedLsn, shopDbTicker } from './evolve';

/** The shop database's tables: schema, table, columns with Hive types, primary key. */
export function shopDbTables(_world: World): Array<{
  schema: string;
  table: string;
  columns: { name: string; type: string }[];
  primaryKey: string[];
}> {
  return SHOP_TABLE_NAMES.map((table) => ({
    schema: SHOP_SCHEMA,
    table,
    columns: SHOP_TABLES[table].columns.map(({ name, type }) => ({ name, type })),
    primaryKey: [...SHOP_TABLES[table].primaryKey],
  }));
}

/** The current rows of a table (copies; change the database only through its own evolution). */
export function readShopTable(
  world: World,
  schema: string,
  table: string,
): Array<Record<string, string | number | null>> {
  if (schema !== SHOP_SCHEMA || !isShopTableName(table))
    throw new AwsError(
      'EntityNotFoundException',
      `Table ${schema}.${table} does not exist in the shop database (schema ${SHOP_SCHEMA}: ${SHOP_TABLE_NAMES.join(', ')}).`,
    );
  return Object.values(shopDbState(world).tables[table]).map((row) => ({ ...row }));
}

/** Sets how many business changes (orders, status changes, customers…) happen per simulated minute. */
export function configureShopDb(world: World, options: { changesPerMinute: number }): void {
  const rate = options.changesPerMinute;
  if (!Number.isFinite(rate) || rate < 0 || rate > 600)
    throw new AwsError(
      'InvalidParameterValueException',
      `changesPerMinute must be between 0 and 600, not ${rate}.`,
    );
  shopDbState(world).changesPerMinute = rate;
}

/** What the lake canvas shows on the database node. */
export interface ShopDbActivity {
  /** False until something (a DMS endpoint, a query, the canvas) first opens the database. */
  online: boolean;
  serverName: string;
  port: number;
  schema: string;
  changesPerMinute: number;
  rowCounts: Record<ShopTableName, number>;
  /** Changes committed since the database opened. */
  totals: ShopDbCounters;
  lastChangeAt?: Date;
  /** LSNs the binlog still holds (older ones are purged after 24 hours). */
  binlog: { firstLsn: number; nextLsn: number; entries: number };
}

/** Counters and row counts for the lake canvas; cheap, and it does not open the database. */
export function shopDbActivity(world: World): ShopDbActivity {
  const db = existingShopDb(world);
  const rowCounts = Object.fromEntries(
    SHOP_TABLE_NAMES.map((t) => [t, db ? Object.keys(db.tables[t]).length : 0]),
  ) as Record<ShopTableName, number>;
  const activity: ShopDbActivity = {
    online: db !== undefined,
    serverName: SHOP_DB_SERVER_NAME,
    port: SHOP_DB_PORT,
    schema: SHOP_SCHEMA,
    changesPerMinute: db?.changesPerMinute ?? 0,
    rowCounts,
    totals: db ? { ...db.counters } : { inserts: 0, updates: 0, deletes: 0 },
    binlog: db
      ? { firstLsn: firstRetainedLsn(db), nextLsn: db.nextLsn, entries: db.log.length }
      : { firstLsn: 1, nextLsn: 1, entries: 0 },
  };
  if (db?.lastChangeAt !== undefined) activity.lastChangeAt = new Date(db.lastChangeAt);
  return activity;
}

/** Opens the shop database (seeding it from the world's seed) so it starts evolving on the clock. */
export function openShopDb(world: World): void {
  shopDbState(world);
}
