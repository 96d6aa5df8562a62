import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import StatusIndicator, {
  type StatusIndicatorProps,
} from '@cloudscape-design/components/status-indicator';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { useCollection } from '@cloudscape-design/collection-hooks';
import { useMemo, useState } from 'react';
import { useLakeStore } from '../../store';
import { TablePagination } from '../../ui/TablePagination';
import { resourceName } from '../../store/history/historyLabels';
import { matchesFilter, NO_FILTER, TimelineFilters, type TimelineFilter } from './TimelineFilters';
import type { TimelineRow } from './timelineRows';

const OUTCOME_STATUS: Record<TimelineRow['outcome'], StatusIndicatorProps.Type> = {
  allowed: 'success',
  denied: 'error',
  error: 'warning',
};

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** "6 Jan 2025 09:00:00": the simulated time in UTC, compact enough for a table cell. */
const formatTime = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 19)}`;
};
const shortPrincipal = (arn: string) => (arn ? resourceName(arn) : 'LakeLab clock');

function RestoreCell({ row }: { row: TimelineRow }) {
  const store = useLakeStore();
  if (row.status === 'current') return <StatusIndicator type="info">Current state</StatusIndicator>;
  if (row.frameIndex === undefined || row.status === 'read' || row.status === 'failed')
    return <Box color="text-body-secondary">{row.note}</Box>;
  const label = `Restore to here: ${row.action} at ${formatTime(row.time)}`;
  return (
    <Button
      variant="inline-link"
      ariaLabel={label}
      onClick={() => void store.getState().goToHistoryFrame(row.frameIndex!)}
    >
      {row.status === 'undone' ? 'Redo to here' : 'Restore to here'}
    </Button>
  );
}

const COLUMNS: TableProps.ColumnDefinition<TimelineRow>[] = [
  { id: 'time', header: 'Simulated time (UTC)', cell: (r) => formatTime(r.time), minWidth: 130 },
  { id: 'principal', header: 'Principal', cell: (r) => shortPrincipal(r.principal), minWidth: 100 },
  {
    id: 'action',
    header: 'Service:operation',
    minWidth: 170,
    cell: (r) => (r.action === 'lab:Clock' ? r.note : r.action),
  },
  {
    id: 'outcome',
    header: 'Outcome',
    cell: (r) => <StatusIndicator type={OUTCOME_STATUS[r.outcome]}>{r.outcome}</StatusIndicator>,
    minWidth: 125,
  },
  {
    id: 'resources',
    header: 'Resources',
    cell: (r) =>
      r.resources
        .filter((x) => x !== '*')
        .map(resourceName)
        .join(', ') || '—',
  },
  { id: 'restore', header: 'Restore', cell: (r) => <RestoreCell row={r} />, minWidth: 150 },
];

/** The lab's events, newest first, with filters and "Restore to here". */
export function TimelineTable({ rows }: { rows: TimelineRow[] }) {
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  const visible = useMemo(
    () => rows.filter((r) => matchesFilter(r, filter)).reverse(),
    [rows, filter],
  );
  const { items, paginationProps } = useCollection(visible, { pagination: { pageSize: 25 } });
  return (
    <Table
      variant="container"
      ariaLabels={{ tableLabel: 'Lab timeline' }}
      header={
        <Header
          variant="h2"
          counter={`(${visible.length})`}
          description="Every call made in this lab, newest first. Restore to any step the history still keeps."
        >
          Events
        </Header>
      }
      filter={<TimelineFilters rows={rows} filter={filter} onChange={setFilter} />}
      columnDefinitions={COLUMNS}
      items={items}
      trackBy="key"
      pagination={<TablePagination {...paginationProps} />}
      wrapLines
      stickyColumns={{ last: 1 }}
      empty={
        <Box textAlign="center" color="inherit">
          <b>No events</b>
          <Box color="inherit">Calls you make anywhere in the console appear here.</Box>
        </Box>
      }
    />
  );
}
