import type {
  ListTagsForResourceRequest,
  TagListEntry,
  TagResourceRequest,
  UntagResourceRequest,
} from '@aws-sdk/client-datasync';
import type { OperationContext, OperationDef } from '../core/operations';
import { invalidRequest, page, required } from './common';
import { dataSyncState } from './state';

// API_TagListEntry: Key 1-256 and Value 0-256 characters of letters, digits, spaces and + - = . _ : / @.
const TAG_TEXT = /^[a-zA-Z0-9\s+=._:/@-]*$/;

/** Checks tags and merges them into a resource's tags by key. */
export function mergeTags(
  current: TagListEntry[] | undefined,
  added: TagListEntry[] | undefined,
): TagListEntry[] {
  const merged = new Map((current ?? []).map((t) => [t.Key, t]));
  for (const tag of added ?? []) {
    const value = tag.Value ?? '';
    if (!tag.Key || tag.Key.length > 256 || value.length > 256)
      throw invalidRequest('Each tag needs a Key of 1 to 256 characters and a Value of up to 256.');
    if (!TAG_TEXT.test(tag.Key) || !TAG_TEXT.test(value))
      throw invalidRequest(
        `Tag ${tag.Key} may use only letters, digits, spaces and the characters + - = . _ : / @.`,
      );
    merged.set(tag.Key, { Key: tag.Key, Value: value });
  }
  return [...merged.values()];
}

/** The agent, location, task or task execution an ARN names. */
function taggable(ctx: OperationContext, arn: string | undefined): { Tags?: TagListEntry[] } {
  const state = dataSyncState(ctx.world);
  const key = required(arn, 'resourceArn');
  const resource =
    state.agents[key] ?? state.locations[key] ?? state.tasks[key] ?? state.executions[key];
  if (!resource) throw invalidRequest(`Resource ${key} not found.`);
  return resource;
}

export const TagResource: OperationDef<TagResourceRequest> = {
  run(input, ctx) {
    const resource = taggable(ctx, input.ResourceArn);
    resource.Tags = mergeTags(resource.Tags, required(input.Tags, 'tags'));
    return {};
  },
};

export const UntagResource: OperationDef<UntagResourceRequest> = {
  run(input, ctx) {
    const resource = taggable(ctx, input.ResourceArn);
    const drop = new Set(required(input.Keys, 'keys'));
    resource.Tags = (resource.Tags ?? []).filter((t) => !drop.has(t.Key!));
    return {};
  },
};

export const ListTagsForResource: OperationDef<ListTagsForResourceRequest> = {
  run(input, ctx) {
    const { page: Tags, NextToken } = page(taggable(ctx, input.ResourceArn).Tags ?? [], input);
    return { Tags, NextToken };
  },
};
