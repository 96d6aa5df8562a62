import type { QueryExecution } from '@aws-sdk/client-athena';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { formatBytes, formatDate } from '../../ui/format';
import { formatRunTime, STATE_LABELS } from './queryStatus';
import { queryTitle } from './sqlText';
import { useRecentQueries } from './useRecentQueries';

interface RecentQueriesProps {
  workGroup: string;
  onOpen: (sql: string) => void;
  onRerun: (sql: string) => void;
}

function columns({ onOpen, onRerun }: Omit<RecentQueriesProps, 'workGroup'>) {
  const defs: TableProps.ColumnDefinition<QueryExecution>[] = [
    {
      id: 'query',
      header: 'Query',
      cell: (e) => queryTitle(e.Query ?? '', 40),
      isRowHeader: true,
      width: 280,
    },
    {
      id: 'state',
      width: 130,
      header: 'State',
      cell: (e) => {
        const s = STATE_LABELS[e.Status?.State ?? ''];
        return s ? <StatusIndicator type={s.type}>{s.label}</StatusIndicator> : '-';
      },
    },
    {
      id: 'runTime',
      header: 'Run time',
      cell: (e) => formatRunTime(e.Statistics?.EngineExecutionTimeInMillis ?? 0),
    },
    {
      id: 'scanned',
      header: 'Data scanned',
      cell: (e) => formatBytes(e.Statistics?.DataScannedInBytes ?? 0),
    },
    { id: 'submitted', header: 'Submitted', cell: (e) => formatDate(e.Status?.SubmissionDateTime) },
    {
      id: 'actions',
      header: 'Actions',
      cell: (e) => (
        <SpaceBetween direction="horizontal" size="xxs">
          <Button
            variant="inline-link"
            ariaLabel={`Rerun ${queryTitle(e.Query ?? '', 40)}`}
            onClick={() => onRerun(e.Query ?? '')}
          >
            Rerun
          </Button>
          <Button
            variant="inline-link"
            ariaLabel={`Open ${queryTitle(e.Query ?? '', 40)} in a new tab`}
            onClick={() => onOpen(e.Query ?? '')}
          >
            Open in new tab
          </Button>
        </SpaceBetween>
      ),
    },
  ];
  return defs;
}

/** The workgroup's recent executions: state, run time, data scanned; rerun or open one. */
export function RecentQueries({ workGroup, onOpen, onRerun }: RecentQueriesProps) {
  const { data, isLoading } = useRecentQueries(workGroup);
  return (
    <Table
      items={data ?? []}
      columnDefinitions={columns({ onOpen, onRerun })}
      loading={isLoading}
      loadingText="Loading recent queries"
      variant="embedded"
      ariaLabels={{ tableLabel: 'Recent queries' }}
      empty={<Box textAlign="center">No queries ran in this workgroup yet.</Box>}
      wrapLines={false}
    />
  );
}
