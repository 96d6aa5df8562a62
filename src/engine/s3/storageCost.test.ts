import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { S3_STORAGE_CLASSES, storageSummary } from './index';

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

function ledgerOf(
  lake: TestLake,
  usageType: string,
): { quantity: number; cost: number; months: string[] } {
  const lines = Object.values(lake.engine.world.ledger).filter(
    (l) => l.service === 's3' && l.usageType === usageType,
  );
  return {
    quantity: lines.reduce((n, l) => n + l.quantity, 0),
    cost: lines.reduce((n, l) => n + l.cost, 0),
    months: lines.map((l) => l.month),
  };
}

async function lakeWithBucket(): Promise<TestLake> {
  const lake = new TestLake({ start: '2025-01-06T09:00:00Z' });
  await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
  return lake;
}

describe('S3 storage cost', () => {
  it('accrues 1 GB kept 30 days in STANDARD as 1 GB-month ≈ $0.023 (a month is 30 days), split by calendar month', async () => {
    const lake = await lakeWithBucket();
    // 1 GiB of zeros placed directly (PutObject's checks would only slow the test); the ticker reads sizes only.
    const now = lake.now().getTime();
    lake.engine.world.s3.buckets['raw-zone']!.objects['big.bin'] = {
      Key: 'big.bin',
      Body: new Uint8Array(GB),
      LastModified: now,
      Metadata: {},
      StorageClass: 'STANDARD',
      ServerSideEncryption: 'AES256',
      Tags: {},
      lastAccessed: now,
      storageClassSince: now,
    };
    await lake.advance('30d');
    const storage = ledgerOf(lake, 'TimedStorage-ByteHrs');
    expect(storage.quantity).toBeCloseTo(1, 9);
    expect(storage.cost).toBeCloseTo(0.023, 9);
    expect(storage.months).toEqual(['2025-01', '2025-02']);
  });

  it('bills objects put through PutObject in their class, with the 128 KB minimum billable size of Standard-IA', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'a.bin',
      Body: new Uint8Array(MB),
    });
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'ia.txt',
      Body: new Uint8Array(KB),
      StorageClass: 'STANDARD_IA',
    });
    await lake.advance('30d');
    expect(ledgerOf(lake, 'TimedStorage-ByteHrs').cost).toBeCloseTo(0.023 / 1024, 12);
    expect(ledgerOf(lake, 'TimedStorage-SIA-ByteHrs').quantity).toBeCloseTo((128 * KB) / GB, 12);
  });

  it('charges the remaining minimum duration when a Standard-IA object is deleted after 10 of its 30 days (EarlyDelete-SIA)', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'ia.bin',
      Body: new Uint8Array(MB),
      StorageClass: 'STANDARD_IA',
    });
    await lake.advance('10d');
    await lake.call('s3', 'DeleteObject', { Bucket: 'raw-zone', Key: 'ia.bin' });
    const early = ledgerOf(lake, 'EarlyDelete-SIA');
    expect(early.quantity).toBeCloseTo((1 / 1024) * (20 / 30), 12);
    expect(early.cost).toBeCloseTo((1 / 1024) * (20 / 30) * 0.0125, 12);
  });

  it('charges early deletion on an overwrite too, but not after the minimum duration', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'g.bin',
      Body: new Uint8Array(MB),
      StorageClass: 'GLACIER_IR',
    });
    await lake.advance('60d');
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'g.bin',
      Body: new Uint8Array(MB),
      StorageClass: 'GLACIER_IR',
    });
    expect(ledgerOf(lake, 'EarlyDelete-GIR').quantity).toBeCloseTo((1 / 1024) * (30 / 30), 12);
    await lake.advance('91d');
    await lake.call('s3', 'DeleteObject', { Bucket: 'raw-zone', Key: 'g.bin' });
    expect(ledgerOf(lake, 'EarlyDelete-GIR').quantity).toBeCloseTo(1 / 1024, 12);
  });

  it('charges the rest of the 30 Standard-IA days when lifecycle moves an object on to Glacier after 10 of them (early transition)', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'raw/a.bin',
      Body: new Uint8Array(MB),
    });
    const Rules = [
      {
        ID: 'to-ia',
        Status: 'Enabled',
        Filter: { Prefix: 'raw/' },
        Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }],
      },
      {
        ID: 'to-glacier',
        Status: 'Enabled',
        Filter: { Prefix: 'raw/' },
        Transitions: [{ Days: 40, StorageClass: 'GLACIER' }],
      },
    ];
    await lake.call('s3', 'PutBucketLifecycleConfiguration', {
      Bucket: 'raw-zone',
      LifecycleConfiguration: { Rules },
    });
    await lake.engine.clock.advanceTo(new Date('2025-02-16T00:00:00Z'));
    expect(lake.engine.world.s3.buckets['raw-zone']!.objects['raw/a.bin']!.StorageClass).toBe(
      'GLACIER',
    );
    expect(ledgerOf(lake, 'EarlyDelete-SIA').quantity).toBeCloseTo((1 / 1024) * (20 / 30), 12);
  });

  it('bills Intelligent-Tiering objects at their tier: Infrequent Access after 30 days without access', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'it',
      Body: new Uint8Array(MB),
      StorageClass: 'INTELLIGENT_TIERING',
    });
    await lake.advance('31d');
    const before = ledgerOf(lake, 'TimedStorage-INT-IA-ByteHrs').quantity;
    await lake.advance('30d');
    expect(ledgerOf(lake, 'TimedStorage-INT-IA-ByteHrs').quantity - before).toBeCloseTo(
      1 / 1024,
      12,
    );
    expect(
      storageSummary(lake.engine.world).find((r) => r.storageClass === 'INTELLIGENT_TIERING')!
        .estimatedMonthlyCost,
    ).toBeCloseTo((1 / 1024) * 0.0125 + 0.0025 / 1000, 12);
  });

  it('charges the Intelligent-Tiering monitoring fee ($0.0025 per 1,000 objects a month) only for objects of 128 KB or more', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'big',
      Body: new Uint8Array(200 * KB),
      StorageClass: 'INTELLIGENT_TIERING',
    });
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'tiny',
      Body: new Uint8Array(KB),
      StorageClass: 'INTELLIGENT_TIERING',
    });
    await lake.advance('30d');
    expect(ledgerOf(lake, 'Monitoring-Automation-INT')).toMatchObject({
      quantity: expect.closeTo(1, 9),
      cost: expect.closeTo(0.0025 / 1000, 12),
    });
    expect(ledgerOf(lake, 'TimedStorage-INT-FA-ByteHrs').quantity).toBeGreaterThan(0);
  });

  it('charges requests: PUT/COPY/LIST per 1,000 at $0.005 (Tier 1), GET per 1,000 at $0.0004 (Tier 2)', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'a', Body: 'x' });
    await lake.call('s3', 'ListObjectsV2', { Bucket: 'raw-zone' });
    await lake.call('s3', 'GetObject', { Bucket: 'raw-zone', Key: 'a' });
    expect(ledgerOf(lake, 'Requests-Tier1')).toMatchObject({
      quantity: 2,
      cost: expect.closeTo(0.00001, 12),
    });
    expect(ledgerOf(lake, 'Requests-Tier2')).toMatchObject({
      quantity: 1,
      cost: expect.closeTo(0.0000004, 12),
    });
  });
});

describe('storageSummary and S3_STORAGE_CLASSES', () => {
  it('sums bytes, objects and estimated monthly cost per storage class, for one bucket or all', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'CreateBucket', { Bucket: 'other' });
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'a', Body: new Uint8Array(MB) });
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'b', Body: new Uint8Array(MB) });
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'c',
      Body: new Uint8Array(KB),
      StorageClass: 'ONEZONE_IA',
    });
    await lake.call('s3', 'PutObject', { Bucket: 'other', Key: 'd', Body: new Uint8Array(KB) });
    const rows = storageSummary(lake.engine.world, 'raw-zone');
    expect(rows.map((r) => r.storageClass)).toEqual(S3_STORAGE_CLASSES.map((c) => c.name));
    expect(rows.find((r) => r.storageClass === 'STANDARD')).toMatchObject({
      objectCount: 2,
      bytes: 2 * MB,
      estimatedMonthlyCost: expect.closeTo((2 / 1024) * 0.023, 12),
    });
    expect(rows.find((r) => r.storageClass === 'ONEZONE_IA')).toMatchObject({
      objectCount: 1,
      bytes: KB,
      estimatedMonthlyCost: expect.closeTo(((128 * KB) / GB) * 0.01, 12),
    });
    expect(
      storageSummary(lake.engine.world).find((r) => r.storageClass === 'STANDARD')!.objectCount,
    ).toBe(3);
  });

  it('lists every class with its price, minimum days and minimum billable size', () => {
    expect(S3_STORAGE_CLASSES.find((c) => c.name === 'STANDARD_IA')).toMatchObject({
      label: 'Standard-IA',
      pricePerGbMonth: 0.0125,
      minDays: 30,
      minBillableBytes: 128 * KB,
    });
    expect(S3_STORAGE_CLASSES.find((c) => c.name === 'DEEP_ARCHIVE')).toMatchObject({
      minDays: 180,
      pricePerGbMonth: 0.00099,
    });
  });
});
