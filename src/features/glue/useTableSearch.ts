import type { SearchTablesResponse, Table } from '@aws-sdk/client-glue';
import { allPages } from '../../store/allPages';
import { useLakeQuery, type LakeQuery } from '../../store/useLakeQuery';
import { useCatalogSignature } from '../../store/useCatalogSignature';

/** The search shows one SearchTables page (100 tables): each page scans the whole catalog. */
export const SEARCH_LIMIT = 100;

/** Tables whose names, databases, columns or properties match SearchText (SearchTables). */
export function useTableSearch(searchText: string): LakeQuery<Table[]> {
  return useLakeQuery(`search:${searchText}`, useCatalogSignature(), (call) =>
    allPages(
      (NextToken) =>
        call<SearchTablesResponse>('glue', 'SearchTables', { SearchText: searchText, NextToken }),
      (o) => o.TableList,
      SEARCH_LIMIT,
    ),
  );
}
