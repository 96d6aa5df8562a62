import type {
  GetWorkGroupOutput,
  ListWorkGroupsOutput,
  WorkGroupSummary,
} from '@aws-sdk/client-athena';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';
import { allPages } from '../../store/allPages';
import { useAthenaSignature } from './useAthenaSignature';

export interface WorkGroupInfo {
  names: string[];
  /** The selected workgroup's query result location, if it has one. */
  outputLocation: string | undefined;
}

/** Workgroups the principal may list, and where the selected one writes query results. */
export function useWorkGroups(selected: string): LakeQuery<WorkGroupInfo> {
  return useLakeQuery(`workgroups:${selected}`, useAthenaSignature(), async (call) => {
    const groups = await allPages(
      (NextToken) => call<ListWorkGroupsOutput>('athena', 'ListWorkGroups', { NextToken }),
      (o): WorkGroupSummary[] | undefined => o.WorkGroups,
    );
    const detail = await call<GetWorkGroupOutput>('athena', 'GetWorkGroup', {
      WorkGroup: selected,
    });
    return {
      names: groups.map((g) => g.Name ?? '').filter(Boolean),
      outputLocation: detail.WorkGroup?.Configuration?.ResultConfiguration?.OutputLocation,
    };
  });
}
