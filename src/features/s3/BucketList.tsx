import { useState } from 'react';
import { useCollection } from '@cloudscape-design/collection-hooks';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import { TablePagination } from '../../ui/TablePagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { href, navigate } from '../../store/router';
import { bucketHref } from './bucketPaths';
import { DeleteBucketModal } from './DeleteBucketModal';
import { formatBytes, formatDate } from './format';
import { useBuckets, type BucketRow } from './useBuckets';

const columns: TableProps.ColumnDefinition<BucketRow>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: (b) => <Link href={bucketHref(b.name)}>{b.name}</Link>,
    sortingField: 'name',
    isRowHeader: true,
  },
  { id: 'region', header: 'AWS Region', cell: (b) => b.region, sortingField: 'region' },
  { id: 'objects', header: 'Objects', cell: (b) => b.objectCount, sortingField: 'objectCount' },
  { id: 'size', header: 'Total size', cell: (b) => formatBytes(b.bytes), sortingField: 'bytes' },
  {
    id: 'created',
    header: 'Creation date',
    cell: (b) => formatDate(b.creationDate),
    sortingField: 'creationDate',
  },
];

function EmptyBuckets() {
  return (
    <Box textAlign="center" color="inherit">
      <SpaceBetween size="s">
        <b>No buckets</b>
        <Box color="inherit">
          A bucket holds the objects of your data lake: raw files, curated tables, query results.
        </Box>
        <Button href={href('/s3/create')}>Create bucket</Button>
      </SpaceBetween>
    </Box>
  );
}

/** General purpose buckets: filter, sort, page; create and delete. */
export function BucketList() {
  const { data, error, isLoading } = useBuckets();
  const [isDeleting, setDeleting] = useState(false);
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } =
    useCollection(data ?? [], {
      filtering: {
        empty: <EmptyBuckets />,
        noMatch: <Box textAlign="center">No bucket matches the filter.</Box>,
      },
      sorting: { defaultState: { sortingColumn: columns[0]! } },
      pagination: { pageSize: 20 },
      selection: { trackBy: 'name' },
    });
  const selected = collectionProps.selectedItems?.[0];
  return (
    <>
      {error && (
        <Alert type="error" header={error.name}>
          {error.message}
        </Alert>
      )}
      <Table
        {...collectionProps}
        items={items}
        columnDefinitions={columns}
        trackBy="name"
        selectionType="single"
        ariaLabels={{
          selectionGroupLabel: 'Buckets',
          itemSelectionLabel: (_, b) => `Select bucket ${b.name}`,
          allItemsSelectionLabel: () => 'Select all',
        }}
        loading={isLoading}
        loadingText="Loading buckets"
        variant="full-page"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={data ? `(${data.length})` : undefined}
            description="Buckets are containers for data stored in S3."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={!selected} onClick={() => setDeleting(true)}>
                  Delete
                </Button>
                <Button variant="primary" onClick={() => navigate('/s3/create')}>
                  Create bucket
                </Button>
              </SpaceBetween>
            }
          >
            General purpose buckets
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Find buckets by name"
            filteringAriaLabel="Find buckets by name"
            countText={`${filteredItemsCount ?? 0} matches`}
          />
        }
        pagination={<TablePagination {...paginationProps} />}
      />
      {isDeleting && selected && (
        <DeleteBucketModal bucket={selected.name} onDismiss={() => setDeleting(false)} />
      )}
    </>
  );
}
