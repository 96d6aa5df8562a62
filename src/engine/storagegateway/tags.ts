import type {
  AddTagsToResourceInput,
  ListTagsForResourceInput,
  RemoveTagsFromResourceInput,
  Tag,
} from '@aws-sdk/client-storage-gateway';
import type { OperationContext } from '../core/operations';
import { invalidGatewayRequest, pageBounds, required, sgwOperation } from './common';
import { storageGatewayState, type StoredTag } from './state';

// Storage Gateway tags (API_Tag, API_AddTagsToResource): keys 1–128 characters of letters, digits,
// spaces and _ . : / = + - % @; values up to 256; at most 50 tags on a resource.
const TAG_KEY = /^[\p{L}\p{Z}\p{N}_.:/=+\-%@]{1,128}$/u;
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-%@]{0,256}$/u;
const MAX_TAGS = 50;

/** Checked copies of the tags a request gives (Tags is optional where a resource is created). */
export function tagsOf(tags: Tag[] | undefined): StoredTag[] {
  const list = tags ?? [];
  for (const tag of list) {
    if (typeof tag.Key !== 'string' || !TAG_KEY.test(tag.Key))
      throw invalidGatewayRequest(
        `Tag key ${String(tag.Key)} is not valid: 1 to 128 letters, digits, spaces and _ . : / = + - % @.`,
        'InvalidParameters',
        { Key: String(tag.Key) },
      );
    if (typeof tag.Value !== 'string' || !TAG_VALUE.test(tag.Value))
      throw invalidGatewayRequest(
        `The value of tag ${tag.Key} is not valid: up to 256 letters, digits, spaces and _ . : / = + - % @.`,
        'InvalidParameters',
        { Value: String(tag.Value) },
      );
  }
  if (list.length > MAX_TAGS)
    throw invalidGatewayRequest(`A resource can have at most ${MAX_TAGS} tags.`);
  return list.map((t) => ({ Key: t.Key!, Value: t.Value! }));
}

/** The gateway or file share the ARN names: the resources LakeLab tags. */
function taggable(ctx: OperationContext, arn: unknown): { Tags?: StoredTag[] } {
  const ResourceARN = required(arn, 'ResourceARN', 50, 500);
  const state = storageGatewayState(ctx.world);
  const resource = state.gateways[ResourceARN] ?? state.fileShares[ResourceARN];
  if (!resource)
    throw invalidGatewayRequest(
      `The resource ${ResourceARN} was not found.`,
      ResourceARN.includes(':gateway/') ? 'GatewayNotFound' : 'InvalidParameters',
      { ResourceARN },
    );
  return resource;
}

export const ListTagsForResource = sgwOperation<ListTagsForResourceInput>({
  readOnly: true,
  run(input, ctx) {
    const tags = taggable(ctx, input.ResourceARN).Tags ?? [];
    const { start, end } = pageBounds(input.Limit, input.Marker);
    return {
      ResourceARN: input.ResourceARN,
      Tags: tags.slice(start, end).map((t) => ({ ...t })),
      ...(end < tags.length ? { Marker: String(end) } : {}),
    };
  },
});

// AddTagsToResource: a tag whose key is already there gets the new value.
export const AddTagsToResource = sgwOperation<AddTagsToResourceInput>({
  run(input, ctx) {
    const resource = taggable(ctx, input.ResourceARN);
    if (!input.Tags) throw invalidGatewayRequest('Tags is required.', 'InvalidParameters');
    const added = tagsOf(input.Tags);
    const kept = (resource.Tags ?? []).filter((t) => !added.some((a) => a.Key === t.Key));
    resource.Tags = tagsOf([...kept, ...added]);
    return { ResourceARN: input.ResourceARN };
  },
});

export const RemoveTagsFromResource = sgwOperation<RemoveTagsFromResourceInput>({
  run(input, ctx) {
    const resource = taggable(ctx, input.ResourceARN);
    if (!input.TagKeys) throw invalidGatewayRequest('TagKeys is required.', 'InvalidParameters');
    const keys = new Set(input.TagKeys);
    resource.Tags = (resource.Tags ?? []).filter((t) => !keys.has(t.Key));
    return { ResourceARN: input.ResourceARN };
  },
});
