import type {
  AddLFTagsToResourceRequest,
  GetResourceLFTagsRequest,
  LFTagError,
  LFTagPair,
  RemoveLFTagsFromResourceRequest,
  Resource,
} from '@aws-sdk/client-lakeformation';
import { AwsError, invalidInput, isAwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { createAccessChecker } from './access';
import { checkCatalog, lfOf, lfView } from './common';
import { holdsOnTag, tagOf } from './lfTags';
import { isDataLakeAdmin, lfPrincipalArn } from './principals';
import { parseResource } from './resources';
import { tableKey, type LakeFormationState, type TagValues } from './state';
import { columnsOfTable } from './tableAccess';
import { effectiveTagsIn, type EffectiveTag } from './tagModel';

/** Where tags go: a database, a table, or some columns of a table. */
type TagTarget = { database: string; table?: string; columns?: string[] };

function targetOf(
  ctx: OperationContext,
  state: LakeFormationState,
  resource: Resource | undefined,
): TagTarget {
  const parsed = parseResource(ctx.world, state, resource);
  if (parsed.kind === 'Database') return { database: parsed.database };
  if (parsed.kind === 'Table' && parsed.table !== null)
    return { database: parsed.database, table: parsed.table };
  if (parsed.kind === 'TableWithColumns') {
    const table = ctx.world.glue.tables?.[parsed.database]?.[parsed.table];
    const current = table?.versions[table.versions.length - 1];
    const all = current ? columnsOfTable(current).map((c) => c.lower) : [];
    const excluded = new Set(parsed.excludedColumnNames ?? []);
    return {
      database: parsed.database,
      table: parsed.table,
      columns: parsed.columnNames ?? all.filter((c) => !excluded.has(c)),
    };
  }
  throw invalidInput('LF-Tags are assigned to a database, a table (by name) or table columns.');
}

// LF (TBAC-assigning-tags): the assigner needs ASSOCIATE on the tag and to own, or hold grantable permissions on, the resource.
function checkMayAssign(ctx: OperationContext, target: TagTarget): void {
  const principal = lfPrincipalArn(ctx.world, ctx.principal.arn);
  if (isDataLakeAdmin(ctx.world, principal)) return;
  const checker = createAccessChecker(ctx.world, principal);
  const ok = target.table
    ? checker.grantsOn(target.database, target.table).grantable.length > 0
    : lfView(ctx).databaseCreators[target.database] === principal;
  if (!ok)
    throw new AwsError(
      'AccessDeniedException',
      `Insufficient Lake Formation permission(s) on ${target.table ? `${target.database}.${target.table}` : target.database}: assigning LF-Tags needs ownership or grantable permissions.`,
      { statusCode: 403 },
    );
}

function tagBags(state: LakeFormationState, target: TagTarget): TagValues[] {
  if (!target.table) return [(state.tagsOnDatabases[target.database] ??= {})];
  const key = tableKey(target.database, target.table);
  if (!target.columns) return [(state.tagsOnTables[key] ??= {})];
  const columns = (state.tagsOnColumns[key] ??= {});
  return target.columns.map((c) => (columns[c] ??= {}));
}

function failure(pair: LFTagPair, error: AwsError): LFTagError {
  return { LFTag: pair, Error: { ErrorCode: error.name, ErrorMessage: error.message } };
}

export const AddLFTagsToResource: OperationDef<AddLFTagsToResourceRequest> = {
  run(input, ctx) {
    checkCatalog(ctx, input.CatalogId);
    const state = lfOf(ctx);
    const target = targetOf(ctx, state, input.Resource);
    checkMayAssign(ctx, target);
    const Failures: LFTagError[] = [];
    for (const pair of input.LFTags ?? []) {
      try {
        const tag = tagOf(state, pair.TagKey);
        const values = pair.TagValues ?? [];
        // LF: a resource carries one value per key.
        if (values.length !== 1)
          throw invalidInput(`Assign exactly one value of ${tag.TagKey} to a resource.`);
        const value = values[0] ?? '';
        if (!tag.TagValues.includes(value))
          throw invalidInput(`${value} is not an allowed value of LF-Tag ${tag.TagKey}.`);
        if (!holdsOnTag(ctx, state, tag.TagKey, ['ASSOCIATE'], { adminsImplicitly: false }))
          throw new AwsError(
            'AccessDeniedException',
            `Insufficient Lake Formation permission(s): ASSOCIATE on LF-Tag ${tag.TagKey} is required.`,
            { statusCode: 403 },
          );
        for (const bag of tagBags(state, target)) {
          // LF: up to 50 LF-Tags per resource.
          if (!Object.hasOwn(bag, tag.TagKey) && Object.keys(bag).length >= 50)
            throw new AwsError(
              'ResourceNumberLimitExceededException',
              'A resource can carry at most 50 LF-Tags.',
            );
        }
        for (const bag of tagBags(state, target)) bag[tag.TagKey] = value;
      } catch (error) {
        if (!isAwsError(error)) throw error;
        Failures.push(failure(pair, error));
      }
    }
    return { Failures };
  },
};

export const RemoveLFTagsFromResource: OperationDef<RemoveLFTagsFromResourceRequest> = {
  run(input, ctx) {
    checkCatalog(ctx, input.CatalogId);
    const state = lfOf(ctx);
    const target = targetOf(ctx, state, input.Resource);
    checkMayAssign(ctx, target);
    const Failures: LFTagError[] = [];
    for (const pair of input.LFTags ?? []) {
      const key = pair.TagKey ?? '';
      const bags = tagBags(state, target).filter(
        (bag) => Object.hasOwn(bag, key) && (pair.TagValues ?? []).every((v) => bag[key] === v),
      );
      if (bags.length === 0)
        Failures.push(
          failure(
            pair,
            invalidInput(`LF-Tag ${key} is not assigned to this resource with that value.`),
          ),
        );
      for (const bag of bags) Reflect.deleteProperty(bag, key);
    }
    return { Failures };
  },
};

/** LF-Tag pairs from effective tags (each pair carries the single value in force). */
export function pairsOf(
  ctx: OperationContext,
  tags: Record<string, EffectiveTag>,
  assignedOnly = false,
): LFTagPair[] {
  return Object.entries(tags)
    .filter(([, t]) => !assignedOnly || t.inheritedFrom === undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, t]) => ({ CatalogId: ctx.principal.accountId, TagKey: key, TagValues: [t.value] }));
}

/** The GetResourceLFTags answer for a target (also used by SearchTablesByLFTags). */
export function tagsAnswer(
  ctx: OperationContext,
  state: LakeFormationState,
  target: TagTarget,
  assignedOnly: boolean,
) {
  const LFTagOnDatabase = pairsOf(ctx, effectiveTagsIn(state, target.database));
  if (!target.table) return { LFTagOnDatabase };
  const table = ctx.world.glue.tables?.[target.database]?.[target.table];
  const current = table?.versions[table.versions.length - 1];
  const columns = target.columns ?? (current ? columnsOfTable(current).map((c) => c.name) : []);
  const LFTagsOnColumns = columns.map((name) => ({
    Name: name,
    LFTags: pairsOf(ctx, effectiveTagsIn(state, target.database, target.table, name), assignedOnly),
  }));
  if (target.columns) return { LFTagsOnColumns };
  return {
    LFTagOnDatabase,
    LFTagsOnTable: pairsOf(
      ctx,
      effectiveTagsIn(state, target.database, target.table),
      assignedOnly,
    ),
    LFTagsOnColumns,
  };
}

export const GetResourceLFTags: OperationDef<GetResourceLFTagsRequest> = {
  run(input, ctx) {
    checkCatalog(ctx, input.CatalogId);
    const state = lfView(ctx);
    return tagsAnswer(
      ctx,
      state,
      targetOf(ctx, state, input.Resource),
      input.ShowAssignedLFTags === true,
    );
  },
};
