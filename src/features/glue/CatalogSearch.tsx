import type { Table as GlueTable } from '@aws-sdk/client-glue';
import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { TablePagination } from '../../ui/TablePagination';
import { AwsErrorAlert } from './AwsErrorAlert';
import { CatalogSearchBox } from './CatalogSearchBox';
import { databaseHref, tableHref } from './paths';
import { SEARCH_LIMIT, useTableSearch } from './useTableSearch';

/** The columns whose name contains one of the search words, to show why a table matched. */
function matchingColumns(table: GlueTable, searchText: string): string {
  const words = searchText.toLowerCase().replace(/"/g, '').split(/\s+/).filter(Boolean);
  const columns = [...(table.StorageDescriptor?.Columns ?? []), ...(table.PartitionKeys ?? [])];
  const names = columns
    .map((c) => c.Name ?? '')
    .filter((n) => words.some((w) => n.toLowerCase().includes(w)));
  return names.join(', ') || '-';
}

/** Search tables (SearchTables): across databases, tables and columns, linking to each table. */
export function CatalogSearch({ searchText }: { searchText: string }) {
  const { data, error, isLoading } = useTableSearch(searchText);
  const columns: TableProps.ColumnDefinition<GlueTable>[] = [
    {
      id: 'name',
      header: 'Table',
      cell: (t) => <Link href={tableHref(t.DatabaseName ?? '', t.Name ?? '')}>{t.Name}</Link>,
      isRowHeader: true,
    },
    {
      id: 'database',
      header: 'Database',
      cell: (t) => <Link href={databaseHref(t.DatabaseName ?? '')}>{t.DatabaseName}</Link>,
    },
    { id: 'columns', header: 'Matching columns', cell: (t) => matchingColumns(t, searchText) },
    {
      id: 'classification',
      header: 'Classification',
      cell: (t) => t.Parameters?.classification ?? '-',
    },
  ];
  const { items, collectionProps, paginationProps } = useCollection(data ?? [], {
    pagination: { pageSize: 25 },
  });
  const count = data
    ? `(${data.length >= SEARCH_LIMIT ? `${SEARCH_LIMIT}+` : data.length})`
    : undefined;
  return (
    <SpaceBetween size="l">
      <CatalogSearchBox key={searchText} initialText={searchText} />
      <AwsErrorAlert error={error} />
      <Table
        {...collectionProps}
        items={items}
        trackBy={(t) => `${t.DatabaseName ?? ''}.${t.Name ?? ''}`}
        columnDefinitions={columns}
        loading={isLoading}
        loadingText="Searching tables"
        variant="full-page"
        ariaLabels={{ tableLabel: 'Search results' }}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={count}
            description={
              data && data.length >= SEARCH_LIMIT
                ? `Showing the first ${SEARCH_LIMIT} matches: add words to narrow the search.`
                : undefined
            }
          >
            {searchText ? `Tables matching "${searchText}"` : 'All tables'}
          </Header>
        }
        empty={<Box textAlign="center">No table matches "{searchText}".</Box>}
        pagination={<TablePagination {...paginationProps} />}
      />
    </SpaceBetween>
  );
}
