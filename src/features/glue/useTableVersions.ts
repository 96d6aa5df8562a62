import type { GetTableVersionsResponse, TableVersion } from '@aws-sdk/client-glue';
import { allPages } from '../../store/allPages';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';
import { useCatalogSignature } from '../../store/useCatalogSignature';

/** A table's versions, newest first (GetTableVersions). */
export function useTableVersions(database: string, table: string): LakeQuery<TableVersion[]> {
  return useLakeQuery(`versions:${database}/${table}`, useCatalogSignature(), (call) =>
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
