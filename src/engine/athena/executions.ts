import type {
  BatchGetQueryExecutionInput,
  BatchGetQueryExecutionOutput,
  GetQueryExecutionInput,
  GetQueryExecutionOutput,
  ListQueryExecutionsInput,
  ListQueryExecutionsOutput,
  QueryExecution,
  StartQueryExecutionInput,
  StartQueryExecutionOutput,
  StopQueryExecutionInput,
} from '@aws-sdk/client-athena';
import type { OperationContext, OperationDef, RequiredAccess } from '../core/operations';
import { invalidRequest, onWorkGroup, parseS3Uri, workGroupArn } from './access';
import { paginate } from './paginate';
import { loadDdl } from './planner/loadModules';
import { charge, settleOrphan, startExecution } from './queryRun';
import { athenaState, ENGINE_VERSION, type StoredExecution } from './state';
import { uuidOf } from './uuid';
import { workGroupOf } from './workgroups';

export function executionOf(ctx: OperationContext, id: string | undefined): StoredExecution {
  const execution = id ? athenaState(ctx.world).executions[id] : undefined;
  if (!execution) throw invalidRequest(`QueryExecution ${id ?? ''} was not found`);
  settleOrphan(ctx, execution);
  return execution;
}

/** Actions on an execution are authorised on its workgroup. */
export const onExecution =
  (action: string) =>
  (input: { QueryExecutionId?: string | undefined }, ctx: OperationContext): RequiredAccess[] => [
    {
      action,
      resource: workGroupArn(
        ctx,
        athenaState(ctx.world).executions[input.QueryExecutionId ?? '']?.WorkGroup ?? 'primary',
      ),
    },
  ];

/** The result location: the workgroup's when it overrides client-side settings, else the query's, else the workgroup's. */
function outputBase(
  input: StartQueryExecutionInput,
  group: { OutputLocation?: string; EnforceWorkGroupConfiguration: boolean },
): string {
  const own = input.ResultConfiguration?.OutputLocation;
  const base = group.EnforceWorkGroupConfiguration
    ? (group.OutputLocation ?? own)
    : (own ?? group.OutputLocation);
  if (!base)
    throw invalidRequest(
      'No output location provided. An output location is required either through the Workgroup result configuration setting or as an API input.',
    );
  parseS3Uri(base, 'The output location');
  return base.endsWith('/') ? base : `${base}/`;
}

export const StartQueryExecution: OperationDef<
  StartQueryExecutionInput,
  StartQueryExecutionOutput
> = {
  authorize: onWorkGroup('athena:StartQueryExecution'),
  async run(input, ctx) {
    const query = input.QueryString ?? '';
    // QueryString: 1 to 262,144 bytes (service-limits.html).
    if (query.trim() === '' || query.length > 262_144)
      throw invalidRequest('QueryString must be 1 to 262,144 characters long.');
    const group = workGroupOf(ctx, input.WorkGroup);
    if (group.State === 'DISABLED') throw invalidRequest(`WorkGroup ${group.Name} is disabled.`);
    const state = athenaState(ctx.world);
    const token = input.ClientRequestToken;
    const same = token
      ? Object.values(state.executions).find((e) => e.ClientRequestToken === token)
      : undefined;
    if (same) return { QueryExecutionId: same.QueryExecutionId };
    const base = outputBase(input, group);
    const { classifyStatement, athenaStatementType } = await loadDdl();
    const kind = classifyStatement(query);
    const statementType = athenaStatementType(kind);
    const id = uuidOf(ctx);
    const execution: StoredExecution = {
      QueryExecutionId: id,
      Query: query,
      StatementType: statementType,
      SubstatementType: substatementOf(query, kind),
      WorkGroup: group.Name,
      Catalog: input.QueryExecutionContext?.Catalog ?? 'awsdatacatalog',
      ...(input.QueryExecutionContext?.Database
        ? { Database: input.QueryExecutionContext.Database }
        : {}),
      // SELECT results are CSV; DDL and utility results are text (querying.html).
      OutputLocation: `${base}${id}.${statementType === 'DML' ? 'csv' : 'txt'}`,
      State: 'QUEUED',
      SubmissionDateTime: ctx.now,
      EngineExecutionTimeInMillis: 0,
      DataScannedInBytes: 0,
      principal: ctx.principal.callerArn,
      ...(token ? { ClientRequestToken: token } : {}),
    };
    state.executions[id] = execution;
    await ensureDefaultDatabase(ctx, execution);
    await startExecution(ctx, execution, kind === 'QUERY', group.BytesScannedCutoffPerQuery);
    return { QueryExecutionId: id };
  },
};

/**
 * Athena works in the Glue database `default` when a query names none; a new account's catalog
 * gets it on first use ("Default Hive database"), created here as the caller when missing.
 */
async function ensureDefaultDatabase(
  ctx: OperationContext,
  execution: StoredExecution,
): Promise<void> {
  if (execution.Database || execution.Catalog.toLowerCase() !== 'awsdatacatalog') return;
  if (ctx.world.glue.databases?.default) return;
  await ctx
    .call('glue', 'CreateDatabase', {
      DatabaseInput: { Name: 'default', Description: 'Default Hive database' },
    })
    .catch(() => undefined);
}

/** Athena's SubstatementType: SELECT, CREATE_TABLE_AS_SELECT, SHOW_TABLES, DESCRIBE_TABLE… */
function substatementOf(query: string, kind: string): string {
  const words = query
    .replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ')
    .trim()
    .toUpperCase()
    .split(/\s+/);
  if (kind === 'QUERY') return 'SELECT';
  if (kind === 'CTAS') return 'CREATE_TABLE_AS_SELECT';
  if (kind === 'INSERT') return 'INSERT';
  if (kind === 'EXPLAIN') return 'EXPLAIN';
  const [first, second, third] = words;
  if (first === 'DESCRIBE' || first === 'DESC') return 'DESCRIBE_TABLE';
  if (first === 'MSCK') return 'MSCK_REPAIR_TABLE';
  if (first === 'SHOW')
    return `SHOW_${second === 'CREATE' ? `CREATE_${third ?? 'TABLE'}` : (second ?? '')}`;
  const object =
    second === 'EXTERNAL' || second === 'OR'
      ? words.includes('VIEW')
        ? 'VIEW'
        : 'TABLE'
      : (second ?? '');
  return `${first ?? ''}_${object === 'SCHEMA' ? 'DATABASE' : object}`;
}

export function toQueryExecution(e: StoredExecution): QueryExecution {
  const done = e.State === 'SUCCEEDED' || e.State === 'FAILED' || e.State === 'CANCELLED';
  return {
    QueryExecutionId: e.QueryExecutionId,
    Query: e.Query,
    StatementType: e.StatementType,
    ...(e.SubstatementType ? { SubstatementType: e.SubstatementType } : {}),
    ResultConfiguration: e.OutputLocation ? { OutputLocation: e.OutputLocation } : {},
    ResultReuseConfiguration: { ResultReuseByAgeConfiguration: { Enabled: false } },
    QueryExecutionContext: {
      Catalog: e.Catalog,
      ...(e.Database ? { Database: e.Database } : {}),
    },
    Status: {
      State: e.State,
      ...(e.StateChangeReason ? { StateChangeReason: e.StateChangeReason } : {}),
      SubmissionDateTime: new Date(e.SubmissionDateTime),
      ...(e.CompletionDateTime !== undefined
        ? { CompletionDateTime: new Date(e.CompletionDateTime) }
        : {}),
      ...(e.State === 'FAILED'
        ? {
            AthenaError: {
              ErrorCategory: e.ErrorCategory ?? 2,
              ErrorType: e.ErrorCategory === 1 ? 1000 : 1100,
              Retryable: false,
              ErrorMessage: e.StateChangeReason ?? '',
            },
          }
        : {}),
    },
    Statistics: {
      EngineExecutionTimeInMillis: e.EngineExecutionTimeInMillis,
      DataScannedInBytes: e.DataScannedInBytes,
      TotalExecutionTimeInMillis: e.EngineExecutionTimeInMillis + (done ? 1 : 0),
      QueryQueueTimeInMillis: 0,
      ServicePreProcessingTimeInMillis: 0,
      QueryPlanningTimeInMillis: 0,
      ServiceProcessingTimeInMillis: done ? 1 : 0,
      ResultReuseInformation: { ReusedPreviousResult: false },
    },
    WorkGroup: e.WorkGroup,
    EngineVersion: ENGINE_VERSION,
  };
}

export const GetQueryExecution: OperationDef<GetQueryExecutionInput, GetQueryExecutionOutput> = {
  authorize: onExecution('athena:GetQueryExecution'),
  run: (input, ctx) => ({
    QueryExecution: toQueryExecution(executionOf(ctx, input.QueryExecutionId)),
  }),
};

export const BatchGetQueryExecution: OperationDef<
  BatchGetQueryExecutionInput,
  BatchGetQueryExecutionOutput
> = {
  run(input, ctx) {
    const ids = input.QueryExecutionIds ?? [];
    if (ids.length < 1 || ids.length > 50)
      throw invalidRequest('QueryExecutionIds must list 1 to 50 IDs.');
    const all = athenaState(ctx.world).executions;
    return {
      QueryExecutions: ids.flatMap((id) => {
        const execution = all[id];
        if (!execution) return [];
        settleOrphan(ctx, execution);
        return [toQueryExecution(execution)];
      }),
      UnprocessedQueryExecutionIds: ids
        .filter((id) => !all[id])
        .map((id) => ({
          QueryExecutionId: id,
          ErrorCode: 'INVALID_INPUT',
          ErrorMessage: `QueryExecution ${id} was not found`,
        })),
    };
  },
};

export const ListQueryExecutions: OperationDef<
  ListQueryExecutionsInput,
  ListQueryExecutionsOutput
> = {
  authorize: onWorkGroup('athena:ListQueryExecutions'),
  run(input, ctx) {
    const group = workGroupOf(ctx, input.WorkGroup);
    // Most recent first, as the API lists them.
    const ids = Object.values(athenaState(ctx.world).executions)
      .filter((e) => e.WorkGroup === group.Name)
      .map((e) => e.QueryExecutionId)
      .reverse();
    const page = paginate(ids, input.NextToken, input.MaxResults ?? 50, 50);
    return {
      QueryExecutionIds: page.items,
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
    };
  },
};

export const StopQueryExecution: OperationDef<StopQueryExecutionInput, object> = {
  authorize: onExecution('athena:StopQueryExecution'),
  run(input, ctx) {
    const execution = executionOf(ctx, input.QueryExecutionId);
    if (execution.State === 'QUEUED' || execution.State === 'RUNNING') {
      ctx.runtime.sql().cancel(execution.QueryExecutionId);
      execution.State = 'CANCELLED';
      execution.StateChangeReason = 'Query cancelled by user';
      execution.CompletionDateTime = ctx.now;
      // A cancelled query is billed for the data it scanned (athena/pricing).
      charge(ctx, execution);
    }
    return {};
  },
};
