import type {
  BatchGetNamedQueryOutput,
  ListNamedQueriesOutput,
  NamedQuery,
} from '@aws-sdk/client-athena';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';
import { allPages } from '../../store/allPages';
import { useAthenaSignature } from './useAthenaSignature';

/** The workgroup's saved queries (ListNamedQueries + BatchGetNamedQuery, 50 at a time). */
export function useSavedQueries(workGroup: string): LakeQuery<NamedQuery[]> {
  return useLakeQuery(`saved:${workGroup}`, useAthenaSignature(), async (call) => {
    const ids = await allPages(
      (NextToken) =>
        call<ListNamedQueriesOutput>('athena', 'ListNamedQueries', {
          WorkGroup: workGroup,
          NextToken,
        }),
      (o) => o.NamedQueryIds,
    );
    const queries: NamedQuery[] = [];
    for (let i = 0; i < ids.length; i += 50) {
      const batch = await call<BatchGetNamedQueryOutput>('athena', 'BatchGetNamedQuery', {
        NamedQueryIds: ids.slice(i, i + 50),
      });
      queries.push(...(batch.NamedQueries ?? []));
    }
    return queries;
  });
}
