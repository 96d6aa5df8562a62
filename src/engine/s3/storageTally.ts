import type { S3Bucket, S3StoredObject } from './state';

/**
 * The bytes of a bucket's Standard objects and how many objects are in other classes, kept beside
 * the world (never in it), per `bucket.objects` record. Storage is settled every simulated hour,
 * and enumerating a record of 100,000 keys costs tens of milliseconds, so while every object is
 * Standard the hourly settlement reads these totals instead. storeObject and removeObject keep
 * them; anything else that adds, removes or reclasses objects calls forgetStorageTally, and the
 * next settlement walks the objects again. A record that has never been walked has no tally.
 */
interface StandardTally {
  bytes: number;
  others: number;
}

const tallies = new WeakMap<S3Bucket['objects'], StandardTally>();

function count(tally: StandardTally, object: S3StoredObject, sign: 1 | -1): void {
  if (object.StorageClass === 'STANDARD') tally.bytes += sign * object.Body.byteLength;
  else tally.others += sign;
}

/** An object was stored under its key, replacing `previous` if there was one. */
export function tallyStored(
  bucket: S3Bucket,
  previous: S3StoredObject | undefined,
  object: S3StoredObject,
): void {
  const tally = tallies.get(bucket.objects);
  if (!tally) return;
  if (previous) count(tally, previous, -1);
  count(tally, object, 1);
}

export function tallyRemoved(bucket: S3Bucket, object: S3StoredObject): void {
  const tally = tallies.get(bucket.objects);
  if (tally) count(tally, object, -1);
}

export function forgetStorageTally(bucket: S3Bucket): void {
  tallies.delete(bucket.objects);
}

/** Records a bucket's totals as a full walk of its objects found them. */
export function rememberStorageTally(
  bucket: S3Bucket,
  standardBytes: number,
  others: number,
): void {
  tallies.set(bucket.objects, { bytes: standardBytes, others });
}

/**
 * The bytes of all objects when every object of every bucket is Standard and every bucket has a
 * tally; undefined when the objects must be walked.
 */
export function allStandardBytes(buckets: readonly S3Bucket[]): number | undefined {
  let bytes = 0;
  for (const bucket of buckets) {
    const tally = tallies.get(bucket.objects);
    if (!tally || tally.others !== 0) return undefined;
    bytes += tally.bytes;
  }
  return bytes;
}
