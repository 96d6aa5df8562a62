import { useState } from 'react';
import type { PrincipalResourcePermissions } from '@aws-sdk/client-lakeformation';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { TablePagination } from '../../ui/TablePagination';
import { ErrorAlert } from './ErrorAlert';
import { GrantModal } from './GrantModal';
import { principalText } from './principals';
import { resourceText } from './resourceText';
import { RevokeModal } from './RevokeModal';
import { usePermissionList } from './usePermissionList';

const PAGE_SIZE = 25;

interface Row {
  id: string;
  principal: string;
  resource: string;
  permissions: string;
  grantable: string;
  entry: PrincipalResourcePermissions;
}

function rowsOf(entries: PrincipalResourcePermissions[]): Row[] {
  return entries.map((e, i) => ({
    id: String(i),
    principal: principalText(e.Principal?.DataLakePrincipalIdentifier ?? ''),
    resource: e.Resource ? resourceText(e.Resource) : '',
    permissions: (e.Permissions ?? []).join(', '),
    grantable: (e.PermissionsWithGrantOption ?? []).join(', ') || '—',
    entry: e,
  }));
}

/** Data permissions: ListPermissions as a table; grant and revoke. */
export function PermissionsSection() {
  const { entries, error, isLoading } = usePermissionList();
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Row>();
  const [dialog, setDialog] = useState<'grant' | 'revoke'>();
  const needle = filter.toLowerCase();
  const rows = rowsOf(entries).filter(
    (r) =>
      !needle || `${r.principal} ${r.resource} ${r.permissions}`.toLowerCase().includes(needle),
  );
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return (
    <SpaceBetween size="m">
      <ErrorAlert error={error} />
      <Table
        header={
          <Header
            variant="h1"
            counter={`(${rows.length})`}
            description="Who holds which Lake Formation permission on which resource (ListPermissions)."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={!selected} onClick={() => setDialog('revoke')}>
                  Revoke
                </Button>
                <Button variant="primary" onClick={() => setDialog('grant')}>
                  Grant
                </Button>
              </SpaceBetween>
            }
          >
            Data permissions
          </Header>
        }
        wrapLines
        loading={isLoading}
        loadingText="Listing permissions"
        items={shown}
        trackBy="id"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems[0])}
        ariaLabels={{
          selectionGroupLabel: 'Permission selection',
          itemSelectionLabel: (_, r) => `${r.principal} on ${r.resource}`,
        }}
        filter={
          <TextFilter
            filteringText={filter}
            filteringPlaceholder="Find permissions"
            filteringAriaLabel="Find permissions"
            onChange={({ detail }) => {
              setFilter(detail.filteringText);
              setPage(1);
            }}
          />
        }
        pagination={
          <TablePagination
            currentPageIndex={page}
            pagesCount={Math.max(1, Math.ceil(rows.length / PAGE_SIZE))}
            onChange={({ detail }) => setPage(detail.currentPageIndex)}
          />
        }
        empty="No permissions."
        columnDefinitions={[
          { id: 'principal', header: 'Principal', cell: (r) => r.principal, isRowHeader: true },
          { id: 'resource', header: 'Resource', cell: (r) => r.resource },
          { id: 'permissions', header: 'Permissions', cell: (r) => r.permissions },
          { id: 'grantable', header: 'Grantable', cell: (r) => r.grantable },
        ]}
      />
      {dialog === 'grant' && <GrantModal onDismiss={() => setDialog(undefined)} />}
      {dialog === 'revoke' && selected && (
        <RevokeModal
          entry={selected.entry}
          onDismiss={() => {
            setDialog(undefined);
            setSelected(undefined);
          }}
        />
      )}
    </SpaceBetween>
  );
}
