import { useLake } from '../../store';
import type { S3Bucket } from '../../engine/s3/state';

function bucketSignature(bucket: S3Bucket): string {
  let count = 0;
  let sum = 0;
  for (const object of Object.values(bucket.objects)) {
    count++;
    sum +=
      object.LastModified +
      object.storageClassSince +
      object.Body.byteLength +
      (object.accessTier?.length ?? 0);
  }
  const config = JSON.stringify([
    bucket.encryption,
    bucket.publicAccessBlock,
    bucket.lifecycleRules,
  ]);
  return `${bucket.Name}:${count}:${sum}:${config}`;
}

/**
 * A string that changes when S3 changes (one bucket, or every bucket) or the principal does.
 * Pages re-read on it rather than on every world change, so a running clock does not make
 * them list again (and bill a LIST request) every tick.
 */
export function useS3Signature(bucket?: string): string {
  useLake((s) => s.version);
  const engine = useLake((s) => s.engine);
  const principal = useLake((s) => s.principal) ?? '';
  const buckets = engine.world.s3.buckets;
  const selected =
    bucket === undefined
      ? Object.values(buckets)
      : [buckets[bucket]].filter((b) => b !== undefined);
  return `${principal}|${bucket === undefined ? Object.keys(buckets).length : ''}|${selected.map(bucketSignature).join('|')}`;
}
