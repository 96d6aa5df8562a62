import { useState } from 'react';
import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { href, navigate } from '../../store/router';
import { TablePagination } from '../../ui/TablePagination';
import { AwsErrorAlert } from './AwsErrorAlert';
import { CatalogSearchBox } from './CatalogSearchBox';
import { DeleteDatabaseModal } from './DeleteDatabaseModal';
import { formatDate } from './format';
import { databaseHref } from './paths';
import { useDatabases, type DatabaseRow } from './useDatabases';

const columns: TableProps.ColumnDefinition<DatabaseRow>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: (d) => <Link href={databaseHref(d.name)}>{d.name}</Link>,
    sortingField: 'name',
    isRowHeader: true,
  },
  { id: 'description', header: 'Description', cell: (d) => d.description || '-' },
  { id: 'location', header: 'Location URI', cell: (d) => d.locationUri || '-' },
  { id: 'tables', header: 'Tables', cell: (d) => d.tableCount, sortingField: 'tableCount' },
  {
    id: 'created',
    header: 'Created on',
    cell: (d) => formatDate(d.createTime),
    sortingField: 'createTime',
  },
];

function EmptyDatabases() {
  return (
    <Box textAlign="center" color="inherit">
      <SpaceBetween size="s">
        <b>No databases</b>
        <Box color="inherit">
          A database groups the tables that describe your data in S3: its columns, format and
          location.
        </Box>
        <Button href={href('/glue/create-database')}>Add database</Button>
      </SpaceBetween>
    </Box>
  );
}

/** Data Catalog databases: filter, sort, page; add and delete; search every table. */
export function DatabaseList() {
  const { data, error, isLoading } = useDatabases();
  const [isDeleting, setDeleting] = useState(false);
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } =
    useCollection(data ?? [], {
      filtering: {
        empty: <EmptyDatabases />,
        noMatch: <Box textAlign="center">No database matches the filter.</Box>,
      },
      sorting: { defaultState: { sortingColumn: columns[0]! } },
      pagination: { pageSize: 20 },
      selection: { trackBy: 'name' },
    });
  const selected = collectionProps.selectedItems?.[0];
  return (
    <SpaceBetween size="l">
      <CatalogSearchBox initialText="" />
      <AwsErrorAlert error={error} />
      <Table
        {...collectionProps}
        items={items}
        columnDefinitions={columns}
        trackBy="name"
        selectionType="single"
        ariaLabels={{
          selectionGroupLabel: 'Databases',
          itemSelectionLabel: (_, d) => `Select database ${d.name}`,
          allItemsSelectionLabel: () => 'Select all',
        }}
        loading={isLoading}
        loadingText="Loading databases"
        variant="full-page"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={data ? `(${data.length})` : undefined}
            description="A database in the AWS Glue Data Catalog is a set of table definitions."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={!selected} onClick={() => setDeleting(true)}>
                  Delete
                </Button>
                <Button variant="primary" onClick={() => navigate('/glue/create-database')}>
                  Add database
                </Button>
              </SpaceBetween>
            }
          >
            Databases
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Filter databases"
            filteringAriaLabel="Filter databases"
            countText={`${filteredItemsCount ?? 0} matches`}
          />
        }
        pagination={<TablePagination {...paginationProps} />}
      />
      {isDeleting && selected && (
        <DeleteDatabaseModal
          database={selected.name}
          tableCount={selected.tableCount}
          onDismiss={() => setDeleting(false)}
        />
      )}
    </SpaceBetween>
  );
}
