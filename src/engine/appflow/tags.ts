import type {
  ListTagsForResourceRequest,
  TagResourceRequest,
  UntagResourceRequest,
} from '@aws-sdk/client-appflow';
import type { OperationContext, OperationDef } from '../core/operations';
import { notFound, required, validation } from './common';
import { appFlowState, type StoredFlow } from './state';

// Tag keys: 1–128 characters, not starting with aws:; values up to 256; at most 50 tags (API_TagResource).
const TAG_KEY = /^(?!aws:)[a-zA-Z+\-=._:/]{1,128}$/;
const TAG_VALUE = /^[\s\w+\-=.:/@]{0,256}$/;
const MAX_TAGS = 50;

/** Checks a tag map and returns it (CreateFlow tags, TagResource). */
export function checkTags(tags: Record<string, string> | undefined): Record<string, string> {
  for (const [key, value] of Object.entries(tags ?? {})) {
    if (!TAG_KEY.test(key))
      throw validation(
        `Invalid tag key "${key}": 1 to 128 characters (letters, +-=._:/), not starting with aws:.`,
      );
    if (typeof value !== 'string' || !TAG_VALUE.test(value))
      throw validation(`Invalid value for tag "${key}": up to 256 characters.`);
  }
  if (Object.keys(tags ?? {}).length > MAX_TAGS)
    throw validation(`A flow can have at most ${MAX_TAGS} tags.`);
  return { ...tags };
}

/** Tags are applied to flows, found by their ARN (API_TagResource). */
function flowByArn(ctx: OperationContext, resourceArn: string | undefined): StoredFlow {
  const arn = required(resourceArn, 'resourceArn');
  if (!/^arn:aws:.*:.*:[0-9]+:.*$/.test(arn))
    throw validation(`Invalid resourceArn ${arn}: expected an AppFlow flow ARN.`);
  const flow = Object.values(appFlowState(ctx.world).flows).find((f) => f.flowArn === arn);
  if (!flow) throw notFound(`Resource ${arn} does not exist.`);
  return flow;
}

export const TagResource: OperationDef<TagResourceRequest> = {
  run(input, ctx) {
    const flow = flowByArn(ctx, input.resourceArn);
    const merged = { ...flow.tags, ...required(input.tags, 'tags') };
    flow.tags = checkTags(merged);
    return {};
  },
};

export const UntagResource: OperationDef<UntagResourceRequest> = {
  run(input, ctx) {
    const flow = flowByArn(ctx, input.resourceArn);
    const keys = required(input.tagKeys, 'tagKeys');
    if (keys.length > MAX_TAGS) throw validation(`tagKeys can list at most ${MAX_TAGS} keys.`);
    const tags = { ...flow.tags };
    for (const key of keys) Reflect.deleteProperty(tags, key);
    flow.tags = tags;
    return {};
  },
};

export const ListTagsForResource: OperationDef<ListTagsForResourceRequest> = {
  readOnly: true,
  run(input, ctx) {
    return { tags: { ...flowByArn(ctx, input.resourceArn).tags } };
  },
};
