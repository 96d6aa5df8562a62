import type { GetTableResponse, Table } from '@aws-sdk/client-glue';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';
import { useCatalogSignature } from '../../store/useCatalogSignature';

/** The current version of one table (GetTable). */
export function useTable(database: string, table: string): LakeQuery<Table> {
  return useLakeQuery(`table:${database}/${table}`, useCatalogSignature(), async (call) => {
    const output = await call<GetTableResponse>('glue', 'GetTable', {
      DatabaseName: database,
      Name: table,
    });
    if (!output.Table) throw new Error('GetTable answered without a table.');
    return output.Table;
  });
}
