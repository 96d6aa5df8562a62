import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import type { StoredCrawl } from '../../engine/glue';
import { useLake } from '../../store';
import { CrawlerStatus } from './CrawlerStatus';
import { formatDuration, formatTime, formatUsd } from './format';

// Crawlers bill $0.44 per DPU-hour (AWS Glue pricing), the rate the engine charges.
const DPU_HOUR_USD = 0.44;

const columns = (now: number): TableProps.ColumnDefinition<StoredCrawl>[] => [
  { id: 'start', header: 'Start time', cell: (r) => formatTime(r.StartTime), isRowHeader: true },
  { id: 'end', header: 'End time', cell: (r) => formatTime(r.EndTime) },
  {
    id: 'duration',
    header: 'Duration',
    cell: (r) => formatDuration((r.EndTime ?? now) - r.StartTime),
  },
  { id: 'status', header: 'Status', cell: (r) => <CrawlerStatus state={r.State} /> },
  { id: 'created', header: 'Tables created', cell: (r) => r.TablesCreated },
  { id: 'updated', header: 'Tables updated', cell: (r) => r.TablesUpdated },
  { id: 'deleted', header: 'Tables deleted', cell: (r) => r.TablesDeleted },
  { id: 'partitions', header: 'Partitions added', cell: (r) => r.PartitionsAdded },
  {
    id: 'dpu',
    header: 'DPU hours (cost)',
    cell: (r) =>
      r.EndTime === undefined
        ? '-'
        : `${r.DPUHour.toFixed(3)} (${formatUsd(r.DPUHour * DPU_HOUR_USD)})`,
  },
];

interface Props {
  runs: StoredCrawl[];
  selectedId: string | undefined;
  onSelect(id: string): void;
}

/** Crawler runs (ListCrawls), newest first; choosing one shows its log and tables below. */
export function CrawlRuns({ runs, selectedId, onSelect }: Props) {
  const now = useLake((s) => s.engine.clock.now().getTime());
  return (
    <Table
      items={runs}
      columnDefinitions={columns(now)}
      trackBy="CrawlId"
      selectionType="single"
      selectedItems={runs.filter((r) => r.CrawlId === selectedId)}
      onSelectionChange={({ detail }) => onSelect(detail.selectedItems[0]?.CrawlId ?? '')}
      ariaLabels={{
        selectionGroupLabel: 'Crawler runs',
        itemSelectionLabel: (_, r) => `Select run started ${formatTime(r.StartTime)}`,
        allItemsSelectionLabel: () => 'Select all',
      }}
      header={
        <Header
          variant="h2"
          counter={`(${runs.length})`}
          description="Choose a run to see its log and why each table has its schema."
        >
          Crawler runs
        </Header>
      }
      empty={<Box textAlign="center">No runs yet: choose Run crawler.</Box>}
    />
  );
}
