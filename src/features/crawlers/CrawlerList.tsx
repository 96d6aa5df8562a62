import { useCollection } from '@cloudscape-design/collection-hooks';
import type { Crawler } from '@aws-sdk/client-glue';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { href, navigate } from '../../store/router';
import { TablePagination } from '../../ui/TablePagination';
import { CrawlerActions } from './CrawlerActions';
import { CrawlerStatus } from './CrawlerStatus';
import { CrawlTip } from './CrawlTip';
import { formatTime } from './format';
import { listCrawlers } from './glueCalls';
import { useGlueQuery } from './useGlueQuery';
import { useCrawlerMetrics } from './useCrawlerMetrics';

type Row = Crawler & { tablesCreated?: number; tablesUpdated?: number };

const columns: TableProps.ColumnDefinition<Row>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: (c) => <Link href={href(`/glue/crawlers/${c.Name ?? ''}`)}>{c.Name}</Link>,
    sortingField: 'Name',
    isRowHeader: true,
  },
  { id: 'state', header: 'State', cell: (c) => <CrawlerStatus state={c.State} /> },
  {
    id: 'schedule',
    header: 'Schedule',
    cell: (c) => c.Schedule?.ScheduleExpression ?? 'On demand',
  },
  {
    id: 'last',
    header: 'Last run',
    cell: (c) => (
      <SpaceBetween size="xxxs">
        <CrawlerStatus state={c.LastCrawl?.Status} />
        {c.LastCrawl && <Box variant="small">{formatTime(c.LastCrawl.StartTime)}</Box>}
      </SpaceBetween>
    ),
  },
  { id: 'created', header: 'Tables created', cell: (c) => c.tablesCreated ?? 0 },
  { id: 'updated', header: 'Tables updated', cell: (c) => c.tablesUpdated ?? 0 },
];

function EmptyCrawlers() {
  return (
    <Box textAlign="center" color="inherit">
      <SpaceBetween size="s">
        <b>No crawlers</b>
        <Box color="inherit">
          A crawler reads files in S3, infers their schema and writes tables to the Data Catalog.
        </Box>
        <Button href={href('/glue/crawlers/create')}>Create crawler</Button>
      </SpaceBetween>
    </Box>
  );
}

/** Crawlers: state and last run of each; run, stop, delete, create. */
export function CrawlerList() {
  const { data, error, isLoading } = useGlueQuery('crawlers', listCrawlers);
  const metrics = useCrawlerMetrics();
  const rows: Row[] = (data ?? []).map((c) => ({
    ...c,
    tablesCreated: metrics[c.Name ?? '']?.TablesCreated,
    tablesUpdated: metrics[c.Name ?? '']?.TablesUpdated,
  }));
  const { items, collectionProps, filterProps, paginationProps, filteredItemsCount } =
    useCollection(rows, {
      filtering: { empty: <EmptyCrawlers />, noMatch: <Box textAlign="center">No match.</Box> },
      sorting: { defaultState: { sortingColumn: columns[0]! } },
      pagination: { pageSize: 20 },
      selection: { trackBy: 'Name', keepSelection: true },
    });
  const selected = collectionProps.selectedItems?.[0];
  return (
    <SpaceBetween size="m">
      {error && (
        <Alert type="error" header={error.name}>
          {error.message}
        </Alert>
      )}
      <CrawlTip />
      <Table
        {...collectionProps}
        items={items}
        columnDefinitions={columns}
        trackBy="Name"
        selectionType="single"
        ariaLabels={{
          selectionGroupLabel: 'Crawlers',
          itemSelectionLabel: (_, c) => `Select crawler ${c.Name ?? ''}`,
          allItemsSelectionLabel: () => 'Select all',
        }}
        loading={isLoading}
        loadingText="Loading crawlers"
        variant="full-page"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={data ? `(${data.length})` : undefined}
            description="Crawlers infer the schema of your S3 data and keep Data Catalog tables up to date."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <CrawlerActions
                  name={selected?.Name}
                  state={rows.find((r) => r.Name === selected?.Name)?.State}
                />
                <Button onClick={() => navigate('/glue/crawlers/create')}>Create crawler</Button>
              </SpaceBetween>
            }
          >
            Crawlers
          </Header>
        }
        filter={
          <TextFilter
            {...filterProps}
            filteringPlaceholder="Find crawlers by name"
            filteringAriaLabel="Find crawlers by name"
            countText={`${filteredItemsCount ?? 0} matches`}
          />
        }
        pagination={<TablePagination {...paginationProps} />}
      />
    </SpaceBetween>
  );
}
