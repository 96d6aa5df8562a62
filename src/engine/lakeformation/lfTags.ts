import type {
  CreateLFTagRequest,
  DeleteLFTagRequest,
  GetLFTagRequest,
  ListLFTagsRequest,
  UpdateLFTagRequest,
} from '@aws-sdk/client-lakeformation';
import { AwsError, entityNotFound, invalidInput } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { checkCatalog, lfOf, lfView, pageOf } from './common';
import { granteeIdentifiers, isDataLakeAdmin, lfPrincipalArn } from './principals';
import type { LakeFormationState, StoredLfTag } from './state';

/** LF-Tag limits (API_LFTag): key 1–128 characters, value up to 256, 1,000 values per key, 50 per call. */
const MAX_VALUES = 1000;
const MAX_VALUES_PER_CALL = 50;

function checkValues(values: string[] | undefined, field: string, required: boolean): string[] {
  const list = values ?? [];
  if (required && list.length === 0) throw invalidInput(`${field} must hold at least one value.`);
  if (list.length > MAX_VALUES_PER_CALL)
    throw invalidInput(`${field} may hold at most ${MAX_VALUES_PER_CALL} values per call.`);
  for (const value of list)
    if (value.length > 256 || value === '*')
      throw invalidInput(`Tag value "${value}" must be 1–256 characters and not "*".`);
  return [...new Set(list)];
}

/** Who holds a permission on an LF-Tag key: admins, its creator, or a grant on the tag naming the permission. */
export function holdsOnTag(
  ctx: OperationContext,
  state: LakeFormationState,
  key: string,
  permissions: string[],
  // LF: admins must grant themselves ASSOCIATE on LF-Tags they did not create before assigning them.
  { adminsImplicitly = true } = {},
): boolean {
  const principal = lfPrincipalArn(ctx.world, ctx.principal.arn);
  if (adminsImplicitly && isDataLakeAdmin(ctx.world, principal)) return true;
  if (state.lfTags[key]?.creator === principal) return true;
  const ids = granteeIdentifiers(ctx.world, principal);
  return Object.values(state.grants).some(
    (g) =>
      ids.has(g.principal) &&
      g.resource.kind === 'LFTag' &&
      g.resource.key === key &&
      g.permissions.some((p) => permissions.includes(p)),
  );
}

function denied(action: string, key: string): AwsError {
  return new AwsError(
    'AccessDeniedException',
    `Insufficient Lake Formation permission(s) to ${action} LF-Tag ${key}.`,
    { statusCode: 403 },
  );
}

export function tagOf(state: LakeFormationState, key: string | undefined): StoredLfTag {
  const tag = key === undefined ? undefined : state.lfTags[key];
  if (!tag) throw entityNotFound(`Tag key ${key ?? ''} not found.`);
  return tag;
}

const pairOf = (ctx: OperationContext, tag: StoredLfTag) => ({
  CatalogId: ctx.principal.accountId,
  TagKey: tag.TagKey,
  TagValues: [...tag.TagValues],
});

export const CreateLFTag: OperationDef<CreateLFTagRequest> = {
  run(input, ctx) {
    checkCatalog(ctx, input.CatalogId);
    const state = lfOf(ctx);
    const key = input.TagKey ?? '';
    if (key.length < 1 || key.length > 128)
      throw invalidInput('TagKey must be 1–128 characters long.');
    const values = checkValues(input.TagValues, 'TagValues', true);
    const principal = lfPrincipalArn(ctx.world, ctx.principal.arn);
    const ids = granteeIdentifiers(ctx.world, principal);
    // LF: data lake administrators, and principals granted CREATE_LF_TAG on the catalog, create LF-Tags.
    const mayCreate =
      isDataLakeAdmin(ctx.world, principal) ||
      Object.values(state.grants).some(
        (g) =>
          ids.has(g.principal) &&
          g.resource.kind === 'Catalog' &&
          g.permissions.includes('CREATE_LF_TAG'),
      );
    if (!mayCreate)
      throw new AwsError(
        'AccessDeniedException',
        'Insufficient Lake Formation permission(s): Required Create Tag on Catalog.',
        { statusCode: 403 },
      );
    if (state.lfTags[key]) throw invalidInput(`Tag key ${key} already exists.`);
    state.lfTags[key] = { TagKey: key, TagValues: values, creator: principal };
    return {};
  },
};

export const UpdateLFTag: OperationDef<UpdateLFTagRequest> = {
  run(input, ctx) {
    checkCatalog(ctx, input.CatalogId);
    const state = lfOf(ctx);
    const tag = tagOf(state, input.TagKey);
    if (!holdsOnTag(ctx, state, tag.TagKey, ['ALTER'])) throw denied('alter', tag.TagKey);
    const add = checkValues(input.TagValuesToAdd, 'TagValuesToAdd', false);
    const remove = checkValues(input.TagValuesToDelete, 'TagValuesToDelete', false);
    if (add.length === 0 && remove.length === 0)
      throw invalidInput('Pass TagValuesToAdd or TagValuesToDelete.');
    const missing = remove.filter((v) => !tag.TagValues.includes(v));
    if (missing.length > 0)
      throw invalidInput(`Tag values ${missing.join(', ')} are not values of ${tag.TagKey}.`);
    const next = [...new Set([...tag.TagValues.filter((v) => !remove.includes(v)), ...add])];
    if (next.length > MAX_VALUES)
      throw new AwsError(
        'ResourceNumberLimitExceededException',
        `An LF-Tag may have at most ${MAX_VALUES} values.`,
      );
    if (next.length === 0)
      throw invalidInput('An LF-Tag keeps at least one value: delete the tag instead.');
    tag.TagValues = next;
    for (const value of remove) unassign(state, tag.TagKey, value);
    return {};
  },
};

/** Removes a key (one value, or every value) from every database, table and column. */
function unassign(state: LakeFormationState, key: string, value?: string): void {
  const drop = (tags: Record<string, string>) => {
    if (Object.hasOwn(tags, key) && (value === undefined || tags[key] === value))
      Reflect.deleteProperty(tags, key);
  };
  for (const tags of Object.values(state.tagsOnDatabases)) drop(tags);
  for (const tags of Object.values(state.tagsOnTables)) drop(tags);
  for (const columns of Object.values(state.tagsOnColumns))
    for (const tags of Object.values(columns)) drop(tags);
}

export const DeleteLFTag: OperationDef<DeleteLFTagRequest> = {
  run(input, ctx) {
    checkCatalog(ctx, input.CatalogId);
    const state = lfOf(ctx);
    const tag = tagOf(state, input.TagKey);
    if (!holdsOnTag(ctx, state, tag.TagKey, ['DROP'])) throw denied('drop', tag.TagKey);
    // LF (TBAC-deleting-tags): no in-use check; the tag disappears from resources and grants on it lapse.
    unassign(state, tag.TagKey);
    for (const [k, g] of Object.entries(state.grants))
      if (g.resource.kind === 'LFTag' && g.resource.key === tag.TagKey)
        Reflect.deleteProperty(state.grants, k);
    Reflect.deleteProperty(state.lfTags, tag.TagKey);
    return {};
  },
};

export const GetLFTag: OperationDef<GetLFTagRequest> = {
  run(input, ctx) {
    checkCatalog(ctx, input.CatalogId);
    const state = lfView(ctx);
    const tag = tagOf(state, input.TagKey);
    if (
      !holdsOnTag(ctx, state, tag.TagKey, [
        'DESCRIBE',
        'ASSOCIATE',
        'ALTER',
        'DROP',
        'GRANT_WITH_LF_TAG_EXPRESSION',
      ])
    )
      throw denied('describe', tag.TagKey);
    return pairOf(ctx, tag);
  },
};

export const ListLFTags: OperationDef<ListLFTagsRequest> = {
  run(input, ctx) {
    checkCatalog(ctx, input.CatalogId);
    const state = lfView(ctx);
    const visible = Object.values(state.lfTags)
      .filter((t) =>
        holdsOnTag(ctx, state, t.TagKey, [
          'DESCRIBE',
          'ASSOCIATE',
          'ALTER',
          'DROP',
          'GRANT_WITH_LF_TAG_EXPRESSION',
        ]),
      )
      .sort((a, b) => (a.TagKey < b.TagKey ? -1 : 1));
    const { page, NextToken } = pageOf(visible, input);
    return { LFTags: page.map((t) => pairOf(ctx, t)), ...(NextToken ? { NextToken } : {}) };
  },
};
