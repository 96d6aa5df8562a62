import Button from '@cloudscape-design/components/button';
import ButtonDropdown from '@cloudscape-design/components/button-dropdown';
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
  const notify = useLake((s) => s.notify);
  const hasRows = (result?.rows.length ?? 0) > 0;
  const textFor = (id: string): string => {
    if (!result) return '';
    if (id === 'cell') return activeCell ?? '';
    if (id === 'row') return activeRow ? rowsAsTsv(result.columns, [activeRow]) : '';
    return rowsAsTsv(result.columns, result.rows.slice(0, COPY_ROWS_LIMIT));
  };
  const copy = (id: string) =>
    void navigator.clipboard.writeText(textFor(id)).then(
      () => notify({ type: 'success', header: 'Copied to the clipboard' }),
      () => notify({ type: 'error', header: 'The browser refused to copy' }),
    );
  return (
    <SpaceBetween direction="horizontal" size="xs">
      <ButtonDropdown
        disabled={!hasRows}
        onItemClick={(e) => copy(e.detail.id)}
        items={[
          { id: 'cell', text: 'Copy cell', disabled: !activeRow },
          { id: 'row', text: 'Copy row', disabled: !activeRow },
          { id: 'rows', text: `Copy rows (first ${COPY_ROWS_LIMIT.toLocaleString('en-US')})` },
        ]}
      >
        Copy
      </ButtonDropdown>
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
