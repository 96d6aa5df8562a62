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
  { id: 'path', width: 110, header: 'Column', cell: (c) => c.path, isRowHeader: true },
  { id: 'type', width: 150, header: 'Physical type', cell: (c) => c.type },
  { id: 'codec', width: 100, header: 'Codec', cell: (c) => c.codec },
  { id: 'encodings', width: 170, header: 'Encodings', cell: (c) => c.encodings.join(', ') },
  {
    id: 'size',
    width: 160,
    header: 'Compressed / raw',
    cell: (c) =>
      `${formatBytes(c.compressedSize)} / ${formatBytes(c.uncompressedSize)} (${ratio(c)})`,
  },
  {
    id: 'stats',
    width: 130,
    header: 'Min / max',
    cell: (c) => `${show(c.statistics?.min)} / ${show(c.statistics?.max)}`,
  },
  { id: 'nulls', width: 80, header: 'Nulls', cell: (c) => show(c.statistics?.nullCount) },
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
  const logicalTypes = new Map(layout.schema.map((field) => [field.name, field.logicalType]));
  // The physical type with the logical type it carries: BYTE_ARRAY (STRING), INT32 (DATE).
  const withLogicalType = (chunk: ParquetColumnChunkLayout) => {
    const logical = logicalTypes.get(chunk.path.split('.').pop() ?? chunk.path);
    return logical ? { ...chunk, type: `${chunk.type} (${logical})` } : chunk;
  };
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
            items={group.columns.map(withLogicalType)}
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
