import type {
  AddTagsToResourceMessage,
  ListTagsForResourceMessage,
  RemoveTagsFromResourceMessage,
  Tag,
} from '@aws-sdk/client-database-migration-service';
import type { OperationContext, OperationDef } from '../core/operations';
import { invalidValue, notFound, onResource } from './common';
import { dmsState, type DmsState, type StoredTag } from './state';

// Tag (API reference): a key is 1-128 characters, a value 0-256, neither prefixed with "aws:" or
// "dms:", made of Unicode letters, digits, white space and _ . : / = + -.
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+-]*$/u;

function checkTag(tag: Tag): StoredTag {
  const key = tag.Key ?? '';
  const value = tag.Value ?? '';
  if (key.length < 1 || key.length > 128 || !TAG_TEXT.test(key))
    throw invalidValue(`Tag key "${key}" must be 1-128 letters, digits, spaces or _.:/=+-.`);
  if (value.length > 256 || !TAG_TEXT.test(value))
    throw invalidValue(
      `Tag value "${value}" must be at most 256 letters, digits, spaces or _.:/=+-.`,
    );
  for (const text of [key, value])
    if (/^(aws|dms):/i.test(text))
      throw invalidValue(`Tag keys and values cannot begin with "aws:" or "dms:" ("${text}").`);
  return { Key: key, Value: value };
}

/** Sets tags on a resource: a key given again replaces its value. */
export function applyTags(state: DmsState, arn: string, tags: Tag[] | undefined): void {
  if (!tags?.length) return;
  const checked = tags.map(checkTag);
  const byArn = (state.tags ??= {});
  const current = byArn[arn] ?? [];
  for (const tag of checked) {
    const existing = current.find((t) => t.Key === tag.Key);
    if (existing) existing.Value = tag.Value;
    else current.push(tag);
  }
  byArn[arn] = current;
}

export function forgetTags(state: DmsState, arn: string): void {
  if (state.tags) Reflect.deleteProperty(state.tags, arn);
}

function resourceOf(ctx: OperationContext, arn: string | undefined): string {
  const state = dmsState(ctx.world);
  if (!arn || !(state.endpoints[arn] || state.instances[arn] || state.tasks[arn]))
    throw notFound(`DMS resource ${String(arn)} not found.`);
  return arn;
}

export const AddTagsToResource: OperationDef<AddTagsToResourceMessage> = {
  authorize: onResource('dms:AddTagsToResource', (i: AddTagsToResourceMessage) => i.ResourceArn),
  run(input, ctx) {
    const arn = resourceOf(ctx, input.ResourceArn);
    if (!input.Tags) throw invalidValue('Tags is required.');
    applyTags(dmsState(ctx.world), arn, input.Tags);
    return {};
  },
};

export const RemoveTagsFromResource: OperationDef<RemoveTagsFromResourceMessage> = {
  authorize: onResource(
    'dms:RemoveTagsFromResource',
    (i: RemoveTagsFromResourceMessage) => i.ResourceArn,
  ),
  run(input, ctx) {
    const arn = resourceOf(ctx, input.ResourceArn);
    const tags = dmsState(ctx.world).tags;
    const keys = input.TagKeys ?? [];
    if (tags?.[arn]) tags[arn] = tags[arn].filter((t) => !keys.includes(t.Key));
    return {};
  },
};

// ListTagsForResource: ResourceArnList "also returns each tag's associated ResourceArn value".
export const ListTagsForResource: OperationDef<ListTagsForResourceMessage> = {
  readOnly: true,
  authorize: onResource(
    'dms:ListTagsForResource',
    (i: ListTagsForResourceMessage) => i.ResourceArn,
  ),
  run(input, ctx) {
    if (!input.ResourceArn && !input.ResourceArnList?.length)
      throw invalidValue('Specify ResourceArn or ResourceArnList.');
    const tags = dmsState(ctx.world).tags ?? {};
    const TagList: Tag[] = [];
    if (input.ResourceArn)
      for (const t of tags[resourceOf(ctx, input.ResourceArn)] ?? []) TagList.push({ ...t });
    for (const arn of input.ResourceArnList ?? [])
      for (const t of tags[resourceOf(ctx, arn)] ?? []) TagList.push({ ...t, ResourceArn: arn });
    return { TagList };
  },
};
