import type {
  BatchGetNamedQueryInput,
  BatchGetNamedQueryOutput,
  CreateNamedQueryInput,
  CreateNamedQueryOutput,
  DeleteNamedQueryInput,
  GetNamedQueryInput,
  GetNamedQueryOutput,
  ListNamedQueriesInput,
  ListNamedQueriesOutput,
  NamedQuery,
} from '@aws-sdk/client-athena';
import type { OperationContext, OperationDef } from '../core/operations';
import { invalidRequest, onWorkGroup, workGroupArn } from './access';
import { paginate } from './paginate';
import { athenaState, type StoredNamedQuery } from './state';
import { uuidOf } from './uuid';
import { workGroupOf } from './workgroups';

function namedQueryOf(ctx: OperationContext, id: string | undefined): StoredNamedQuery {
  const query = id ? athenaState(ctx.world).namedQueries[id] : undefined;
  if (!query) throw invalidRequest(`NamedQuery ${id ?? ''} was not found.`);
  return query;
}

const toNamedQuery = (q: StoredNamedQuery): NamedQuery => ({
  NamedQueryId: q.NamedQueryId,
  Name: q.Name,
  ...(q.Description !== undefined ? { Description: q.Description } : {}),
  Database: q.Database,
  QueryString: q.QueryString,
  WorkGroup: q.WorkGroup,
});

export const CreateNamedQuery: OperationDef<CreateNamedQueryInput, CreateNamedQueryOutput> = {
  authorize: onWorkGroup('athena:CreateNamedQuery'),
  run(input, ctx) {
    const group = workGroupOf(ctx, input.WorkGroup);
    // Name 1–128, Database 1–255, QueryString 1–262,144 (API_CreateNamedQuery).
    if (!input.Name || input.Name.length > 128)
      throw invalidRequest('Name is required and must be 1 to 128 characters long.');
    if (!input.Database || input.Database.length > 255)
      throw invalidRequest('Database is required and must be 1 to 255 characters long.');
    if (!input.QueryString || input.QueryString.length > 262_144)
      throw invalidRequest('QueryString is required and must be 1 to 262,144 characters long.');
    const state = athenaState(ctx.world);
    // ClientRequestToken makes the call idempotent: the same token returns the same query.
    const token = input.ClientRequestToken;
    const same = token
      ? Object.values(state.namedQueries).find((q) => q.ClientRequestToken === token)
      : undefined;
    if (same) return { NamedQueryId: same.NamedQueryId };
    const id = uuidOf(ctx);
    state.namedQueries[id] = {
      NamedQueryId: id,
      Name: input.Name,
      ...(input.Description !== undefined ? { Description: input.Description } : {}),
      Database: input.Database,
      QueryString: input.QueryString,
      WorkGroup: group.Name,
      ...(token ? { ClientRequestToken: token } : {}),
    };
    return { NamedQueryId: id };
  },
};

export const GetNamedQuery: OperationDef<GetNamedQueryInput, GetNamedQueryOutput> = {
  authorize: (input, ctx) => [
    {
      action: 'athena:GetNamedQuery',
      resource: workGroupArn(
        ctx,
        athenaState(ctx.world).namedQueries[input.NamedQueryId ?? '']?.WorkGroup ?? 'primary',
      ),
    },
  ],
  run: (input, ctx) => ({ NamedQuery: toNamedQuery(namedQueryOf(ctx, input.NamedQueryId)) }),
};

export const BatchGetNamedQuery: OperationDef<BatchGetNamedQueryInput, BatchGetNamedQueryOutput> = {
  run(input, ctx) {
    const ids = input.NamedQueryIds ?? [];
    if (ids.length < 1 || ids.length > 50)
      throw invalidRequest('NamedQueryIds must list 1 to 50 IDs.');
    const all = athenaState(ctx.world).namedQueries;
    return {
      NamedQueries: ids.flatMap((id) => (all[id] ? [toNamedQuery(all[id])] : [])),
      UnprocessedNamedQueryIds: ids
        .filter((id) => !all[id])
        .map((id) => ({
          NamedQueryId: id,
          ErrorCode: 'INVALID_INPUT',
          ErrorMessage: `NamedQuery ${id} was not found.`,
        })),
    };
  },
};

export const ListNamedQueries: OperationDef<ListNamedQueriesInput, ListNamedQueriesOutput> = {
  authorize: onWorkGroup('athena:ListNamedQueries'),
  run(input, ctx) {
    const group = workGroupOf(ctx, input.WorkGroup);
    const ids = Object.values(athenaState(ctx.world).namedQueries)
      .filter((q) => q.WorkGroup === group.Name)
      .map((q) => q.NamedQueryId);
    const page = paginate(ids, input.NextToken, input.MaxResults ?? 50, 50);
    return { NamedQueryIds: page.items, ...(page.nextToken ? { NextToken: page.nextToken } : {}) };
  },
};

export const DeleteNamedQuery: OperationDef<DeleteNamedQueryInput, object> = {
  authorize: (input, ctx) => [
    {
      action: 'athena:DeleteNamedQuery',
      resource: workGroupArn(
        ctx,
        athenaState(ctx.world).namedQueries[input.NamedQueryId ?? '']?.WorkGroup ?? 'primary',
      ),
    },
  ],
  run(input, ctx) {
    const query = namedQueryOf(ctx, input.NamedQueryId);
    Reflect.deleteProperty(athenaState(ctx.world).namedQueries, query.NamedQueryId);
    return {};
  },
};
