import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { principalName } from './principalName';
import { QueryFailure } from './QueryFailure';
import { QueryStats } from './QueryStats';
import { STATE_LABELS } from './queryStatus';
import { ResultActions } from './ResultActions';
import { ResultsGrid } from './ResultsGrid';
import type { ErrorPosition } from './sqlText';
import type { GridRow } from './gridColumns';
import type { ExecutionView } from './useExecution';
import { useQueryResults } from './useQueryResults';

/** The active tab's last run: state, failure, statistics and the rows. */
export function ResultsPanel({
  view,
  onGoTo,
}: {
  view: ExecutionView;
  onGoTo: (position: ErrorPosition) => void;
}) {
  const { execution, details, rowCount, runAs } = view;
  const results = useQueryResults(execution, rowCount);
  const [activeCell, setActiveCell] = useState<{ value: string | null; row: GridRow }>();
  if (view.error)
    return (
      <Alert type="error" header={view.error.name}>
        {view.error.message}
      </Alert>
    );
  if (!execution)
    return <Box color="text-status-inactive">Run a query to see its results here.</Box>;
  const state = execution.Status?.State ?? 'QUEUED';
  const status = STATE_LABELS[state] ?? { label: state, type: 'info' as const };
  const result = results.result;
  return (
    <SpaceBetween size="m">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
        <div role="status" aria-live="polite">
          <StatusIndicator type={status.type}>{status.label}</StatusIndicator>
        </div>
        <Box color="text-body-secondary">Ran as {principalName(runAs)}</Box>
        {result && (
          <Box color="text-body-secondary">{result.rows.length.toLocaleString('en-US')} rows</Box>
        )}
        {state === 'SUCCEEDED' && (
          <div style={{ marginLeft: 'auto' }}>
            <ResultActions
              result={result}
              activeCell={activeCell?.value ?? null}
              activeRow={activeCell?.row}
              outputLocation={execution.ResultConfiguration?.OutputLocation}
            />
          </div>
        )}
      </div>
      {state === 'FAILED' && (
        <QueryFailure
          reason={execution.Status?.StateChangeReason ?? 'Query failed'}
          onGoTo={onGoTo}
        />
      )}
      {state === 'CANCELLED' && execution.Status?.StateChangeReason && (
        <Alert type="warning" header="Query cancelled">
          {execution.Status.StateChangeReason}
        </Alert>
      )}
      <QueryStats execution={execution} details={details} />
      {results.error && (
        <Alert type="error" header={results.error.name}>
          {results.error.message}
        </Alert>
      )}
      {results.isLoading && (
        <ProgressBar
          label="Reading results"
          value={Math.round((results.progress ?? 0) * 100)}
          description="Big results are read from the CSV object in S3."
        />
      )}
      {result && result.updateCount !== undefined && (
        <Box>{result.updateCount.toLocaleString('en-US')} rows written.</Box>
      )}
      {result && result.columns.length > 0 && result.rows.length === 0 && (
        <Box color="text-body-secondary">No rows matched.</Box>
      )}
      {result && result.columns.length > 0 && result.rows.length > 0 && (
        <ResultsGrid
          columns={result.columns}
          rows={result.rows}
          onActiveCellChange={(value, row) => setActiveCell({ value, row })}
        />
      )}
    </SpaceBetween>
  );
}
