import type { GetTablesResponse, Table } from '@aws-sdk/client-glue';
import { allPages } from '../../store/allPages';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';
import { useCatalogSignature } from '../../store/useCatalogSignature';

export interface TableRow {
  name: string;
  classification: string;
  location: string;
  partitionKeys: string;
  columnCount: number;
  updateTime: number;
  versionId: string;
}

export function tableRowOf(t: Table): TableRow {
  return {
    name: t.Name ?? '',
    classification: t.Parameters?.classification ?? '',
    location: t.StorageDescriptor?.Location ?? '',
    partitionKeys: (t.PartitionKeys ?? []).map((k) => k.Name).join(', '),
    columnCount: t.StorageDescriptor?.Columns?.length ?? 0,
    updateTime: t.UpdateTime ? new Date(t.UpdateTime).getTime() : 0,
    versionId: t.VersionId ?? '',
  };
}

/** Every table of a database (GetTables, 1,000 a page). */
export function useTables(database: string): LakeQuery<TableRow[]> {
  return useLakeQuery(`tables:${database}`, useCatalogSignature(), async (call) => {
    const tables = await allPages(
      (NextToken) =>
        call<GetTablesResponse>('glue', 'GetTables', {
          DatabaseName: database,
          MaxResults: 1000,
          NextToken,
        }),
      (o) => o.TableList,
    );
    return tables.map(tableRowOf);
  });
}
