import type { ListBucketsOutput } from '@aws-sdk/client-s3';
import { storageSummary } from '../../engine/s3';
import { useLake } from '../../store';
import { useS3Signature } from './useS3Signature';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';

export interface BucketRow {
  name: string;
  region: string;
  creationDate: number;
  objectCount: number;
  bytes: number;
}

/** The buckets ListBuckets shows the principal, with each one's object count and size. */
export function useBuckets(): LakeQuery<BucketRow[]> {
  const engine = useLake((s) => s.engine);
  return useLakeQuery('buckets', useS3Signature(), async (call) => {
    const output = await call<ListBucketsOutput>('s3', 'ListBuckets', {});
    return (output.Buckets ?? []).map((b) => {
      const name = b.Name ?? '';
      const classes = storageSummary(engine.world, name);
      return {
        name,
        region: b.BucketRegion ?? 'us-east-1',
        creationDate: b.CreationDate ? new Date(b.CreationDate).getTime() : 0,
        objectCount: classes.reduce((n, c) => n + c.objectCount, 0),
        bytes: classes.reduce((n, c) => n + c.bytes, 0),
      };
    });
  });
}
