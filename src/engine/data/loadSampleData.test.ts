import { describe, expect, it } from 'vitest';
import { createEngine } from '../index';
import { previewObject } from '../formats/preview';
import { loadSampleData, SAMPLE_DATA_BUCKET } from './loadSampleData';
import { sampleDataObjects } from './sampleObjects';

describe('loadSampleData through a real engine', () => {
  it('creates the raw bucket and puts every sample object with its exact bytes', async () => {
    const engine = createEngine({ seed: 1 });
    const call = (service: string, operation: string, input: unknown) =>
      engine.call(service, operation, input);
    const summary = await loadSampleData(call);
    const expected = sampleDataObjects();
    expect(summary).toMatchObject({ bucket: SAMPLE_DATA_BUCKET, bucketCreated: true });
    expect(summary.objects.map((o) => o.key)).toEqual(expected.map((o) => o.key));
    expect(summary.totalBytes).toBe(expected.reduce((sum, o) => sum + o.body.length, 0));
    const stored = engine.world.s3.buckets[SAMPLE_DATA_BUCKET]!.objects;
    expect(stored['shop/order_items/order_items.parquet']!.Body).toEqual(
      expected.find((o) => o.key.endsWith('.parquet'))!.body,
    );
    const preview = await previewObject(
      'shop/customers/customers.csv',
      stored['shop/customers/customers.csv']!.Body,
    );
    expect(preview.columns[0]).toEqual({ name: 'id', type: 'bigint' });
  });

  it('loads a second time over the same keys without failing', async () => {
    const engine = createEngine({ seed: 1 });
    const call = (service: string, operation: string, input: unknown) =>
      engine.call(service, operation, input);
    await loadSampleData(call);
    const again = await loadSampleData(call);
    expect(again.bucketCreated).toBe(false);
    expect(Object.keys(engine.world.s3.buckets[SAMPLE_DATA_BUCKET]!.objects)).toHaveLength(
      again.objects.length,
    );
  });

  it('loads into a bucket the caller names', async () => {
    const engine = createEngine({ seed: 1 });
    const summary = await loadSampleData((s, o, i) => engine.call(s, o, i), {
      bucket: 'class-demo-raw',
      ordersPerMonth: 10,
      eventsPerDay: 20,
    });
    expect(summary.bucket).toBe('class-demo-raw');
    expect(engine.world.s3.buckets['class-demo-raw']).toBeDefined();
  });
});
