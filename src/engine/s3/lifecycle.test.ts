import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

const KB = 1024;
const classOf = (lake: TestLake, key: string) =>
  lake.engine.world.s3.buckets['raw-zone']!.objects[key]?.StorageClass;
const tierOf = (lake: TestLake, key: string) =>
  lake.engine.world.s3.buckets['raw-zone']!.objects[key]?.accessTier;
const at = (lake: TestLake, iso: string) => lake.engine.clock.advanceTo(new Date(iso));

/** A lake started 2025-01-06 09:00 UTC with a 200 KB and a 1 KB object under raw/ and one lifecycle rule. */
async function lakeWithRule(ruleActions: object, extra: object = {}): Promise<TestLake> {
  const lake = new TestLake({ start: '2025-01-06T09:00:00Z' });
  await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
  await lake.call('s3', 'PutObject', {
    Bucket: 'raw-zone',
    Key: 'raw/big.bin',
    Body: new Uint8Array(200 * KB),
  });
  await lake.call('s3', 'PutObject', {
    Bucket: 'raw-zone',
    Key: 'raw/small.txt',
    Body: new Uint8Array(KB),
  });
  await lake.call('s3', 'PutBucketLifecycleConfiguration', {
    Bucket: 'raw-zone',
    LifecycleConfiguration: {
      Rules: [{ ID: 'r', Status: 'Enabled', Filter: { Prefix: 'raw/' }, ...ruleActions }],
    },
    ...extra,
  });
  return lake;
}

describe('S3 lifecycle runs', () => {
  it('transitions at creation + 30 days rounded up to the next midnight UTC; objects under 128 KB stay (all_storage_classes_128K)', async () => {
    const lake = await lakeWithRule({ Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }] });
    await at(lake, '2025-02-05T23:59:00Z');
    expect(classOf(lake, 'raw/big.bin')).toBe('STANDARD');
    await at(lake, '2025-02-06T00:00:00Z');
    expect(classOf(lake, 'raw/big.bin')).toBe('STANDARD_IA');
    expect(classOf(lake, 'raw/small.txt')).toBe('STANDARD');
  });

  it('lets small objects go to Glacier with varies_by_storage_class', async () => {
    const lake = await lakeWithRule(
      { Transitions: [{ Days: 1, StorageClass: 'GLACIER' }] },
      { TransitionDefaultMinimumObjectSize: 'varies_by_storage_class' },
    );
    await lake.advance('3d');
    expect(classOf(lake, 'raw/small.txt')).toBe('GLACIER');
  });

  it('follows the waterfall: Standard-IA at day 30, then Glacier at day 90', async () => {
    const lake = await lakeWithRule({
      Transitions: [
        { Days: 30, StorageClass: 'STANDARD_IA' },
        { Days: 90, StorageClass: 'GLACIER' },
      ],
    });
    await at(lake, '2025-03-01T00:00:00Z');
    expect(classOf(lake, 'raw/big.bin')).toBe('STANDARD_IA');
    // 2025-01-06 09:00 + 90 days = 2025-04-06 09:00 → due at midnight 2025-04-07.
    await at(lake, '2025-04-06T23:59:00Z');
    expect(classOf(lake, 'raw/big.bin')).toBe('STANDARD_IA');
    await at(lake, '2025-04-07T00:00:00Z');
    expect(classOf(lake, 'raw/big.bin')).toBe('GLACIER');
  });

  it('expires objects at creation + N days rounded to midnight (created 10:30, 3 days → midnight of day 4, as in the S3 guide)', async () => {
    const lake = await lakeWithRule({ Expiration: { Days: 3 } });
    await at(lake, '2025-01-09T23:59:59Z');
    expect(classOf(lake, 'raw/big.bin')).toBe('STANDARD');
    await at(lake, '2025-01-10T00:00:00Z');
    expect(classOf(lake, 'raw/big.bin')).toBeUndefined();
    expect(classOf(lake, 'raw/small.txt')).toBeUndefined();
  });

  it('ignores Disabled rules and objects outside the filter', async () => {
    const lake = await lakeWithRule({ Expiration: { Days: 1 } });
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'keep/a.csv', Body: 'x' });
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'paused/a.csv', Body: 'x' });
    const rules = [
      { ID: 'raw', Status: 'Enabled', Filter: { Prefix: 'raw/' }, Expiration: { Days: 1 } },
      { ID: 'paused', Status: 'Disabled', Filter: { Prefix: 'paused/' }, Expiration: { Days: 1 } },
    ];
    await lake.call('s3', 'PutBucketLifecycleConfiguration', {
      Bucket: 'raw-zone',
      LifecycleConfiguration: { Rules: rules },
    });
    await lake.advance('5d');
    expect(classOf(lake, 'raw/big.bin')).toBeUndefined();
    expect(classOf(lake, 'keep/a.csv')).toBe('STANDARD');
    expect(classOf(lake, 'paused/a.csv')).toBe('STANDARD');
  });

  it('keeps the daily pass scheduled after a restore, even of a world saved without it', async () => {
    const lake = await lakeWithRule({ Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }] });
    const snapshot = lake.engine.snapshot();
    snapshot.clock.queue = snapshot.clock.queue.filter((e) => e.kind !== 's3:lifecycle');
    lake.engine.restore(snapshot);
    await at(lake, '2025-02-06T00:00:00Z');
    expect(classOf(lake, 'raw/big.bin')).toBe('STANDARD_IA');
    expect(lake.engine.clock.nextEventAt({ includeBackground: true })).toEqual(
      new Date('2025-02-07T00:00:00Z'),
    );
  });
});

describe('S3 Intelligent-Tiering', () => {
  it('moves an object to Infrequent after 30 days without access, to Archive Instant after 90, and back to Frequent on access', async () => {
    const lake = new TestLake({ start: '2025-01-06T09:00:00Z' });
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'it.bin',
      Body: new Uint8Array(200 * KB),
      StorageClass: 'INTELLIGENT_TIERING',
    });
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'tiny.bin',
      Body: new Uint8Array(KB),
      StorageClass: 'INTELLIGENT_TIERING',
    });
    await lake.advance('29d');
    expect(tierOf(lake, 'it.bin')).toBe('FREQUENT');
    await lake.advance('2d');
    expect(tierOf(lake, 'it.bin')).toBe('INFREQUENT');
    await lake.call('s3', 'GetObject', { Bucket: 'raw-zone', Key: 'it.bin' });
    expect(tierOf(lake, 'it.bin')).toBe('FREQUENT');
    await lake.advance('91d');
    expect(tierOf(lake, 'it.bin')).toBe('ARCHIVE_INSTANT');
    // Objects under 128 KB are not monitored and stay in the Frequent tier.
    expect(tierOf(lake, 'tiny.bin')).toBe('FREQUENT');
  });
});
