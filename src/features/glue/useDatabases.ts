import type { Database, GetDatabasesResponse } from '@aws-sdk/client-glue';
import { listTables } from '../../engine/glue/catalogReads';
import { useLake } from '../../store';
import { allPages } from '../../store/allPages';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';
import { useCatalogSignature } from '../../store/useCatalogSignature';

export interface DatabaseRow {
  name: string;
  description: string;
  locationUri: string;
  createTime: number;
  tableCount: number;
}

/** The databases GetDatabases shows the principal, each with its number of tables. */
export function useDatabases(): LakeQuery<DatabaseRow[]> {
  const engine = useLake((s) => s.engine);
  return useLakeQuery('databases', useCatalogSignature(), async (call) => {
    const list = await allPages(
      (NextToken) => call<GetDatabasesResponse>('glue', 'GetDatabases', { NextToken }),
      (o) => o.DatabaseList,
    );
    return list.map((db: Database) => ({
      name: db.Name ?? '',
      description: db.Description ?? '',
      locationUri: db.LocationUri ?? '',
      createTime: db.CreateTime ? new Date(db.CreateTime).getTime() : 0,
      tableCount: listTables(engine.world, db.Name ?? '').length,
    }));
  });
}
