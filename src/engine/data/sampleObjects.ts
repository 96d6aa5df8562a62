import { gzip } from '../formats/compression';
import { utf8Encode } from '../formats/text';
import { toCsv, toJsonLines, toParquet } from '../formats/writers';
import { type ClickEvent, CLICKSTREAM_DEFAULTS, generateClickstream } from './clickstream';
import { generateShop, SHOP_DEFAULTS } from './shop';

export interface SampleDataOptions {
  seed?: number;
  customers?: number;
  products?: number;
  months?: number;
  ordersPerMonth?: number;
  clickstreamDays?: number;
  eventsPerDay?: number;
  /**
   * Which clickstream days arrive gzip-compressed: `some` (every third day, the default), `all` or `none`.
   * A crawler needs one compression per table, so lessons that want one table pick `all` or `none`.
   */
  clickstreamGzip?: 'some' | 'all' | 'none';
}

/** Where each sample data set lives in the bucket (one folder per table). */
export const SAMPLE_DATA_PREFIXES = {
  customers: 'shop/customers/',
  products: 'shop/products/',
  orders: 'shop/orders/',
  orderItems: 'shop/order_items/',
  clickstream: 'clickstream/events/',
} as const;

export interface SampleObject {
  key: string;
  body: Uint8Array;
  contentType: string;
}

const CSV = 'text/csv';
const JSON_LINES = 'application/json';
const GZIP = 'application/gzip';
const PARQUET = 'application/vnd.apache.parquet';

const csvOf = (table: { columns: { name: string }[]; rows: unknown[][] }) =>
  utf8Encode(
    toCsv(
      table.columns.map((c) => c.name),
      table.rows,
    ),
  );

function clickstreamObjects(
  dayEvents: { day: number; events: ClickEvent[] }[],
  gzipDays: 'some' | 'all' | 'none',
): SampleObject[] {
  return dayEvents.flatMap(({ day, events }, index) => {
    const [year, month, date] = new Date(day).toISOString().slice(0, 10).split('-') as [
      string,
      string,
      string,
    ];
    const noon = day + 12 * 60 * 60 * 1000;
    const halves = [
      events.filter((e) => Date.parse(e.ts) < noon),
      events.filter((e) => Date.parse(e.ts) >= noon),
    ];
    // Gzip days look as a delivery stream configured for GZIP would write them.
    const compressed = gzipDays === 'all' || (gzipDays === 'some' && index % 3 === 2);
    return halves.map((half, part) => {
      const base = `${SAMPLE_DATA_PREFIXES.clickstream}${year}/${month}/${date}/events-${year}-${month}-${date}-${part === 0 ? '00' : '12'}.json`;
      const text = utf8Encode(toJsonLines(half));
      return compressed
        ? { key: `${base}.gz`, body: gzip(text), contentType: GZIP }
        : { key: base, body: text, contentType: JSON_LINES };
    });
  });
}

/** Every object the sample data set holds, with its exact bytes: same options, same bytes. */
export function sampleDataObjects(options: SampleDataOptions = {}): SampleObject[] {
  const seed = options.seed ?? SHOP_DEFAULTS.seed;
  const customers = options.customers ?? SHOP_DEFAULTS.customers;
  const products = options.products ?? SHOP_DEFAULTS.products;
  const shop = generateShop({
    seed,
    customers,
    products,
    months: options.months ?? SHOP_DEFAULTS.months,
    ordersPerMonth: options.ordersPerMonth ?? SHOP_DEFAULTS.ordersPerMonth,
  });
  const clicks = generateClickstream({
    seed,
    customers,
    products,
    days: options.clickstreamDays ?? CLICKSTREAM_DEFAULTS.days,
    eventsPerDay: options.eventsPerDay ?? CLICKSTREAM_DEFAULTS.eventsPerDay,
  });
  return [
    {
      key: `${SAMPLE_DATA_PREFIXES.customers}customers.csv`,
      body: csvOf(shop.customers),
      contentType: CSV,
    },
    {
      key: `${SAMPLE_DATA_PREFIXES.products}products.csv`,
      body: csvOf(shop.products),
      contentType: CSV,
    },
    ...shop.ordersByMonth.map(({ year, month, table }) => ({
      key: `${SAMPLE_DATA_PREFIXES.orders}year=${year}/month=${month}/orders.csv`,
      body: csvOf(table),
      contentType: CSV,
    })),
    {
      key: `${SAMPLE_DATA_PREFIXES.orderItems}order_items.parquet`,
      body: toParquet(shop.orderItems.columns, shop.orderItems.rows, { codec: 'SNAPPY' }),
      contentType: PARQUET,
    },
    ...clickstreamObjects(clicks, options.clickstreamGzip ?? 'some'),
  ];
}
