import type {
  GetBucketEncryptionOutput,
  GetPublicAccessBlockOutput,
  PublicAccessBlockConfiguration,
} from '@aws-sdk/client-s3';
import { isAwsError } from '../../engine';
import { ALLOW_PUBLIC_ACCESS, type DefaultEncryption } from './actions';
import { useS3Signature } from './useS3Signature';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';

export interface BucketSettings {
  encryption: DefaultEncryption;
  publicAccessBlock: PublicAccessBlockConfiguration;
}

/** Default encryption (GetBucketEncryption) and Block Public Access (GetPublicAccessBlock; none means all off). */
export function useBucketSettings(bucket: string): LakeQuery<BucketSettings> {
  return useLakeQuery(`settings\n${bucket}`, useS3Signature(bucket), async (call) => {
    const enc = await call<GetBucketEncryptionOutput>('s3', 'GetBucketEncryption', {
      Bucket: bucket,
    });
    const rule =
      enc.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault;
    const encryption: DefaultEncryption =
      rule?.SSEAlgorithm === 'aws:kms'
        ? { type: 'SSE-KMS', kmsKeyId: rule.KMSMasterKeyID ?? '' }
        : { type: 'SSE-S3' };
    let publicAccessBlock = ALLOW_PUBLIC_ACCESS;
    try {
      const pab = await call<GetPublicAccessBlockOutput>('s3', 'GetPublicAccessBlock', {
        Bucket: bucket,
      });
      publicAccessBlock = pab.PublicAccessBlockConfiguration ?? ALLOW_PUBLIC_ACCESS;
    } catch (error) {
      if (!isAwsError(error) || error.name !== 'NoSuchPublicAccessBlockConfiguration') throw error;
    }
    return { encryption, publicAccessBlock };
  });
}
