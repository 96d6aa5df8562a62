import type { GetBucketLifecycleConfigurationOutput, LifecycleRule } from '@aws-sdk/client-s3';
import { isAwsError } from '../../engine';
import { useS3Signature } from './useS3Signature';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';

/** The bucket's lifecycle rules; a bucket without a configuration has none. */
export function useLifecycleRules(bucket: string): LakeQuery<LifecycleRule[]> {
  return useLakeQuery(`lifecycle\n${bucket}`, useS3Signature(bucket), async (call) => {
    try {
      const output = await call<GetBucketLifecycleConfigurationOutput>(
        's3',
        'GetBucketLifecycleConfiguration',
        { Bucket: bucket },
      );
      return output.Rules ?? [];
    } catch (error) {
      if (isAwsError(error) && error.name === 'NoSuchLifecycleConfiguration') return [];
      throw error;
    }
  });
}
