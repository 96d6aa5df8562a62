import { useMemo } from 'react';
import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';
import { downloadResultCsv } from './actions';
import { rowsAsTsv, type GridRow } from './gridColumns';
import type { QueryResult } from './resultsReader';

/** Rows copied at most: beyond this, Download CSV is the way. */
const COPY_ROWS_LIMIT = 10_000;

/** Copy the active cell, its row or the rows; download the result CSV from S3. */
export function ResultActions({
  result,
  activeCell,
  activeRow,
  outputLocation,
}: {
  result: QueryResult | undefined;
  activeCell: string | null;
  activeRow: GridRow | undefined;
  outputLocation: string | undefined;
}) {
  const call = useLake((s) => s.call);
  const hasRows = (result?.rows.length ?? 0) > 0;
  const allRows = useMemo(
    () => (result ? rowsAsTsv(result.columns, result.rows.slice(0, COPY_ROWS_LIMIT)) : ''),
    [result],
  );
  const copy = (label: string, text: string, disabled: boolean) => (
    <CopyToClipboard
      variant="button"
      copyButtonText={label}
      textToCopy={text}
      copySuccessText="Copied"
      copyErrorText="Copy failed"
      disabled={disabled}
    />
  );
  return (
    <SpaceBetween direction="horizontal" size="xs">
      {copy('Copy cell', activeCell ?? '', !hasRows)}
      {copy(
        'Copy row',
        result && activeRow ? rowsAsTsv(result.columns, [activeRow]) : '',
        !activeRow,
      )}
      {copy('Copy rows', allRows, !hasRows)}
      <Button
        iconName="download"
        disabled={!outputLocation?.endsWith('.csv')}
        onClick={() => outputLocation && void downloadResultCsv(call, outputLocation)}
      >
        Download CSV
      </Button>
    </SpaceBetween>
  );
}
