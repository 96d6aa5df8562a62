import type {
  ListTagsForDeliveryStreamInput,
  ListTagsForDeliveryStreamOutput,
  Tag,
  TagDeliveryStreamInput,
  UntagDeliveryStreamInput,
} from '@aws-sdk/client-firehose';
import { AwsError } from '../core/errors';
import type { OperationDef } from '../core/operations';
import { deliveryStreamOf, onDeliveryStream } from './model';
import type { StoredDeliveryStream } from './state';

/** Firehose: a stream has at most 50 tags (API_TagDeliveryStream.html, API_CreateDeliveryStream.html). */
export const MAX_TAGS = 50;
/** ListTagsForDeliveryStream Limit: 1–50 (API_ListTagsForDeliveryStream.html). */
const LIST_LIMIT_RANGE = { min: 1, max: 50 } as const;
// Tag: key 1–128 and value 0–256 of Unicode letters, digits, white space, _ . : / = + - % @; no aws: prefix (API_Tag.html).
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@%]*$/u;

const invalid = (message: string) => new AwsError('InvalidArgumentException', message);

function checkTag(tag: Tag): Tag {
  const key = tag.Key ?? '';
  const value = tag.Value ?? '';
  if (key.length < 1 || key.length > 128 || !TAG_TEXT.test(key))
    throw invalid(
      `Tag key "${key}" must be 1-128 Unicode letters, digits, white space or _ . : / = + - % @.`,
    );
  if (key.toLowerCase().startsWith('aws:'))
    throw invalid(`Tag key "${key}" may not start with aws: (reserved for AWS).`);
  if (value.length > 256 || !TAG_TEXT.test(value))
    throw invalid(
      `Tag value for "${key}" must be at most 256 Unicode letters, digits, white space or _ . : / = + - % @.`,
    );
  return { Key: key, ...(tag.Value !== undefined ? { Value: tag.Value } : {}) };
}

/** Checks tags as given to CreateDeliveryStream or TagDeliveryStream (1–50 of them). */
export function validTags(tags: readonly Tag[] | undefined, field: string): Tag[] {
  const list = tags ?? [];
  if (list.length < 1 || list.length > MAX_TAGS)
    throw invalid(`${field} must hold 1 to ${MAX_TAGS} tags; got ${list.length}.`);
  return list.map(checkTag);
}

/** The stream's tags with `tags` added or replaced, in the order first set. */
export function mergeTags(current: readonly Tag[], tags: readonly Tag[]): Tag[] {
  const merged = current.map((t) => ({ ...t }));
  for (const tag of tags) {
    const at = merged.findIndex((t) => t.Key === tag.Key);
    if (at >= 0) merged[at] = { ...tag };
    else merged.push({ ...tag });
  }
  return merged;
}

function tagsOf(stream: StoredDeliveryStream): Tag[] {
  return stream.tags ?? [];
}

// TagDeliveryStream: a key that exists gets the new value; a stream has at most 50 tags (API_TagDeliveryStream.html).
export const TagDeliveryStream: OperationDef<TagDeliveryStreamInput> = {
  authorize: onDeliveryStream('firehose:TagDeliveryStream'),
  run(input, ctx) {
    const stream = deliveryStreamOf(ctx, input.DeliveryStreamName);
    const merged = mergeTags(tagsOf(stream), validTags(input.Tags, 'Tags'));
    if (merged.length > MAX_TAGS)
      throw new AwsError(
        'LimitExceededException',
        `Firehose ${stream.DeliveryStreamName} would have ${merged.length} tags; a stream can have at most ${MAX_TAGS}.`,
      );
    stream.tags = merged;
    return {};
  },
};

// UntagDeliveryStream: removes the keys given; a key the stream lacks is ignored (API_UntagDeliveryStream.html).
export const UntagDeliveryStream: OperationDef<UntagDeliveryStreamInput> = {
  authorize: onDeliveryStream('firehose:UntagDeliveryStream'),
  run(input, ctx) {
    const stream = deliveryStreamOf(ctx, input.DeliveryStreamName);
    const keys = input.TagKeys ?? [];
    if (keys.length < 1 || keys.length > MAX_TAGS)
      throw invalid(`TagKeys must hold 1 to ${MAX_TAGS} keys; got ${keys.length}.`);
    const remaining = tagsOf(stream).filter((t) => !keys.includes(t.Key ?? ''));
    if (remaining.length > 0) stream.tags = remaining;
    else delete stream.tags;
    return {};
  },
};

// ListTagsForDeliveryStream: tags after ExclusiveStartTagKey, up to Limit; HasMoreTags when some are left (API_ListTagsForDeliveryStream.html).
export const ListTagsForDeliveryStream: OperationDef<
  ListTagsForDeliveryStreamInput,
  ListTagsForDeliveryStreamOutput
> = {
  readOnly: true,
  authorize: onDeliveryStream('firehose:ListTagsForDeliveryStream'),
  run(input, ctx) {
    const stream = deliveryStreamOf(ctx, input.DeliveryStreamName);
    const limit = input.Limit ?? LIST_LIMIT_RANGE.max;
    if (!Number.isInteger(limit) || limit < LIST_LIMIT_RANGE.min || limit > LIST_LIMIT_RANGE.max)
      throw invalid(
        `Limit must be from ${LIST_LIMIT_RANGE.min} to ${LIST_LIMIT_RANGE.max}; got ${limit}.`,
      );
    const tags = tagsOf(stream);
    const start = input.ExclusiveStartTagKey
      ? tags.findIndex((t) => t.Key === input.ExclusiveStartTagKey) + 1
      : 0;
    const rest = tags.slice(start);
    return {
      Tags: rest.slice(0, limit).map((t) => ({ ...t })),
      HasMoreTags: rest.length > limit,
    };
  },
};
