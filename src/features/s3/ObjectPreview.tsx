import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import type { ObjectPreview as Preview } from '../../engine/formats/preview.types';
import { previewInWorker } from '../../workers/filesClient';
import { formatLabel } from './format';
import { ObjectPreviewTable } from './ObjectPreviewTable';
import { useFileAnalysis } from './useFileAnalysis';
import { useObjectBytes } from './useObjectBytes';

const PREVIEW_ROWS = 1000;

/** Preview: the detected format and compression, then the first rows; a malformed file says what is wrong. */
export function ObjectPreview({
  bucket,
  objectKey,
  etag,
}: {
  bucket: string;
  objectKey: string;
  etag: string;
}) {
  const bytes = useObjectBytes(bucket, objectKey, etag);
  const analysis = useFileAnalysis(bytes.data, analyseFor(objectKey));
  if (bytes.error)
    return (
      <Alert type="error" header={`Cannot read the object: ${bytes.error.name}`}>
        {bytes.error.message}
      </Alert>
    );
  if (analysis.status === 'loading') return <Spinner size="large" />;
  if (analysis.status === 'error')
    return (
      <Alert type="error" header="This object cannot be previewed">
        {analysis.message}
      </Alert>
    );
  const preview = analysis.result;
  return (
    <SpaceBetween size="s">
      <Box>
        Format: <b>{formatLabel(preview.format)}</b> · Compression: <b>{preview.compression}</b> ·{' '}
        {preview.rows.length} row(s) shown
        {preview.truncated ? ` of ${preview.totalRowsKnown ?? 'more'}` : ''}
      </Box>
      {preview.warnings.map((w) => (
        <Alert key={w} type="warning">
          {w}
        </Alert>
      ))}
      {preview.columns.length > 0 ? (
        <ObjectPreviewTable columns={preview.columns} rows={preview.rows} />
      ) : (
        <Box>No columns to show.</Box>
      )}
    </SpaceBetween>
  );
}

const analysers = new Map<string, (bytes: Uint8Array) => Promise<Preview>>();

/** One stable analyser per key, so the analysis runs once per read of the bytes. */
function analyseFor(key: string) {
  let analyse = analysers.get(key);
  if (!analyse) {
    analyse = (bytes) => previewInWorker(key, bytes, { maxRows: PREVIEW_ROWS });
    analysers.set(key, analyse);
  }
  return analyse;
}
