import type {
  LFTag,
  SearchDatabasesByLFTagsRequest,
  SearchTablesByLFTagsRequest,
} from '@aws-sdk/client-lakeformation';
import { invalidInput } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { createAccessChecker } from './access';
import { checkCatalog, lfView, pageOf } from './common';
import { tagOf } from './lfTags';
import type { LakeFormationState } from './state';
import { pairsOf, tagsAnswer } from './tagAssignments';
import { columnsOfTable } from './tableAccess';
import { effectiveTagsIn, matchesExpression, tagValuesOf } from './tagModel';

function expressionOf(state: LakeFormationState, expression: LFTag[] | undefined) {
  if (!expression || expression.length === 0)
    throw invalidInput('Expression must hold at least one LF-Tag condition.');
  return expression.map((c) => {
    const tag = tagOf(state, c.TagKey);
    const values = c.TagValues ?? [];
    const unknown = values.filter((v) => v !== '*' && !tag.TagValues.includes(v));
    if (values.length === 0 || unknown.length > 0)
      throw invalidInput(
        `Values ${unknown.join(', ') || '(none)'} are not allowed values of LF-Tag ${tag.TagKey}.`,
      );
    return { key: tag.TagKey, values };
  });
}

const sortedDatabases = (ctx: OperationContext) => Object.keys(ctx.world.glue.databases).sort();

export const SearchDatabasesByLFTags: OperationDef<SearchDatabasesByLFTagsRequest> = {
  run(input, ctx) {
    const catalogId = checkCatalog(ctx, input.CatalogId);
    const state = lfView(ctx);
    const expression = expressionOf(state, input.Expression);
    const checker = createAccessChecker(ctx.world, ctx.principal.arn);
    // Only databases the caller may see are returned.
    const found = sortedDatabases(ctx).filter(
      (db) =>
        matchesExpression(tagValuesOf(effectiveTagsIn(state, db)), expression) &&
        checker.database(db).permissions.length > 0,
    );
    const { page, NextToken } = pageOf(found, input);
    return {
      DatabaseList: page.map((db) => ({
        Database: { CatalogId: catalogId, Name: db },
        LFTags: pairsOf(ctx, effectiveTagsIn(state, db)),
      })),
      ...(NextToken ? { NextToken } : {}),
    };
  },
};

export const SearchTablesByLFTags: OperationDef<SearchTablesByLFTagsRequest> = {
  run(input, ctx) {
    const catalogId = checkCatalog(ctx, input.CatalogId);
    const state = lfView(ctx);
    const expression = expressionOf(state, input.Expression);
    const checker = createAccessChecker(ctx.world, ctx.principal.arn);
    const found: Array<{ database: string; table: string }> = [];
    for (const db of sortedDatabases(ctx))
      for (const entry of Object.values(ctx.world.glue.tables?.[db] ?? {})) {
        const table = entry.versions[entry.versions.length - 1];
        if (!table) continue;
        // A table matches when its own tags, or some column's, satisfy the expression.
        const matches =
          matchesExpression(tagValuesOf(effectiveTagsIn(state, db, table.Name)), expression) ||
          columnsOfTable(table).some((c) =>
            matchesExpression(
              tagValuesOf(effectiveTagsIn(state, db, table.Name, c.name)),
              expression,
            ),
          );
        if (matches && checker.tableOf(table).permissions.length > 0)
          found.push({ database: db, table: table.Name });
      }
    found.sort((a, b) =>
      a.database === b.database ? (a.table < b.table ? -1 : 1) : a.database < b.database ? -1 : 1,
    );
    const { page, NextToken } = pageOf(found, input);
    return {
      TableList: page.map((t) => ({
        Table: { CatalogId: catalogId, DatabaseName: t.database, Name: t.table },
        ...tagsAnswer(ctx, state, { database: t.database, table: t.table }, false),
      })),
      ...(NextToken ? { NextToken } : {}),
    };
  },
};
