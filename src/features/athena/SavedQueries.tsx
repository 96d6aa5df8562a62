import type { NamedQuery } from '@aws-sdk/client-athena';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { useLake } from '../../store';
import { queryTitle } from './sqlText';
import { useSavedQueries } from './useSavedQueries';

/** The workgroup's saved queries: open one in a new tab, or delete it. */
export function SavedQueries({
  workGroup,
  onOpen,
}: {
  workGroup: string;
  onOpen: (query: NamedQuery) => void;
}) {
  const { data, isLoading } = useSavedQueries(workGroup);
  const call = useLake((s) => s.call);
  const remove = (q: NamedQuery) =>
    void call('athena', 'DeleteNamedQuery', { NamedQueryId: q.NamedQueryId }).catch(
      () => undefined,
    );
  return (
    <Table
      items={data ?? []}
      loading={isLoading}
      loadingText="Loading saved queries"
      variant="embedded"
      ariaLabels={{ tableLabel: 'Saved queries' }}
      empty={<Box textAlign="center">No saved queries. Save a query from the editor.</Box>}
      columnDefinitions={[
        { id: 'name', header: 'Name', cell: (q) => q.Name, isRowHeader: true },
        { id: 'description', header: 'Description', cell: (q) => q.Description || '-' },
        { id: 'database', header: 'Database', cell: (q) => q.Database },
        { id: 'query', header: 'Query', cell: (q) => queryTitle(q.QueryString ?? '') },
        {
          id: 'actions',
          header: 'Actions',
          cell: (q) => (
            <SpaceBetween direction="horizontal" size="xxs">
              <Button
                variant="inline-link"
                ariaLabel={`Open saved query ${q.Name ?? ''}`}
                onClick={() => onOpen(q)}
              >
                Open
              </Button>
              <Button
                variant="inline-link"
                ariaLabel={`Delete saved query ${q.Name ?? ''}`}
                onClick={() => remove(q)}
              >
                Delete
              </Button>
            </SpaceBetween>
          ),
        },
      ]}
    />
  );
}
