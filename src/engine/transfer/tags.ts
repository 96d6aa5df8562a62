import type {
  ListTagsForResourceRequest,
  Tag,
  TagResourceRequest,
  UntagResourceRequest,
} from '@aws-sdk/client-transfer';
import type { OperationContext, OperationDef } from '../core/operations';
import { page } from './paging';
import { invalidRequest, notFound } from './servers';
import { transferState } from './state';

/** The server or user an ARN names (tags are kept on the resource). */
function taggable(ctx: OperationContext, arn: string | undefined): { Tags?: Tag[] } {
  if (!arn)
    throw invalidRequest(
      "1 validation error detected: Value null at 'arn' failed to satisfy constraint: Member must not be null",
    );
  for (const server of Object.values(transferState(ctx.world).servers)) {
    if (server.Arn === arn) return server;
    const user = Object.values(server.users).find((u) => u.Arn === arn);
    if (user) return user;
  }
  throw notFound(arn, arn.includes(':user/') ? 'User' : 'Server');
}

/** Checks Tags (API_Tag: Key 0-128 characters, Value 0-256) and merges them by key. */
export function mergeTags(current: Tag[] | undefined, added: Tag[] | undefined): Tag[] {
  const merged = new Map((current ?? []).map((t) => [t.Key, t]));
  for (const tag of added ?? []) {
    if (tag.Key === undefined || tag.Key.length > 128 || (tag.Value ?? '').length > 256)
      throw invalidRequest(
        'Each tag needs a Key of up to 128 characters and a Value of up to 256.',
      );
    merged.set(tag.Key, { Key: tag.Key, Value: tag.Value ?? '' });
  }
  return [...merged.values()];
}

export const TagResource: OperationDef<TagResourceRequest> = {
  run(input, ctx) {
    const resource = taggable(ctx, input.Arn);
    if (!input.Tags?.length) throw invalidRequest('Tags must name at least one tag.');
    resource.Tags = mergeTags(resource.Tags, input.Tags);
    return {};
  },
};

export const UntagResource: OperationDef<UntagResourceRequest> = {
  run(input, ctx) {
    const resource = taggable(ctx, input.Arn);
    const drop = new Set(input.TagKeys ?? []);
    resource.Tags = (resource.Tags ?? []).filter((t) => !drop.has(t.Key!));
    return {};
  },
};

export const ListTagsForResource: OperationDef<ListTagsForResourceRequest> = {
  readOnly: true,
  run(input, ctx) {
    const resource = taggable(ctx, input.Arn);
    const { page: Tags, NextToken } = page(resource.Tags ?? [], input);
    return { Arn: input.Arn, Tags, NextToken };
  },
};
