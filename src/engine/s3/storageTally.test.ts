import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import type { S3Bucket, S3StoredObject } from './state';
import { MONTH_MS } from './storageClasses';
import {
  allStandardBytes,
  forgetStorageTally,
  rememberStorageTally,
  tallyRemoved,
  tallyStored,
} from './storageTally';

const MB = 1024 * 1024;
const HOUR_MS = 3_600_000;

function object(key: string, bytes: number, storageClass = 'STANDARD'): S3StoredObject {
  return { Key: key, Body: new Uint8Array(bytes), StorageClass: storageClass } as S3StoredObject;
}

const bucket = (): S3Bucket => ({ objects: {} }) as S3Bucket;

describe('Standard storage tally', () => {
  it('is unknown until a walk records it, then follows stores, overwrites and removals', () => {
    const b = bucket();
    expect(allStandardBytes([b])).toBeUndefined();
    rememberStorageTally(b, 0, 0);
    tallyStored(b, undefined, object('a', 100));
    tallyStored(b, object('a', 100), object('a', 30));
    tallyStored(b, undefined, object('b', 5));
    tallyRemoved(b, object('b', 5));
    expect(allStandardBytes([b])).toBe(30);
  });

  it('sends the settlement back to a walk while any object is in another class, or once forgotten', () => {
    const b = bucket();
    rememberStorageTally(b, 10, 0);
    tallyStored(b, undefined, object('ia', 10, 'STANDARD_IA'));
    expect(allStandardBytes([b])).toBeUndefined();
    tallyRemoved(b, object('ia', 10, 'STANDARD_IA'));
    expect(allStandardBytes([b])).toBe(10);
    forgetStorageTally(b);
    expect(allStandardBytes([b])).toBeUndefined();
  });

  it('bills an overwrite and a delete between hourly settlements as a walk would', async () => {
    const lake = new TestLake({ start: '2025-01-06T09:00:00Z' });
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw' });
    const put = (Key: string, bytes: number) =>
      lake.call('s3', 'PutObject', { Bucket: 'raw', Key, Body: new Uint8Array(bytes) });
    await put('a', MB);
    await lake.advance('1h');
    await put('b', 2 * MB);
    await put('b', 3 * MB);
    await lake.call('s3', 'DeleteObject', { Bucket: 'raw', Key: 'a' });
    await lake.advance('1h');
    const line = Object.values(lake.engine.world.ledger).find(
      (l) => l.usageType === 'TimedStorage-ByteHrs',
    );
    // One hour of 1 MB, then one hour of 3 MB.
    expect(line?.quantity).toBe(
      (1 / 1024) * (HOUR_MS / MONTH_MS) + (3 / 1024) * (HOUR_MS / MONTH_MS),
    );
  });
});
