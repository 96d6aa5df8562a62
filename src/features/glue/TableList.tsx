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
import { DeleteTableModal } from './DeleteTableModal';
import { formatDate } from './format';
import { databasePath, tableHref } from './paths';
import { useTables, type TableRow } from './useTables';

function columnsFor(database: string): TableProps.ColumnDefinition<TableRow>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      cell: (t) => <Link href={tableHref(database, t.name)}>{t.name}</Link>,
      sortingField: 'name',
      isRowHeader: true,
    },
    { id: 'classification', header: 'Classification', cell: (t) => t.classification || '-' },
    { id: 'location', header: 'Location', cell: (t) => t.location || '-' },
    { id: 'partitionKeys', header: 'Partition keys', cell: (t) => t.partitionKeys || '-' },
    { id: 'columns', header: 'Columns', cell: (t) => t.columnCount, sortingField: 'columnCount' },
    {
      id: 'updated',
      header: 'Last updated',
      cell: (t) => formatDate(t.updateTime),
      sortingField: 'updateTime',
    },
    { id: 'version', header: 'Version', cell: (t) => t.versionId },
  ];
}

/** A database's tables: filter, sort, page (fast with thousands); add and delete. */
export function TableList({ database }: { database: string }) {
  const { data, error, isLoading } = useTables(database);
  const [isDeleting, setDeleting] = useState(false);
  const [columns] = useState(() => columnsFor(database));
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } =
    useCollection(data ?? [], {
      filtering: {
        empty: (
          <Box textAlign="center" color="inherit">
            <SpaceBetween size="s">
              <b>No tables</b>
              <Box color="inherit">
                Add a table by hand, or run a crawler to infer tables from files in S3.
              </Box>
              <Button href={href(`${databasePath(database)}/add-table`)}>Add table</Button>
            </SpaceBetween>
          </Box>
        ),
        noMatch: <Box textAlign="center">No table matches the filter.</Box>,
        fields: ['name', 'classification', 'location', 'partitionKeys'],
      },
      sorting: { defaultState: { sortingColumn: columns[0]! } },
      pagination: { pageSize: 25 },
      selection: { trackBy: 'name' },
    });
  const selected = collectionProps.selectedItems?.[0];
  return (
    <SpaceBetween size="l">
      <AwsErrorAlert error={error} />
      <Table
        {...collectionProps}
        items={items}
        columnDefinitions={columns}
        trackBy="name"
        selectionType="single"
        ariaLabels={{
          selectionGroupLabel: 'Tables',
          itemSelectionLabel: (_, t) => `Select table ${t.name}`,
          allItemsSelectionLabel: () => 'Select all',
        }}
        loading={isLoading}
        loadingText="Loading tables"
        variant="full-page"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={data ? `(${data.length})` : undefined}
            description={`Tables of database ${database}: each describes data in S3.`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={!selected} onClick={() => setDeleting(true)}>
                  Delete
                </Button>
                <Button
                  variant="primary"
                  onClick={() => navigate(`${databasePath(database)}/add-table`)}
                >
                  Add table
                </Button>
              </SpaceBetween>
            }
          >
            Tables in {database}
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Filter tables"
            filteringAriaLabel="Filter tables"
            countText={`${filteredItemsCount ?? 0} matches`}
          />
        }
        pagination={<TablePagination {...paginationProps} />}
      />
      {isDeleting && selected && (
        <DeleteTableModal
          database={database}
          table={selected.name}
          onDismiss={() => setDeleting(false)}
        />
      )}
    </SpaceBetween>
  );
}
