import { useMemo, useState } from 'react';
import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useLake } from '../../store';
import { formatDate } from '../../ui/format';
import { TablePagination } from '../../ui/TablePagination';
import { principalText } from './principals';

const PAGE_SIZE = 20;
const ALL = '';

/** The table named by a decision's resource ARN: "…:table/sales/orders" → "sales.orders". */
const tableOf = (arns: string[] | undefined) =>
  (arns ?? []).map((a) => a.replace(/^.*:table\//, '').replace('/', '.')).join(', ');

/** Data access audit: Lake Formation's GetDataAccess decisions, newest first, by principal. */
export function AuditSection() {
  const engine = useLake((s) => s.engine);
  const version = useLake((s) => s.version);
  const [principal, setPrincipal] = useState(ALL);
  const [page, setPage] = useState(1);
  const decisions = useMemo(
    () =>
      engine
        .eventLog()
        .filter((e) => e.service === 'lakeformation' && e.operation === 'GetDataAccess')
        .reverse(),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the log grows in place; version marks changes
    [engine, version],
  );
  const principals = [...new Set(decisions.map((d) => d.principal))].sort();
  const rows = decisions.filter((d) => principal === ALL || d.principal === principal);
  const options = [
    { value: ALL, label: 'All principals' },
    ...principals.map((p) => ({ value: p, label: principalText(p) })),
  ];
  return (
    <Table
      header={
        <Header
          variant="h1"
          counter={`(${rows.length})`}
          description="Every read Lake Formation decided (an Athena query, a crawler): who read which table, allowed or denied, why, at which simulated time."
        >
          Data access audit
        </Header>
      }
      filter={
        <FormField label="Principal">
          <Select
            selectedOption={options.find((o) => o.value === principal) ?? null}
            options={options}
            onChange={({ detail }) => {
              setPrincipal(detail.selectedOption.value ?? ALL);
              setPage(1);
            }}
          />
        </FormField>
      }
      items={rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
      trackBy="id"
      wrapLines
      empty={<Box>No data access yet. Run a query in Athena on a table under Lake Formation.</Box>}
      pagination={
        <TablePagination
          currentPageIndex={page}
          pagesCount={Math.max(1, Math.ceil(rows.length / PAGE_SIZE))}
          onChange={({ detail }) => setPage(detail.currentPageIndex)}
        />
      }
      columnDefinitions={[
        { id: 'time', header: 'Time (simulated)', cell: (d) => formatDate(d.time) },
        {
          id: 'principal',
          header: 'Principal',
          cell: (d) => principalText(d.principal),
          isRowHeader: true,
        },
        { id: 'table', header: 'Table', cell: (d) => tableOf(d.resources) },
        {
          id: 'outcome',
          header: 'Outcome',
          cell: (d) => (
            <StatusIndicator type={d.outcome === 'allowed' ? 'success' : 'error'}>
              {d.outcome === 'allowed' ? 'Allowed' : 'Denied'}
            </StatusIndicator>
          ),
        },
        { id: 'reason', header: 'Reason', cell: (d) => d.reason ?? '' },
      ]}
    />
  );
}
