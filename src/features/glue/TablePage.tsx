import { useState, type ReactNode } from 'react';
import type { Table } from '@aws-sdk/client-glue';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { navigate } from '../../store/router';
import { AwsErrorAlert } from './AwsErrorAlert';
import { DeleteTableModal } from './DeleteTableModal';
import { formatDate } from './format';
import { PartitionsTab } from './PartitionsTab';
import { databasePath, tableHref, tablePath } from './paths';
import { TablePropertiesTab } from './TablePropertiesTab';
import { TableSchema } from './TableSchema';
import { TableVersionsTab } from './TableVersionsTab';
import { useTable } from './useTable';

export type TableTab = 'schema' | 'partitions' | 'properties' | 'versions';

function TableOverview({ table }: { table: Table }) {
  return (
    <Container header={<Header variant="h2">Table overview</Header>}>
      <KeyValuePairs
        columns={4}
        items={[
          { label: 'Database', value: table.DatabaseName ?? '-' },
          { label: 'Classification', value: table.Parameters?.classification ?? '-' },
          { label: 'Location', value: table.StorageDescriptor?.Location ?? '-' },
          { label: 'Last updated', value: formatDate(table.UpdateTime) },
          { label: 'Description', value: table.Description || '-' },
          { label: 'Version', value: table.VersionId ?? '0' },
        ]}
      />
    </Container>
  );
}

/** One table: overview, then Schema, Partitions, Properties and Versions tabs. */
export function TablePage({
  database,
  table,
  tab,
}: {
  database: string;
  table: string;
  tab: TableTab;
}) {
  const { data, error, isLoading } = useTable(database, table);
  const [isDeleting, setDeleting] = useState(false);
  if (error) return <AwsErrorAlert error={error} />;
  if (isLoading || !data) return <Spinner size="large" />;
  const tabContent = (id: TableTab, label: string, content: ReactNode) => ({
    id,
    label,
    href: tableHref(database, table, id),
    content,
  });
  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        description={data.Description}
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button onClick={() => setDeleting(true)}>Delete</Button>
            <Button onClick={() => navigate(`${tablePath(database, table)}/edit-schema`)}>
              Edit schema
            </Button>
          </SpaceBetween>
        }
      >
        {data.Name}
      </Header>
      <TableOverview table={data} />
      <Tabs
        activeTabId={tab}
        ariaLabel="Table details"
        onChange={({ detail }) => {
          navigate(tablePath(database, table), { tab: detail.activeTabId });
        }}
        tabs={[
          tabContent('schema', 'Schema', <TableSchema database={database} table={data} />),
          tabContent(
            'partitions',
            'Partitions',
            <PartitionsTab database={database} table={data} />,
          ),
          tabContent('properties', 'Properties', <TablePropertiesTab table={data} />),
          tabContent(
            'versions',
            'Versions',
            <TableVersionsTab database={database} table={table} />,
          ),
        ]}
      />
      {isDeleting && (
        <DeleteTableModal
          database={database}
          table={table}
          onDismiss={() => {
            setDeleting(false);
            navigate(databasePath(database));
          }}
        />
      )}
    </SpaceBetween>
  );
}
