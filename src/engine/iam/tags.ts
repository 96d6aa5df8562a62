import { iamArn } from '../core/ids';
import type { OperationContext, OperationDef } from '../core/operations';
import { roleOf, userOf } from './entities';
import { iamValidationError, limitExceeded } from './errors';
import { paginate } from './names';
import type { IamRole, IamTag, IamUser } from './state';

type Kind = 'User' | 'Role';
type TagInput = { Key?: string; Value?: string };
type Input = {
  UserName?: string;
  RoleName?: string;
  Tags?: TagInput[];
  TagKeys?: string[];
  Marker?: string;
  MaxItems?: number;
};

// IAM tags: at most 50 per user or role; keys 1–128 and values 0–256 characters of letters, digits, spaces and _.:/=+-@.
const TAG_PATTERN = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const MAX_TAGS = 50;

/** Validates tags as IAM does; keys are unique case-insensitively within one entity. */
export function checkTags(tags: TagInput[] | undefined): IamTag[] {
  const list = tags ?? [];
  for (const { Key, Value } of list) {
    if (!Key || Key.length > 128 || !TAG_PATTERN.test(Key))
      throw iamValidationError(
        `1 validation error detected: Value '${Key ?? ''}' at 'tags.member.key' failed to satisfy constraint: Member must have length between 1 and 128 and match [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+`,
      );
    if ((Value ?? '').length > 256 || !TAG_PATTERN.test(Value ?? ''))
      throw iamValidationError(
        `1 validation error detected: Value at 'tags.member.value' failed to satisfy constraint: Member must have length less than or equal to 256`,
      );
  }
  return list.map(({ Key, Value }) => ({ Key: Key!, Value: Value ?? '' }));
}

/** Merges new tags into existing ones (a key already present takes the new value). */
export function mergeTags(existing: IamTag[] | undefined, added: IamTag[]): IamTag[] {
  const merged = [...(existing ?? [])];
  for (const tag of added) {
    const at = merged.findIndex((t) => t.Key.toLowerCase() === tag.Key.toLowerCase());
    if (at >= 0) merged[at] = tag;
    else merged.push(tag);
  }
  if (merged.length > MAX_TAGS)
    throw limitExceeded(`Cannot exceed quota for TagsPerEntity: ${MAX_TAGS}`);
  return merged;
}

const entityOf = (kind: Kind, ctx: OperationContext, input: Input): IamUser | IamRole =>
  kind === 'User' ? userOf(ctx, input.UserName) : roleOf(ctx, input.RoleName);
const onEntity = (kind: Kind, action: string) => (input: Input, ctx: OperationContext) => [
  {
    action: `iam:${action}`,
    resource: iamArn(
      ctx.principal.accountId,
      kind === 'User' ? 'user' : 'role',
      (kind === 'User' ? input.UserName : input.RoleName) ?? '',
    ),
  },
];

function tag(kind: Kind): OperationDef<Input> {
  return {
    authorize: onEntity(kind, `Tag${kind}`),
    run(input, ctx) {
      const entity = entityOf(kind, ctx, input);
      entity.Tags = mergeTags(entity.Tags, checkTags(input.Tags));
      return {};
    },
  };
}

function untag(kind: Kind): OperationDef<Input> {
  return {
    authorize: onEntity(kind, `Untag${kind}`),
    run(input, ctx) {
      const entity = entityOf(kind, ctx, input);
      const removed = new Set((input.TagKeys ?? []).map((k) => k.toLowerCase()));
      entity.Tags = (entity.Tags ?? []).filter((t) => !removed.has(t.Key.toLowerCase()));
      return {};
    },
  };
}

function listTags(kind: Kind): OperationDef<Input> {
  return {
    authorize: onEntity(kind, `List${kind}Tags`),
    run(input, ctx) {
      const { page, ...more } = paginate(entityOf(kind, ctx, input).Tags ?? [], input);
      return { Tags: page, ...more };
    },
  };
}

export const TagUser = tag('User');
export const UntagUser = untag('User');
export const ListUserTags = listTags('User');
export const TagRole = tag('Role');
export const UntagRole = untag('Role');
export const ListRoleTags = listTags('Role');
