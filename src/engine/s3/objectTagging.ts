import type {
  DeleteObjectTaggingOutput,
  DeleteObjectTaggingRequest,
  GetObjectTaggingOutput,
  GetObjectTaggingRequest,
  PutObjectTaggingOutput,
  PutObjectTaggingRequest,
} from '@aws-sdk/client-s3';
import { s3ObjectArn } from '../core/ids';
import type { OperationDef } from '../core/operations';
import { bucketOf } from './buckets';
import { checkTags, objectOf, tagSetOf } from './objectHelpers';

const onObject = (action: string) => (input: { Bucket?: string; Key?: string }) => [
  { action, resource: s3ObjectArn(input.Bucket ?? '', input.Key ?? '') },
];

export const PutObjectTagging: OperationDef<PutObjectTaggingRequest, PutObjectTaggingOutput> = {
  authorize: onObject('s3:PutObjectTagging'),
  run(input, ctx) {
    const object = objectOf(bucketOf(ctx, input.Bucket), input.Key);
    // S3: PutObjectTagging replaces the whole tag set.
    object.Tags = checkTags(input.Tagging?.TagSet ?? []);
    return {};
  },
};

export const GetObjectTagging: OperationDef<GetObjectTaggingRequest, GetObjectTaggingOutput> = {
  authorize: onObject('s3:GetObjectTagging'),
  run(input, ctx) {
    const object = objectOf(bucketOf(ctx, input.Bucket), input.Key);
    return { TagSet: tagSetOf(object.Tags) };
  },
};

export const DeleteObjectTagging: OperationDef<
  DeleteObjectTaggingRequest,
  DeleteObjectTaggingOutput
> = {
  authorize: onObject('s3:DeleteObjectTagging'),
  run(input, ctx) {
    const object = objectOf(bucketOf(ctx, input.Bucket), input.Key);
    object.Tags = {};
    return {};
  },
};
