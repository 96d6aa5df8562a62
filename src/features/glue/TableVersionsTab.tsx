import type { TableVersion } from '@aws-sdk/client-glue';
import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { AwsErrorAlert } from './AwsErrorAlert';
import { formatDate } from './format';
import { TableVersionsDiff } from './TableVersionsDiff';
import { useTableVersions } from './useTableVersions';

/** The Versions tab: every version (GetTableVersions), newest first, and a diff of two. */
export function TableVersionsTab({ database, table }: { database: string; table: string }) {
  const { data, error, isLoading } = useTableVersions(database, table);
  const versions = data ?? [];
  return (
    <SpaceBetween size="l">
      <AwsErrorAlert error={error} />
      <Table<TableVersion>
        items={versions}
        trackBy={(v) => v.VersionId ?? ''}
        loading={isLoading}
        loadingText="Loading versions"
        variant="container"
        ariaLabels={{ tableLabel: 'Table versions' }}
        header={
          <Header
            counter={`(${versions.length})`}
            description="Each schema change (UpdateTable) archives a new version."
          >
            Versions
          </Header>
        }
        columnDefinitions={[
          { id: 'version', header: 'Version', cell: (v) => v.VersionId, isRowHeader: true },
          { id: 'updated', header: 'Updated', cell: (v) => formatDate(v.Table?.UpdateTime) },
          {
            id: 'columns',
            header: 'Columns',
            cell: (v) => v.Table?.StorageDescriptor?.Columns?.length ?? 0,
          },
          {
            id: 'current',
            header: 'Current',
            cell: (v) => (v === versions[0] ? 'Current version' : '-'),
          },
        ]}
      />
      {versions.length > 0 && (
        <Container header={<Header variant="h2">Compare versions</Header>}>
          {versions.length > 1 ? (
            <TableVersionsDiff key={versions[0]?.VersionId} versions={versions} />
          ) : (
            <Box>This table has one version: edit its schema to create another.</Box>
          )}
        </Container>
      )}
    </SpaceBetween>
  );
}
