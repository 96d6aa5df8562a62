import { useMemo, useState } from 'react';
import { useCollection } from '@cloudscape-design/collection-hooks';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import { TablePagination } from '../../ui/TablePagination';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { CreateFolderModal } from './CreateFolderModal';
import { DeleteObjectsModal } from './DeleteObjectsModal';
import { objectColumns } from './objectColumns';
import { PrefixBreadcrumbs } from './PrefixBreadcrumbs';
import { UploadDropZone } from './UploadDropZone';
import { useObjectListing } from './useObjectListing';

type Dialog = 'none' | 'folder' | 'delete';

/** One level of a bucket: folders (common prefixes) and objects; create folder, delete, upload. */
export function ObjectBrowser({ bucket, prefix }: { bucket: string; prefix: string }) {
  const { data, error, isLoading } = useObjectListing(bucket, prefix);
  const [dialog, setDialog] = useState<Dialog>('none');
  const columns = useMemo(() => objectColumns(bucket), [bucket]);
  const { items, collectionProps, filterProps, paginationProps, actions } = useCollection(
    data ?? [],
    {
      filtering: {
        filteringFunction: (row, text) => row.name.toLowerCase().includes(text.toLowerCase()),
        empty: (
          <Box textAlign="center">
            {error ? 'Nothing to list.' : 'No objects. Upload files to add them here.'}
          </Box>
        ),
        noMatch: <Box textAlign="center">No object or folder matches the prefix.</Box>,
      },
      sorting: { defaultState: { sortingColumn: columns[0]! } },
      pagination: { pageSize: 50 },
      selection: { keepSelection: false, trackBy: 'id' },
    },
  );
  const selected = collectionProps.selectedItems ?? [];
  return (
    <SpaceBetween size="l">
      {error && (
        <Alert type="error" header={error.name}>
          {error.message}
        </Alert>
      )}
      <Table
        {...collectionProps}
        items={items}
        columnDefinitions={columns}
        trackBy="id"
        selectionType="multi"
        ariaLabels={{
          selectionGroupLabel: 'Objects',
          itemSelectionLabel: (_, row) => `Select ${row.name}`,
          allItemsSelectionLabel: () => 'Select all objects',
        }}
        loading={isLoading}
        loadingText="Loading objects"
        header={
          <Header
            counter={data ? `(${data.length})` : undefined}
            description={<PrefixBreadcrumbs bucket={bucket} prefix={prefix} />}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selected.length === 0} onClick={() => setDialog('delete')}>
                  Delete
                </Button>
                <Button onClick={() => setDialog('folder')}>Create folder</Button>
              </SpaceBetween>
            }
          >
            Objects
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Find objects by prefix"
            filteringAriaLabel="Find objects by prefix"
          />
        }
        pagination={<TablePagination {...paginationProps} />}
      />
      <UploadDropZone bucket={bucket} prefix={prefix} />
      {dialog === 'folder' && (
        <CreateFolderModal bucket={bucket} prefix={prefix} onDismiss={() => setDialog('none')} />
      )}
      {dialog === 'delete' && (
        <DeleteObjectsModal
          bucket={bucket}
          rows={selected}
          onDismiss={(isDone) => {
            setDialog('none');
            if (isDone) actions.setSelectedItems([]);
          }}
        />
      )}
    </SpaceBetween>
  );
}
