import type { DataCatalogSummary, ListDataCatalogsOutput } from '@aws-sdk/client-athena';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';
import { allPages } from '../../store/allPages';
import { useAthenaSignature } from './useAthenaSignature';

export interface CatalogOption {
  name: string;
  type: string;
}

/** The data sources Athena can query: AwsDataCatalog and any LAMBDA (federated) catalogs. */
export function useDataCatalogs(): LakeQuery<CatalogOption[]> {
  return useLakeQuery('data-catalogs', useAthenaSignature(), async (call) => {
    const list = await allPages(
      (NextToken) => call<ListDataCatalogsOutput>('athena', 'ListDataCatalogs', { NextToken }),
      (o): DataCatalogSummary[] | undefined => o.DataCatalogsSummary,
    );
    return list.map((c) => ({ name: c.CatalogName ?? '', type: c.Type ?? 'GLUE' }));
  });
}
