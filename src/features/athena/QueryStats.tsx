import type { QueryExecution } from '@aws-sdk/client-athena';
import Box from '@cloudscape-design/components/box';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Popover from '@cloudscape-design/components/popover';
import type { ExecutionDetails } from '../../engine/athena/state';
import { formatBytes, formatUsd } from '../../ui/format';
import { isBilledAtMinimum, queryCostUsd } from './cost';
import { formatRunTime } from './queryStatus';

function CostValue({ scanned }: { scanned: number }) {
  const cost = formatUsd(queryCostUsd(scanned));
  return (
    <Popover
      header="How Athena bills a query"
      triggerType="text"
      dismissAriaLabel="Close"
      content={
        <Box variant="p">
          $5 per TB of data scanned, rounded up to the nearest megabyte, with a 10 MB minimum per
          query.
          {isBilledAtMinimum(scanned) && ' This query scanned less, so it is billed as 10 MB.'} DDL
          statements and failed queries are free.
        </Box>
      }
    >
      {isBilledAtMinimum(scanned) ? `${cost} (10 MB minimum)` : cost}
    </Popover>
  );
}

/** Run time, data scanned, cost, and what the lab knows about partitions and files. */
export function QueryStats({
  execution,
  details,
}: {
  execution: QueryExecution;
  details: ExecutionDetails | undefined;
}) {
  const scanned = execution.Statistics?.DataScannedInBytes ?? 0;
  const state = execution.Status?.State;
  // DDL statements and failed queries are not billed (athena/pricing).
  const isBilled = execution.StatementType === 'DML' && state !== 'FAILED';
  const freeReason = state === 'FAILED' ? 'Free (failed query)' : 'Free (DDL)';
  const items = [
    {
      label: 'Run time',
      value: formatRunTime(execution.Statistics?.EngineExecutionTimeInMillis ?? 0),
    },
    { label: 'Data scanned', value: formatBytes(scanned) },
    { label: 'Cost', value: isBilled ? <CostValue scanned={scanned} /> : freeReason },
  ];
  if (details)
    items.push(
      {
        label: 'Partitions',
        value: `${details.partitionsRead} read, ${details.partitionsPruned} pruned`,
      },
      { label: 'Files read', value: String(details.filesRead) },
    );
  return <KeyValuePairs columns={5} items={items} />;
}
