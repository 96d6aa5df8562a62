import Icon from '@cloudscape-design/components/icon';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TableProps } from '@cloudscape-design/components/table';
import { bucketHref, objectHref } from './bucketPaths';
import { formatBytes, formatDate, typeLabelFor } from './format';
import { storageClassLabel } from './storageClassOptions';
import type { BrowserRow } from './useObjectListing';

/** Folders sort before objects whichever way a column sorts, as in the console. */
const foldersFirst =
  (compare: (a: BrowserRow, b: BrowserRow) => number) => (a: BrowserRow, b: BrowserRow) =>
    a.isFolder !== b.isFolder ? (a.isFolder ? -1 : 1) : compare(a, b);

function NameCell({ row, bucket }: { row: BrowserRow; bucket: string }) {
  return (
    <SpaceBetween direction="horizontal" size="xxs" alignItems="center">
      <Icon name={row.isFolder ? 'folder' : 'file'} />
      <Link href={row.isFolder ? bucketHref(bucket, row.id) : objectHref(bucket, row.id)}>
        {row.name}
      </Link>
    </SpaceBetween>
  );
}

export function objectColumns(bucket: string): TableProps.ColumnDefinition<BrowserRow>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      cell: (row) => <NameCell row={row} bucket={bucket} />,
      sortingComparator: foldersFirst((a, b) => a.name.localeCompare(b.name)),
      isRowHeader: true,
    },
    {
      id: 'type',
      header: 'Type',
      cell: (row) => (row.isFolder ? 'Folder' : typeLabelFor(row.id)),
      sortingComparator: foldersFirst((a, b) =>
        typeLabelFor(a.id).localeCompare(typeLabelFor(b.id)),
      ),
    },
    {
      id: 'modified',
      header: 'Last modified',
      cell: (row) => (row.isFolder ? '-' : formatDate(row.lastModified)),
      sortingComparator: foldersFirst((a, b) => a.lastModified - b.lastModified),
    },
    {
      id: 'size',
      header: 'Size',
      cell: (row) => (row.isFolder ? '-' : formatBytes(row.size)),
      sortingComparator: foldersFirst((a, b) => a.size - b.size),
    },
    {
      id: 'class',
      header: 'Storage class',
      cell: (row) => (row.isFolder ? '-' : storageClassLabel(row.storageClass)),
      sortingComparator: foldersFirst((a, b) => a.storageClass.localeCompare(b.storageClass)),
    },
  ];
}
