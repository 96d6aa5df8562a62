import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import type { ParquetColumnChunkLayout } from '../../engine/formats/parquet';
import { parquetLayoutInWorker } from '../../workers/filesClient';
import { formatBytes } from './format';
import { useFileAnalysis } from './useFileAnalysis';
import { useObjectBytes } from './useObjectBytes';

const show = (v: unknown) =>
  v === undefined || v === null ? '-' : typeof v === 'object' ? JSON.stringify(v) : String(v);
const ratio = (c: ParquetColumnChunkLayout) =>
  c.compressedSize > 0 ? `${(c.uncompressedSize / c.compressedSize).toFixed(2)}×` : '-';

const columns: TableProps.ColumnDefinition<ParquetColumnChunkLayout>[] = [
  { id: 'path', header: 'Column', cell: (c) => c.path, isRowHeader: true },
  { id: 'type', header: 'Type', cell: (c) => c.type },
  { id: 'codec', header: 'Codec', cell: (c) => c.codec },
  { id: 'encodings', header: 'Encodings', cell: (c) => c.encodings.join(', ') },
  { id: 'compressed', header: 'Compressed', cell: (c) => formatBytes(c.compressedSize) },
  { id: 'uncompressed', header: 'Uncompressed', cell: (c) => formatBytes(c.uncompressedSize) },
  { id: 'ratio', header: 'Ratio', cell: ratio },
  { id: 'min', header: 'Min', cell: (c) => show(c.statistics?.min) },
  { id: 'max', header: 'Max', cell: (c) => show(c.statistics?.max) },
  { id: 'nulls', header: 'Nulls', cell: (c) => show(c.statistics?.nullCount) },
];

/** Parquet layout: the footer's row groups and, in each, its column chunks. */
export function ParquetLayout({
  bucket,
  objectKey,
  etag,
}: {
  bucket: string;
  objectKey: string;
  etag: string;
}) {
  const bytes = useObjectBytes(bucket, objectKey, etag);
  const analysis = useFileAnalysis(bytes.data, parquetLayoutInWorker);
  if (bytes.error)
    return (
      <Alert type="error" header={bytes.error.name}>
        {bytes.error.message}
      </Alert>
    );
  if (analysis.status === 'loading') return <Spinner size="large" />;
  if (analysis.status === 'error')
    return (
      <Alert type="error" header="The Parquet footer cannot be read">
        {analysis.message}
      </Alert>
    );
  const layout = analysis.result;
  return (
    <SpaceBetween size="m">
      <Box>
        {layout.numRows} rows in {layout.rowGroups.length} row group(s)
        {layout.createdBy ? ` · written by ${layout.createdBy}` : ''}
      </Box>
      {layout.rowGroups.map((group, i) => (
        <ExpandableSection
          key={i}
          defaultExpanded={i === 0}
          variant="container"
          headerText={`Row group ${i + 1}`}
          headerDescription={`${group.numRows} rows, ${formatBytes(group.totalByteSize)} uncompressed`}
        >
          <Table
            variant="embedded"
            items={group.columns}
            columnDefinitions={columns}
            trackBy="path"
            wrapLines
            ariaLabels={{ tableLabel: `Column chunks of row group ${i + 1}` }}
          />
        </ExpandableSection>
      ))}
    </SpaceBetween>
  );
}
