import type {
  AddTagsToStreamInput,
  ListTagsForResourceInput,
  ListTagsForResourceOutput,
  ListTagsForStreamInput,
  ListTagsForStreamOutput,
  RemoveTagsFromStreamInput,
  TagResourceInput,
  UntagResourceInput,
} from '@aws-sdk/client-kinesis';
import { AwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { activeStreamForChange, constraintError, onStream, streamOf } from './model';
import type { StoredStream } from './state';

/** Kinesis: "You can assign up to 50 tags to a data stream" (API_AddTagsToStream.html). */
export const MAX_TAGS_PER_STREAM = 50;

/** Tag keys are 1–128 characters, values 0–256 (API_Tag.html). */
export function checkedTags(tags: Record<string, string> | undefined): Record<string, string> {
  if (!tags || typeof tags !== 'object' || Object.keys(tags).length === 0)
    throw constraintError('tags', tags, 'Member must have length greater than or equal to 1');
  for (const [key, value] of Object.entries(tags)) {
    if (key.length < 1 || key.length > 128)
      throw constraintError('tags', key, 'Tag keys must be 1 to 128 characters long');
    if (typeof value !== 'string' || value.length > 256)
      throw constraintError('tags', value, 'Tag values must be at most 256 characters long');
  }
  if (Object.keys(tags).length > MAX_TAGS_PER_STREAM) throw tooManyTags('the new stream');
  return { ...tags };
}

function tooManyTags(stream: string): AwsError {
  return new AwsError(
    'InvalidArgumentException',
    `Failed to add tags to ${stream} because a given stream cannot have more than ${MAX_TAGS_PER_STREAM} tags associated with it.`,
  );
}

// Kinesis: AddTagsToStream "overwrites any existing tags that correspond to the specified tag keys" (API_AddTagsToStream.html).
function addTags(stream: StoredStream, tags: Record<string, string> | undefined): void {
  const merged = { ...stream.tags, ...checkedTags(tags) };
  if (Object.keys(merged).length > MAX_TAGS_PER_STREAM) throw tooManyTags(stream.StreamName);
  stream.tags = merged;
}

// Kinesis: "If you specify a tag that does not exist, it is ignored" (API_RemoveTagsFromStream.html).
function removeTags(stream: StoredStream, keys: string[] | undefined): void {
  if (!keys || keys.length === 0)
    throw constraintError('tagKeys', keys, 'Member must have length greater than or equal to 1');
  const tags = { ...stream.tags };
  for (const key of keys) Reflect.deleteProperty(tags, key);
  if (Object.keys(tags).length > 0) stream.tags = tags;
  else delete stream.tags;
}

function sortedTags(stream: StoredStream) {
  return Object.entries(stream.tags ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([Key, Value]) => ({ Key, Value }));
}

// Kinesis: tags "take effect from the CREATING status of the stream, but you can't make any updates to the tags until the stream is in ACTIVE state" (API_CreateStream.html).
export const AddTagsToStream: OperationDef<AddTagsToStreamInput> = {
  authorize: onStream('kinesis:AddTagsToStream'),
  run(input, ctx) {
    addTags(activeStreamForChange(ctx, input), input.Tags);
    return {};
  },
};

export const RemoveTagsFromStream: OperationDef<RemoveTagsFromStreamInput> = {
  authorize: onStream('kinesis:RemoveTagsFromStream'),
  run(input, ctx) {
    removeTags(activeStreamForChange(ctx, input), input.TagKeys);
    return {};
  },
};

export const ListTagsForStream: OperationDef<ListTagsForStreamInput, ListTagsForStreamOutput> = {
  readOnly: true,
  authorize: onStream('kinesis:ListTagsForStream'),
  run(input, ctx) {
    const stream = streamOf(ctx, input);
    if (
      input.Limit !== undefined &&
      (!Number.isInteger(input.Limit) || input.Limit < 1 || input.Limit > 50)
    )
      throw constraintError('limit', input.Limit, 'Member must have value between 1 and 50');
    const after = input.ExclusiveStartTagKey;
    const all = sortedTags(stream).filter((t) => after === undefined || t.Key > after);
    const limit = input.Limit ?? MAX_TAGS_PER_STREAM;
    return { Tags: all.slice(0, limit), HasMoreTags: all.length > limit };
  },
};

/** TagResource and friends name the stream by its ARN (ResourceARN). */
const onResource = (action: string) => (input: { ResourceARN?: string }, ctx: OperationContext) =>
  onStream(action)({ StreamARN: input.ResourceARN ?? '' }, ctx);

export const TagResource: OperationDef<TagResourceInput> = {
  authorize: onResource('kinesis:TagResource'),
  run(input, ctx) {
    addTags(activeStreamForChange(ctx, { StreamARN: input.ResourceARN ?? '' }), input.Tags);
    return {};
  },
};

export const UntagResource: OperationDef<UntagResourceInput> = {
  authorize: onResource('kinesis:UntagResource'),
  run(input, ctx) {
    removeTags(activeStreamForChange(ctx, { StreamARN: input.ResourceARN ?? '' }), input.TagKeys);
    return {};
  },
};

export const ListTagsForResource: OperationDef<
  ListTagsForResourceInput,
  ListTagsForResourceOutput
> = {
  readOnly: true,
  authorize: onResource('kinesis:ListTagsForResource'),
  run(input, ctx) {
    return { Tags: sortedTags(streamOf(ctx, { StreamARN: input.ResourceARN ?? '' })) };
  },
};
