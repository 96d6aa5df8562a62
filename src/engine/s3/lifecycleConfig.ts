import type {
  DeleteBucketLifecycleRequest,
  GetBucketLifecycleConfigurationOutput,
  GetBucketLifecycleConfigurationRequest,
  PutBucketLifecycleConfigurationOutput,
  PutBucketLifecycleConfigurationRequest,
} from '@aws-sdk/client-s3';
import { AwsError } from '../core/errors';
import { s3BucketArn } from '../core/ids';
import type { OperationDef } from '../core/operations';
import { bucketOf } from './buckets';
import { checkLifecycleRules, fromStored } from './lifecycleRules';

const onBucket = (action: string) => (input: { Bucket?: string }) => [
  { action, resource: s3BucketArn(input.Bucket ?? '') },
];

export const PutBucketLifecycleConfiguration: OperationDef<
  PutBucketLifecycleConfigurationRequest,
  PutBucketLifecycleConfigurationOutput
> = {
  authorize: onBucket('s3:PutLifecycleConfiguration'),
  run(input, ctx) {
    const bucket = bucketOf(ctx, input.Bucket);
    const size = input.TransitionDefaultMinimumObjectSize ?? 'all_storage_classes_128K';
    if (size !== 'all_storage_classes_128K' && size !== 'varies_by_storage_class')
      throw new AwsError(
        'InvalidArgument',
        `TransitionDefaultMinimumObjectSize must be all_storage_classes_128K or varies_by_storage_class (got "${String(size)}").`,
      );
    // S3: a rule without an ID gets a generated one.
    const rules = checkLifecycleRules(
      input.LifecycleConfiguration?.Rules,
      () => `rule-${ctx.nextId('s3-lifecycle-rule')}`,
    );
    bucket.lifecycleRules = rules;
    bucket.transitionDefaultMinimumObjectSize = size;
    return { TransitionDefaultMinimumObjectSize: size };
  },
};

export const GetBucketLifecycleConfiguration: OperationDef<
  GetBucketLifecycleConfigurationRequest,
  GetBucketLifecycleConfigurationOutput
> = {
  authorize: onBucket('s3:GetLifecycleConfiguration'),
  run(input, ctx) {
    const bucket = bucketOf(ctx, input.Bucket);
    if (!bucket.lifecycleRules)
      throw new AwsError(
        'NoSuchLifecycleConfiguration',
        `The lifecycle configuration does not exist: bucket ${bucket.Name} has no lifecycle rules.`,
        { statusCode: 404, resource: bucket.Name },
      );
    return {
      Rules: bucket.lifecycleRules.map(fromStored),
      TransitionDefaultMinimumObjectSize:
        bucket.transitionDefaultMinimumObjectSize ?? 'all_storage_classes_128K',
    };
  },
};

export const DeleteBucketLifecycle: OperationDef<DeleteBucketLifecycleRequest> = {
  // S3: DeleteBucketLifecycle needs s3:PutLifecycleConfiguration.
  authorize: onBucket('s3:PutLifecycleConfiguration'),
  run(input, ctx) {
    const bucket = bucketOf(ctx, input.Bucket);
    delete bucket.lifecycleRules;
    delete bucket.transitionDefaultMinimumObjectSize;
    return {};
  },
};
