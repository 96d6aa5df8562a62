import type { GetDatabasesResponse, GetTablesResponse, Table } from '@aws-sdk/client-glue';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';
import { allPages } from '../../store/allPages';
import { useCatalogSignature } from '../../store/useCatalogSignature';

export interface CatalogColumn {
  name: string;
  type: string;
  isPartitionKey: boolean;
}

export interface CatalogTable {
  name: string;
  tableType: string;
  columns: CatalogColumn[];
}

const columnsOf = (t: Table): CatalogColumn[] => [
  ...(t.StorageDescriptor?.Columns ?? []).map((c) => ({
    name: c.Name ?? '',
    type: c.Type ?? '',
    isPartitionKey: false,
  })),
  ...(t.PartitionKeys ?? []).map((c) => ({
    name: c.Name ?? '',
    type: c.Type ?? '',
    isPartitionKey: true,
  })),
];

/** The Glue databases the signed-in principal can see (GetDatabases). */
export function useDatabaseNames(isGlue: boolean): LakeQuery<string[]> {
  return useLakeQuery(`athena-databases:${isGlue}`, useCatalogSignature(), async (call) => {
    if (!isGlue) return [];
    const list = await allPages(
      (NextToken) => call<GetDatabasesResponse>('glue', 'GetDatabases', { NextToken }),
      (o) => o.DatabaseList,
    );
    return list.map((d) => d.Name ?? '');
  });
}

/** A database's tables with their columns and partition keys (GetTables). */
export function useCatalogTables(database: string): LakeQuery<CatalogTable[]> {
  return useLakeQuery(`athena-tables:${database}`, useCatalogSignature(), async (call) => {
    if (!database) return [];
    const tables = await allPages(
      (NextToken) =>
        call<GetTablesResponse>('glue', 'GetTables', {
          DatabaseName: database,
          MaxResults: 1000,
          NextToken,
        }),
      (o) => o.TableList,
    );
    return tables.map((t) => ({
      name: t.Name ?? '',
      tableType: t.TableType ?? '',
      columns: columnsOf(t),
    }));
  });
}
