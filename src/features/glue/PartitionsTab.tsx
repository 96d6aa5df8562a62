import { useState } from 'react';
import type { Partition, Table as GlueTable } from '@aws-sdk/client-glue';
import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { TablePagination } from '../../ui/TablePagination';
import { formatDate } from './format';
import { usePartitions } from './usePartitions';

const rowId = (p: Partition) => JSON.stringify(p.Values ?? []);

/** The Partitions tab: GetPartitions with the Glue Expression typed in the filter box. */
export function PartitionsTab({ database, table }: { database: string; table: GlueTable }) {
  const [draft, setDraft] = useState('');
  const [expression, setExpression] = useState('');
  const { data, error, isLoading } = usePartitions(database, table.Name ?? '', expression);
  const keys = (table.PartitionKeys ?? []).map((k) => k.Name ?? '');
  const columns: TableProps.ColumnDefinition<Partition>[] = [
    ...keys.map((key, i) => ({
      id: `key-${i}`,
      header: key,
      cell: (p: Partition) => p.Values?.[i] ?? '-',
      isRowHeader: i === 0,
    })),
    { id: 'location', header: 'Location', cell: (p) => p.StorageDescriptor?.Location ?? '-' },
    { id: 'created', header: 'Created', cell: (p) => formatDate(p.CreationTime) },
  ];
  const { items, collectionProps, paginationProps } = useCollection(data ?? [], {
    pagination: { pageSize: 25 },
  });
  const apply = () => setExpression(draft);
  return (
    <Table
      {...collectionProps}
      items={items}
      trackBy={rowId}
      columnDefinitions={columns}
      loading={isLoading}
      loadingText="Loading partitions"
      variant="container"
      ariaLabels={{ tableLabel: 'Partitions' }}
      header={
        <Header
          counter={data ? `(${data.length})` : undefined}
          description="GetPartitions, filtered by a partition expression."
        >
          Partitions
        </Header>
      }
      filter={
        <FormField
          label="Filter partitions"
          description={`A Glue expression on the partition keys (${keys.join(', ') || 'none'}), e.g. ${keys[0] ?? 'year'} = '2025'.`}
          errorText={error && `${error.name}: ${error.message}`}
          stretch
        >
          <SpaceBetween direction="horizontal" size="xs">
            <div style={{ width: 480 }}>
              <Input
                type="search"
                clearAriaLabel="Clear"
                value={draft}
                placeholder="year = '2025' AND month = '01'"
                onChange={({ detail }) => setDraft(detail.value)}
                onKeyDown={({ detail }) => {
                  if (detail.key === 'Enter') apply();
                }}
              />
            </div>
            <Button onClick={apply}>Apply filter</Button>
          </SpaceBetween>
        </FormField>
      }
      empty={
        <Box textAlign="center">
          {keys.length === 0
            ? 'This table has no partition keys.'
            : expression
              ? 'No partition matches the expression.'
              : 'No partitions yet: a crawler or BatchCreatePartition adds them.'}
        </Box>
      }
      pagination={<TablePagination {...paginationProps} />}
    />
  );
}
