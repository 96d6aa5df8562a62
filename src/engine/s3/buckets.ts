import type {
  CreateBucketRequest,
  DeleteBucketRequest,
  HeadBucketRequest,
  ListBucketsOutput,
} from '@aws-sdk/client-s3';
import { AwsError } from '../core/errors';
import { s3BucketArn } from '../core/ids';
import type { OperationContext, OperationDef } from '../core/operations';
import { bucketNameProblem } from './bucketNames';
import { noSuchBucket } from './errors';
import type { S3Bucket } from './state';

/** The bucket, or NoSuchBucket. */
export function bucketOf(ctx: OperationContext, name: string | undefined): S3Bucket {
  const bucket = name ? ctx.world.s3.buckets[name] : undefined;
  if (!bucket) throw noSuchBucket(name ?? '');
  return bucket;
}

const onBucket = (action: string) => (input: { Bucket?: string }) => [
  { action, resource: s3BucketArn(input.Bucket ?? '') },
];

export const CreateBucket: OperationDef<CreateBucketRequest> = {
  authorize: onBucket('s3:CreateBucket'),
  run(input, ctx) {
    const name = input.Bucket ?? '';
    const problem = bucketNameProblem(name);
    if (problem)
      throw new AwsError(
        'InvalidBucketName',
        `The specified bucket is not valid: "${name}" ${problem}.`,
        { resource: name },
      );
    const existing = ctx.world.s3.buckets[name];
    if (existing) {
      // S3: the owner re-creating its bucket gets BucketAlreadyOwnedByYou (409); anyone else, BucketAlreadyExists.
      if (existing.ownerAccountId === ctx.principal.accountId)
        throw new AwsError(
          'BucketAlreadyOwnedByYou',
          'Your previous request to create the named bucket succeeded and you already own it.',
          { statusCode: 409, resource: name },
        );
      throw new AwsError(
        'BucketAlreadyExists',
        'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
        { statusCode: 409, resource: name },
      );
    }
    ctx.world.s3.buckets[name] = {
      Name: name,
      CreationDate: ctx.now,
      ownerAccountId: ctx.principal.accountId,
      region: input.CreateBucketConfiguration?.LocationConstraint ?? ctx.region,
      objects: {},
      // S3: SSE-S3 is the default encryption of every new bucket since January 2023.
      encryption: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' },
            BucketKeyEnabled: false,
          },
        ],
      },
      // S3: Block Public Access is on by default for new buckets (April 2023).
      publicAccessBlock: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    };
    return { Location: `/${name}` };
  },
};

export const ListBuckets: OperationDef<object, ListBucketsOutput> = {
  authorize: () => [{ action: 's3:ListAllMyBuckets', resource: '*' }],
  run(_input, ctx) {
    const buckets = Object.values(ctx.world.s3.buckets)
      .filter((b) => b.ownerAccountId === ctx.principal.accountId)
      .sort((a, b) => a.Name.localeCompare(b.Name));
    return {
      Buckets: buckets.map((b) => ({
        Name: b.Name,
        CreationDate: new Date(b.CreationDate),
        BucketRegion: b.region,
      })),
      Owner: { ID: ctx.principal.accountId },
    };
  },
};

export const HeadBucket: OperationDef<HeadBucketRequest> = {
  authorize: onBucket('s3:ListBucket'),
  run(input, ctx) {
    const bucket = bucketOf(ctx, input.Bucket);
    return { BucketRegion: bucket.region };
  },
};

export const DeleteBucket: OperationDef<DeleteBucketRequest> = {
  authorize: onBucket('s3:DeleteBucket'),
  run(input, ctx) {
    const bucket = bucketOf(ctx, input.Bucket);
    if (Object.keys(bucket.objects).length > 0)
      throw new AwsError(
        'BucketNotEmpty',
        `The bucket you tried to delete is not empty: ${bucket.Name} holds ${Object.keys(bucket.objects).length} object(s). Delete them first.`,
        { statusCode: 409, resource: bucket.Name },
      );
    Reflect.deleteProperty(ctx.world.s3.buckets, bucket.Name);
    return {};
  },
};
