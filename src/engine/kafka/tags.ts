import type {
  ListTagsForResourceRequest,
  ListTagsForResourceResponse,
  TagResourceRequest,
  UntagResourceRequest,
} from '@aws-sdk/client-kafka';
import type { OperationContext, OperationDef, RequiredAccess } from '../core/operations';
import { badRequest, notFound } from './model';
import { kafkaState, type StoredCluster } from './state';

// MSK tags (msk-tagging.html): at most 50 per resource; keys 1–128 characters, values up to 256;
// keys starting with aws: are reserved for AWS.
export const MAX_TAGS = 50;

function taggedCluster(ctx: OperationContext, arn: string | undefined): StoredCluster {
  if (!arn) throw badRequest('ResourceArn is a required parameter.');
  const cluster = kafkaState(ctx.world).clusters[arn];
  if (!cluster) throw notFound(`The resource ${arn} does not exist. Check the ARN and try again.`);
  return cluster;
}

export function checkTag(key: string, value: string): void {
  if (key.length < 1 || key.length > 128)
    throw badRequest(`The tag key ${key} must be 1 to 128 characters long.`);
  if (key.toLowerCase().startsWith('aws:'))
    throw badRequest(`The tag key ${key} uses the reserved prefix aws:.`);
  if (value.length > 256)
    throw badRequest(`The value of tag ${key} must be at most 256 characters long.`);
}

const onResource =
  (action: string) =>
  (input: { ResourceArn?: string }): RequiredAccess[] => [
    { action, resource: input.ResourceArn ?? '*' },
  ];

export const ListTagsForResource: OperationDef<
  ListTagsForResourceRequest,
  ListTagsForResourceResponse
> = {
  readOnly: true,
  authorize: onResource('kafka:ListTagsForResource'),
  run: (input, ctx) => ({ Tags: { ...taggedCluster(ctx, input.ResourceArn).Tags } }),
};

export const TagResource: OperationDef<TagResourceRequest, Record<string, never>> = {
  authorize: onResource('kafka:TagResource'),
  run(input, ctx) {
    const cluster = taggedCluster(ctx, input.ResourceArn);
    if (!input.Tags) throw badRequest('Tags is a required parameter.');
    for (const [key, value] of Object.entries(input.Tags)) checkTag(key, value);
    const merged = { ...cluster.Tags, ...input.Tags };
    if (Object.keys(merged).length > MAX_TAGS)
      throw badRequest(`A resource can have at most ${MAX_TAGS} tags.`);
    cluster.Tags = merged;
    return {};
  },
};

export const UntagResource: OperationDef<UntagResourceRequest, Record<string, never>> = {
  authorize: onResource('kafka:UntagResource'),
  run(input, ctx) {
    const cluster = taggedCluster(ctx, input.ResourceArn);
    if (!input.TagKeys) throw badRequest('TagKeys is a required parameter.');
    for (const key of input.TagKeys) Reflect.deleteProperty(cluster.Tags, key);
    return {};
  },
};
