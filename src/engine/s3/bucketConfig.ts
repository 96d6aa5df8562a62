import type {
  DeleteBucketEncryptionRequest,
  DeletePublicAccessBlockRequest,
  GetBucketEncryptionOutput,
  GetBucketEncryptionRequest,
  GetBucketLocationOutput,
  GetBucketLocationRequest,
  GetPublicAccessBlockOutput,
  GetPublicAccessBlockRequest,
  PutBucketEncryptionRequest,
  PutPublicAccessBlockRequest,
  ServerSideEncryptionConfiguration,
} from '@aws-sdk/client-s3';
import { AwsError } from '../core/errors';
import { s3BucketArn } from '../core/ids';
import type { OperationDef } from '../core/operations';
import { bucketOf } from './buckets';

const onBucket = (action: string) => (input: { Bucket?: string }) => [
  { action, resource: s3BucketArn(input.Bucket ?? '') },
];

export const GetBucketLocation: OperationDef<GetBucketLocationRequest, GetBucketLocationOutput> = {
  authorize: onBucket('s3:GetBucketLocation'),
  run(input, ctx) {
    const bucket = bucketOf(ctx, input.Bucket);
    // S3: buckets in us-east-1 report an empty (null) LocationConstraint; every other Region is named.
    return bucket.region === 'us-east-1'
      ? {}
      : { LocationConstraint: bucket.region as GetBucketLocationOutput['LocationConstraint'] };
  },
};

/** SSE-S3, the default every bucket has had since January 2023. */
export const DEFAULT_BUCKET_ENCRYPTION: ServerSideEncryptionConfiguration = {
  Rules: [
    { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false },
  ],
};

function checkEncryptionConfiguration(
  config: ServerSideEncryptionConfiguration | undefined,
): ServerSideEncryptionConfiguration {
  const rules = config?.Rules ?? [];
  if (rules.length !== 1)
    throw new AwsError(
      'MalformedXML',
      `The XML you provided was not well-formed or did not validate against our published schema: ServerSideEncryptionConfiguration needs exactly one Rule (got ${rules.length}).`,
    );
  const rule = rules[0]!;
  const algorithm = rule.ApplyServerSideEncryptionByDefault?.SSEAlgorithm;
  if (algorithm !== 'AES256' && algorithm !== 'aws:kms' && algorithm !== 'aws:kms:dsse')
    throw new AwsError(
      'MalformedXML',
      `The XML you provided was not well-formed or did not validate against our published schema: SSEAlgorithm must be AES256, aws:kms or aws:kms:dsse (got "${String(algorithm)}").`,
    );
  if (algorithm === 'AES256' && rule.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID)
    throw new AwsError(
      'InvalidArgument',
      'a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or aws:kms:dsse: remove it, or set SSEAlgorithm to aws:kms.',
    );
  if (algorithm === 'aws:kms:dsse')
    throw new AwsError(
      'NotImplemented',
      'LakeLab simulates SSE-S3 (AES256) and SSE-KMS (aws:kms) default encryption, not DSSE-KMS.',
      { statusCode: 501 },
    );
  return {
    Rules: [
      {
        ApplyServerSideEncryptionByDefault: {
          ...rule.ApplyServerSideEncryptionByDefault,
          SSEAlgorithm: algorithm,
        },
        BucketKeyEnabled: rule.BucketKeyEnabled ?? false,
      },
    ],
  };
}

export const PutBucketEncryption: OperationDef<PutBucketEncryptionRequest> = {
  authorize: onBucket('s3:PutEncryptionConfiguration'),
  run(input, ctx) {
    const bucket = bucketOf(ctx, input.Bucket);
    bucket.encryption = checkEncryptionConfiguration(input.ServerSideEncryptionConfiguration);
    return {};
  },
};

export const GetBucketEncryption: OperationDef<
  GetBucketEncryptionRequest,
  GetBucketEncryptionOutput
> = {
  authorize: onBucket('s3:GetEncryptionConfiguration'),
  run(input, ctx) {
    // S3: since January 2023 every bucket has a default encryption configuration, so this never answers ServerSideEncryptionConfigurationNotFoundError.
    const bucket = bucketOf(ctx, input.Bucket);
    return { ServerSideEncryptionConfiguration: structuredCloneConfig(bucket.encryption) };
  },
};

const structuredCloneConfig = (
  config: ServerSideEncryptionConfiguration,
): ServerSideEncryptionConfiguration => ({
  Rules: (config.Rules ?? []).map((r) => ({
    ...r,
    ...(r.ApplyServerSideEncryptionByDefault
      ? { ApplyServerSideEncryptionByDefault: { ...r.ApplyServerSideEncryptionByDefault } }
      : {}),
  })),
});

export const DeleteBucketEncryption: OperationDef<DeleteBucketEncryptionRequest> = {
  // S3: DeleteBucketEncryption needs s3:PutEncryptionConfiguration; the bucket falls back to SSE-S3.
  authorize: onBucket('s3:PutEncryptionConfiguration'),
  run(input, ctx) {
    bucketOf(ctx, input.Bucket).encryption = structuredCloneConfig(DEFAULT_BUCKET_ENCRYPTION);
    return {};
  },
};

export const PutPublicAccessBlock: OperationDef<PutPublicAccessBlockRequest> = {
  authorize: onBucket('s3:PutBucketPublicAccessBlock'),
  run(input, ctx) {
    const bucket = bucketOf(ctx, input.Bucket);
    const config = input.PublicAccessBlockConfiguration;
    if (!config)
      throw new AwsError(
        'MalformedXML',
        'The XML you provided was not well-formed or did not validate against our published schema: PublicAccessBlockConfiguration is required.',
      );
    // S3: settings left out of the configuration are false.
    bucket.publicAccessBlock = {
      BlockPublicAcls: config.BlockPublicAcls ?? false,
      IgnorePublicAcls: config.IgnorePublicAcls ?? false,
      BlockPublicPolicy: config.BlockPublicPolicy ?? false,
      RestrictPublicBuckets: config.RestrictPublicBuckets ?? false,
    };
    return {};
  },
};

export const GetPublicAccessBlock: OperationDef<
  GetPublicAccessBlockRequest,
  GetPublicAccessBlockOutput
> = {
  authorize: onBucket('s3:GetBucketPublicAccessBlock'),
  run(input, ctx) {
    const bucket = bucketOf(ctx, input.Bucket);
    if (!bucket.publicAccessBlock)
      throw new AwsError(
        'NoSuchPublicAccessBlockConfiguration',
        `The public access block configuration was not found: bucket ${bucket.Name} has none.`,
        { statusCode: 404, resource: bucket.Name },
      );
    return { PublicAccessBlockConfiguration: { ...bucket.publicAccessBlock } };
  },
};

export const DeletePublicAccessBlock: OperationDef<DeletePublicAccessBlockRequest> = {
  // S3: DeletePublicAccessBlock needs s3:PutBucketPublicAccessBlock.
  authorize: onBucket('s3:PutBucketPublicAccessBlock'),
  run(input, ctx) {
    delete bucketOf(ctx, input.Bucket).publicAccessBlock;
    return {};
  },
};
