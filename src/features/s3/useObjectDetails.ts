import type { GetObjectTaggingOutput, HeadObjectOutput } from '@aws-sdk/client-s3';
import { useLake } from '../../store';
import { useS3Signature } from './useS3Signature';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';

export interface ObjectDetailsData {
  head: HeadObjectOutput;
  tags: { Key?: string; Value?: string }[];
  /** Intelligent-Tiering access tier (the console shows it; HeadObject only reports archive tiers). */
  accessTier?: string;
}

/** HeadObject and GetObjectTagging for one object. */
export function useObjectDetails(bucket: string, key: string): LakeQuery<ObjectDetailsData> {
  const engine = useLake((s) => s.engine);
  return useLakeQuery(`${bucket}\n${key}`, useS3Signature(bucket), async (call) => {
    const head = await call<HeadObjectOutput>('s3', 'HeadObject', { Bucket: bucket, Key: key });
    const tagging = await call<GetObjectTaggingOutput>('s3', 'GetObjectTagging', {
      Bucket: bucket,
      Key: key,
    });
    const tier = engine.world.s3.buckets[bucket]?.objects[key]?.accessTier;
    return { head, tags: tagging.TagSet ?? [], ...(tier ? { accessTier: tier } : {}) };
  });
}
