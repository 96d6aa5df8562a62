import type { ParquetColumnSpec } from '../formats/writers';
import { cents, DAY_MS, isoDate, pickWeighted, seededRng } from './random';
import {
  ADJECTIVES,
  CATEGORIES,
  FIRST_NAMES,
  LAST_NAMES,
  ORDER_STATUSES,
  PLACES,
} from './vocabulary';

export interface SampleTable {
  columns: ParquetColumnSpec[];
  rows: unknown[][];
}

export interface ShopOptions {
  seed?: number;
  customers?: number;
  products?: number;
  /** Months of orders, starting January 2025. */
  months?: number;
  ordersPerMonth?: number;
}

export interface ShopData {
  customers: SampleTable;
  products: SampleTable;
  /** Orders by month, `2025-01` → table. */
  ordersByMonth: { year: string; month: string; table: SampleTable }[];
  orderItems: SampleTable;
}

export const SHOP_DEFAULTS = {
  seed: 1,
  customers: 500,
  products: 60,
  months: 3,
  ordersPerMonth: 300,
} as const;

function customers(seed: number, count: number): SampleTable {
  const rng = seededRng(seed, 1);
  const signupFrom = Date.UTC(2023, 0, 1);
  const rows = Array.from({ length: count }, (_, i) => {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const place = rng.pick(PLACES);
    const email = `${first}.${last}${i + 1}@example.com`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9.@]/g, '');
    return [
      i + 1,
      `${first} ${last}`,
      email,
      place.city,
      place.country,
      isoDate(signupFrom + rng.int(0, 730) * DAY_MS),
    ];
  });
  const columns: ParquetColumnSpec[] = [
    { name: 'id', type: 'bigint' },
    { name: 'name', type: 'string' },
    { name: 'email', type: 'string' },
    { name: 'city', type: 'string' },
    { name: 'country', type: 'string' },
    { name: 'signup_date', type: 'string' },
  ];
  return { columns, rows };
}

function products(seed: number, count: number): SampleTable {
  const rng = seededRng(seed, 2);
  const rows = Array.from({ length: count }, (_, i) => {
    const category = rng.pick(CATEGORIES);
    const price = cents(category.minPrice + rng.next() * (category.maxPrice - category.minPrice));
    return [i + 1, `${rng.pick(ADJECTIVES)} ${rng.pick(category.items)}`, category.name, price];
  });
  const columns: ParquetColumnSpec[] = [
    { name: 'id', type: 'bigint' },
    { name: 'name', type: 'string' },
    { name: 'category', type: 'string' },
    { name: 'price', type: 'double' },
  ];
  return { columns, rows };
}

const ORDER_COLUMNS: ParquetColumnSpec[] = [
  { name: 'order_id', type: 'bigint' },
  { name: 'customer_id', type: 'bigint' },
  { name: 'order_date', type: 'string' },
  { name: 'status', type: 'string' },
  { name: 'total', type: 'double' },
];
const ITEM_COLUMNS: ParquetColumnSpec[] = [
  { name: 'order_id', type: 'bigint' },
  { name: 'product_id', type: 'bigint' },
  { name: 'quantity', type: 'bigint' },
  { name: 'unit_price', type: 'double' },
];

/** An online shop: customers, products, orders by month and their line items; same seed, same rows. */
export function generateShop(options: ShopOptions = {}): ShopData {
  const o = { ...SHOP_DEFAULTS, ...options };
  const customerTable = customers(o.seed, o.customers);
  const productTable = products(o.seed, o.products);
  const rng = seededRng(o.seed, 3);
  const itemRows: unknown[][] = [];
  let orderId = 1000;
  const ordersByMonth = Array.from({ length: o.months }, (_, m) => {
    const monthStart = Date.UTC(2025, m, 1);
    const daysInMonth = Math.round((Date.UTC(2025, m + 1, 1) - monthStart) / DAY_MS);
    const rows = Array.from(
      { length: o.ordersPerMonth },
      () => [monthStart + rng.int(0, daysInMonth) * DAY_MS, rng.int(1, o.customers + 1)] as const,
    )
      .sort((a, b) => a[0] - b[0])
      .map(([day, customerId]) => {
        orderId++;
        let total = 0;
        for (let n = rng.int(1, 5); n > 0; n--) {
          const product = rng.pick(productTable.rows);
          const quantity = rng.int(1, 4);
          total += quantity * (product[3] as number);
          itemRows.push([orderId, product[0], quantity, product[3]]);
        }
        return [orderId, customerId, isoDate(day), pickWeighted(rng, ORDER_STATUSES), cents(total)];
      });
    const date = new Date(monthStart);
    return {
      year: String(date.getUTCFullYear()),
      month: String(date.getUTCMonth() + 1).padStart(2, '0'),
      table: { columns: ORDER_COLUMNS, rows },
    };
  });
  return {
    customers: customerTable,
    products: productTable,
    ordersByMonth,
    orderItems: { columns: ITEM_COLUMNS, rows: itemRows },
  };
}
