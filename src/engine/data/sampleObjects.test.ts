import { describe, expect, it } from 'vitest';
import { detectFormat } from '../formats/detect';
import { parquetLayout } from '../formats/parquet';
import { previewObject } from '../formats/preview';
import { generateClickstream } from './clickstream';
import { sampleDataObjects } from './sampleObjects';
import { generateShop } from './shop';

describe('sample data is deterministic', () => {
  it('gives identical bytes for the same seed', () => {
    const a = sampleDataObjects({ seed: 7 });
    const b = sampleDataObjects({ seed: 7 });
    expect(a.map((o) => o.key)).toEqual(b.map((o) => o.key));
    a.forEach((object, i) => expect(object.body).toEqual(b[i]!.body));
  });

  it('gives different data for a different seed', () => {
    const a = sampleDataObjects({ seed: 7 });
    const b = sampleDataObjects({ seed: 8 });
    expect(a[0]!.body).not.toEqual(b[0]!.body);
    expect(a[a.length - 1]!.body).not.toEqual(b[b.length - 1]!.body);
  });

  it('keeps one data set unchanged when another is resized', () => {
    expect(generateShop({ seed: 3, ordersPerMonth: 10 }).customers).toEqual(
      generateShop({ seed: 3, ordersPerMonth: 50 }).customers,
    );
  });
});

describe('sample data layout', () => {
  const objects = sampleDataObjects();
  const keys = objects.map((o) => o.key);

  it('writes the shop tables, orders partitioned Hive-style by month', () => {
    expect(keys).toEqual(
      expect.arrayContaining([
        'shop/customers/customers.csv',
        'shop/products/products.csv',
        'shop/orders/year=2025/month=01/orders.csv',
        'shop/orders/year=2025/month=02/orders.csv',
        'shop/orders/year=2025/month=03/orders.csv',
        'shop/order_items/order_items.parquet',
      ]),
    );
  });

  it('writes clickstream events in unnamed date folders, some gzip-compressed', () => {
    const events = keys.filter((k) => k.startsWith('clickstream/events/'));
    expect(events).toContain('clickstream/events/2025/01/06/events-2025-01-06-00.json');
    expect(events.some((k) => k.endsWith('.json.gz'))).toBe(true);
    expect(
      events.every((k) =>
        /^clickstream\/events\/2025\/01\/\d\d\/events-[\d-]+\.json(\.gz)?$/.test(k),
      ),
    ).toBe(true);
  });

  it('compresses all or none of the clickstream days when asked', () => {
    const keysFor = (clickstreamGzip: 'all' | 'none') =>
      sampleDataObjects({ clickstreamGzip })
        .map((o) => o.key)
        .filter((k) => k.startsWith('clickstream/'));
    expect(keysFor('all').every((k) => k.endsWith('.json.gz'))).toBe(true);
    expect(keysFor('none').every((k) => k.endsWith('.json'))).toBe(true);
  });

  it('holds real files: every object previews as the format its key names', async () => {
    for (const object of objects) {
      const detected = detectFormat(object.key, object.body);
      const expected = object.key.endsWith('.parquet')
        ? 'parquet'
        : object.key.includes('.json')
          ? 'json'
          : 'csv';
      expect(detected.format, object.key).toBe(expected);
      const preview = await previewObject(object.key, object.body, { maxRows: 5 });
      expect(preview.rows.length, object.key).toBeGreaterThan(0);
    }
  });

  it('gives the customers CSV a header Glue recognises and typed columns', async () => {
    const preview = await previewObject('shop/customers/customers.csv', objects[0]!.body);
    expect(preview.columns).toEqual([
      { name: 'id', type: 'bigint' },
      { name: 'name', type: 'string' },
      { name: 'email', type: 'string' },
      { name: 'city', type: 'string' },
      { name: 'country', type: 'string' },
      { name: 'signup_date', type: 'string' },
    ]);
    expect(preview.totalRowsKnown).toBe(500);
  });

  it('writes order_items as Snappy Parquet whose rows match the orders', () => {
    const items = objects.find((o) => o.key.endsWith('order_items.parquet'))!;
    const layout = parquetLayout(items.body);
    expect(layout.rowGroups[0]!.columns.every((c) => c.codec === 'SNAPPY')).toBe(true);
    expect(layout.schema.map((s) => s.name)).toEqual([
      'order_id',
      'product_id',
      'quantity',
      'unit_price',
    ]);
    expect(layout.numRows).toBeGreaterThan(900);
  });

  it('makes each order total the sum of its items', () => {
    const shop = generateShop({ seed: 2, months: 1, ordersPerMonth: 20 });
    const firstOrder = shop.ordersByMonth[0]!.table.rows[0]!;
    const items = shop.orderItems.rows.filter((item) => item[0] === firstOrder[0]);
    const sum = items.reduce((total, item) => total + (item[2] as number) * (item[3] as number), 0);
    expect(firstOrder[4]).toBeCloseTo(sum, 2);
  });

  it('scales up with parameters', () => {
    const shop = generateShop({ customers: 5000, months: 6, ordersPerMonth: 1000 });
    expect(shop.customers.rows).toHaveLength(5000);
    expect(shop.ordersByMonth.map((m) => m.month)).toEqual(['01', '02', '03', '04', '05', '06']);
  });

  it('writes clickstream events in time order with a nested geo object', () => {
    const [day] = generateClickstream({ days: 1, eventsPerDay: 50 });
    const times = day!.events.map((e) => e.ts);
    expect(times).toEqual([...times].sort());
    expect(day!.events[0]!.geo).toEqual({ country: expect.any(String), city: expect.any(String) });
    expect(new Set(day!.events.map((e) => e.event_type))).toContain('page_view');
  });
});
