import type { GetTableVersionsResponse, TableVersion } from '@aws-sdk/client-glue';
import { allPages } from './actions';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';
import { useGlueSignature } from './useGlueSignature';

/** A table's versions, newest first (GetTableVersions). */
export function useTableVersions(database: string, table: string): LakeQuery<TableVersion[]> {
  return useLakeQuery(`versions:${database}/${table}`, useGlueSignature(), (call) =>
    allPages(
      (NextToken) =>
        call<GetTableVersionsResponse>('glue', 'GetTableVersions', {
          DatabaseName: database,
          TableName: table,
          NextToken,
        }),
      (o) => o.TableVersions,
    ),
  );
}
