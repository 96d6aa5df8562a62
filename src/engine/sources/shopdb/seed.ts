import { generateShop } from '../../data';
import type { SampleTable } from '../../data';
import { seededRng } from '../../data/random';
import { primaryKeyOf, type ShopRow, type ShopTableName } from './schema';
import { DEFAULT_CHANGES_PER_MINUTE, type ShopDbState } from './state';

/** The change stream's generator stream number (the sample data uses 1 to 3). */
const CHANGE_STREAM = 11;
const MINUTE_MS = 60_000;

function recordsOf(table: SampleTable): ShopRow[] {
  const names = table.columns.map((c) => c.name);
  return table.rows.map((values) =>
    Object.fromEntries(names.map((name, i) => [name, (values[i] ?? null) as ShopRow[string]])),
  );
}

function keyed(table: ShopTableName, rows: ShopRow[]): Record<string, ShopRow> {
  const out: Record<string, ShopRow> = {};
  for (const row of rows) out[primaryKeyOf(table, row)] = row;
  return out;
}

/** Line items with the same product in one order become one line (the key is order and product). */
function mergeItems(rows: ShopRow[]): ShopRow[] {
  const byKey = new Map<string, ShopRow>();
  for (const row of rows) {
    const key = `${row.order_id}|${row.product_id}`;
    const seen = byKey.get(key);
    if (seen) seen.quantity = Number(seen.quantity) + Number(row.quantity);
    else byKey.set(key, { ...row });
  }
  return [...byKey.values()];
}

/** The shop database as it opens: the sample shop's customers, products, orders and items. */
export function seedShopDb(seed: number, now: number): ShopDbState {
  const shop = generateShop({ seed });
  const customers = recordsOf(shop.customers);
  const orders = shop.ordersByMonth.flatMap((month) => recordsOf(month.table));
  const maxId = (rows: ShopRow[], column: string) =>
    rows.reduce((max, row) => Math.max(max, Number(row[column])), 0);
  return {
    version: 1,
    rng: seededRng(seed, CHANGE_STREAM).int(1, 2 ** 31),
    changesPerMinute: DEFAULT_CHANGES_PER_MINUTE,
    carry: 0,
    createdAt: now,
    appliedUntil: Math.floor(now / MINUTE_MS) * MINUTE_MS,
    tables: {
      customers: keyed('customers', customers),
      products: keyed('products', recordsOf(shop.products)),
      orders: keyed('orders', orders),
      order_items: keyed('order_items', mergeItems(recordsOf(shop.orderItems))),
    },
    nextIds: { customer: maxId(customers, 'id') + 1, order: maxId(orders, 'order_id') + 1 },
    openOrders: orders
      .filter((o) => o.status === 'pending' || o.status === 'shipped')
      .map((o) => Number(o.order_id)),
    log: [],
    nextLsn: 1,
    counters: { inserts: 0, updates: 0, deletes: 0 },
  };
}
