import type {
  BatchGetQueryExecutionOutput,
  ListQueryExecutionsOutput,
  QueryExecution,
} from '@aws-sdk/client-athena';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';
import { useAthenaSignature } from './useAthenaSignature';

/** The workgroup's 50 most recent executions (ListQueryExecutions + BatchGetQueryExecution). */
export function useRecentQueries(workGroup: string): LakeQuery<QueryExecution[]> {
  return useLakeQuery(`recent:${workGroup}`, useAthenaSignature(), async (call) => {
    const list = await call<ListQueryExecutionsOutput>('athena', 'ListQueryExecutions', {
      WorkGroup: workGroup,
      MaxResults: 50,
    });
    const ids = list.QueryExecutionIds ?? [];
    if (ids.length === 0) return [];
    const batch = await call<BatchGetQueryExecutionOutput>('athena', 'BatchGetQueryExecution', {
      QueryExecutionIds: ids,
    });
    const byId = new Map((batch.QueryExecutions ?? []).map((e) => [e.QueryExecutionId, e]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  });
}
