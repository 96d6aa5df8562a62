import type { Rng } from '../../core/rng';
import { pickWeighted } from '../../data/random';
import { cents, isoDate } from '../../data/random';
import { FIRST_NAMES, LAST_NAMES, PLACES } from '../../data/vocabulary';
import { primaryKeyOf, type ShopRow, type ShopTableName } from './schema';
import type { ShopDbState } from './state';

/** Writes rows and appends each change to the log, as a database with a binlog does. */
export class ShopWriter {
  constructor(
    readonly db: ShopDbState,
    readonly rng: Rng,
    readonly at: number,
  ) {}

  private log(op: 'I' | 'U' | 'D', table: ShopTableName, before?: ShopRow, after?: ShopRow) {
    const change = { lsn: this.db.nextLsn++, at: this.at, op, table, before, after };
    if (!before) delete change.before;
    if (!after) delete change.after;
    this.db.log.push(change);
    this.db.lastChangeAt = this.at;
    if (op === 'I') this.db.counters.inserts++;
    else if (op === 'U') this.db.counters.updates++;
    else this.db.counters.deletes++;
  }

  insert(table: ShopTableName, row: ShopRow): void {
    this.db.tables[table][primaryKeyOf(table, row)] = row;
    this.log('I', table, undefined, { ...row });
  }

  update(table: ShopTableName, key: string, changes: ShopRow): void {
    const before = this.db.tables[table][key];
    if (!before) return;
    const after = { ...before, ...changes };
    this.db.tables[table][key] = after;
    this.log('U', table, { ...before }, { ...after });
  }

  delete(table: ShopTableName, key: string): void {
    const before = this.db.tables[table][key];
    if (!before) return;
    Reflect.deleteProperty(this.db.tables[table], key);
    this.log('D', table, { ...before });
  }

  /** An existing row's key, found by trying random ids (deleted ones are skipped). */
  randomKey(table: 'customers' | 'products', below: number): string | undefined {
    for (let attempt = 0; attempt < 8; attempt++) {
      const key = String(this.rng.int(1, below));
      if (this.db.tables[table][key]) return key;
    }
    return Object.keys(this.db.tables[table])[0];
  }
}

function productCount(db: ShopDbState): number {
  return Object.keys(db.tables.products).length + 1;
}

function newOrder(w: ShopWriter): void {
  const customer = w.randomKey('customers', w.db.nextIds.customer);
  if (!customer) return;
  const orderId = w.db.nextIds.order++;
  const products = new Set<string>();
  // Counted once: an order inserts no product, and counting lists every product's key.
  const productsBelow = productCount(w.db);
  for (let n = w.rng.int(1, 5); n > 0; n--) {
    const key = w.randomKey('products', productsBelow);
    if (key) products.add(key);
  }
  const items = [...products].map((key) => ({
    order_id: orderId,
    product_id: Number(key),
    quantity: w.rng.int(1, 4),
    unit_price: Number(w.db.tables.products[key]?.price ?? 0),
  }));
  const total = cents(items.reduce((sum, i) => sum + i.quantity * i.unit_price, 0));
  w.insert('orders', {
    order_id: orderId,
    customer_id: Number(customer),
    order_date: isoDate(w.at),
    status: 'pending',
    total,
  });
  for (const item of items) w.insert('order_items', item);
  w.db.openOrders.push(orderId);
}

const NEXT_STATUS: Record<string, string> = { pending: 'shipped', shipped: 'delivered' };

/** Moves an open order along: pending → shipped → delivered, or cancels a pending one. */
function advanceOrder(w: ShopWriter, cancel: boolean): void {
  const open = w.db.openOrders;
  if (open.length === 0) return newOrder(w);
  const index = w.rng.int(0, open.length);
  const key = String(open[index]);
  const status = String(w.db.tables.orders[key]?.status ?? '');
  const next = cancel && status === 'pending' ? 'cancelled' : NEXT_STATUS[status];
  if (!next) {
    open.splice(index, 1);
    return;
  }
  w.update('orders', key, { status: next });
  if (next !== 'shipped') open.splice(index, 1);
}

function newCustomer(w: ShopWriter): void {
  const id = w.db.nextIds.customer++;
  const first = w.rng.pick(FIRST_NAMES);
  const last = w.rng.pick(LAST_NAMES);
  const place = w.rng.pick(PLACES);
  const email = `${first}.${last}${id}@example.com`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9.@]/g, '');
  w.insert('customers', {
    id,
    name: `${first} ${last}`,
    email,
    city: place.city,
    country: place.country,
    signup_date: isoDate(w.at),
  });
}

function moveCustomer(w: ShopWriter): void {
  const key = w.randomKey('customers', w.db.nextIds.customer);
  const place = w.rng.pick(PLACES);
  if (key) w.update('customers', key, { city: place.city, country: place.country });
}

function repriceProduct(w: ShopWriter): void {
  const key = w.randomKey('products', productCount(w.db));
  const price = Number(key ? w.db.tables.products[key]?.price : 0);
  if (key) w.update('products', key, { price: cents(price * (0.9 + w.rng.next() * 0.2)) });
}

function deleteCustomer(w: ShopWriter): void {
  const key = w.randomKey('customers', w.db.nextIds.customer);
  if (key) w.delete('customers', key);
}

/** What happens in the shop, by weight: mostly orders arriving and moving along. */
const CHANGE_KINDS: readonly { value: (w: ShopWriter) => void; weight: number }[] = [
  { value: newOrder, weight: 40 },
  { value: (w) => advanceOrder(w, false), weight: 35 },
  { value: newCustomer, weight: 8 },
  { value: moveCustomer, weight: 7 },
  { value: repriceProduct, weight: 5 },
  { value: (w) => advanceOrder(w, true), weight: 3 },
  { value: deleteCustomer, weight: 2 },
];

/** One business event (an order, a status change, a new or deleted customer…) committed at `at`. */
export function applyRandomChange(db: ShopDbState, rng: Rng, at: number): void {
  pickWeighted(rng, CHANGE_KINDS)(new ShopWriter(db, rng, at));
}
