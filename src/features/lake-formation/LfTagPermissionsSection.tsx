import { useState } from 'react';
import type { PrincipalResourcePermissions } from '@aws-sdk/client-lakeformation';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { ErrorAlert } from './ErrorAlert';
import { lfTagEntries } from './lfTagGrant';
import { LfTagGrantModal } from './LfTagGrantModal';
import { principalText } from './principals';
import { RevokeModal } from './RevokeModal';
import { usePermissionList } from './usePermissionList';

interface Row {
  id: string;
  principal: string;
  key: string;
  values: string;
  permissions: string;
  grantable: string;
  entry: PrincipalResourcePermissions;
}

function rowsOf(entries: PrincipalResourcePermissions[]): Row[] {
  return lfTagEntries(entries).map((e, i) => ({
    id: String(i),
    principal: principalText(e.Principal?.DataLakePrincipalIdentifier ?? ''),
    key: e.Resource?.LFTag?.TagKey ?? '',
    values: (e.Resource?.LFTag?.TagValues ?? []).join(', '),
    permissions: (e.Permissions ?? []).join(', '),
    grantable: (e.PermissionsWithGrantOption ?? []).join(', ') || '—',
    entry: e,
  }));
}

/** LF-Tag permissions: who may associate or describe which LF-Tag values; grant and revoke. */
export function LfTagPermissionsSection() {
  const { entries, error, isLoading } = usePermissionList();
  const [selected, setSelected] = useState<Row>();
  const [dialog, setDialog] = useState<'grant' | 'revoke'>();
  const rows = rowsOf(entries);
  return (
    <SpaceBetween size="m">
      <ErrorAlert error={error} />
      <Table
        header={
          <Header
            variant="h1"
            counter={`(${rows.length})`}
            description="Grants on LF-Tags: ASSOCIATE lets a principal tag resources with the values, DESCRIBE lets it see them."
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
            LF-Tag permissions
          </Header>
        }
        wrapLines
        loading={isLoading}
        loadingText="Listing permissions"
        items={rows}
        trackBy="id"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems[0])}
        ariaLabels={{
          selectionGroupLabel: 'LF-Tag permission selection',
          itemSelectionLabel: (_, r) => `${r.principal} on ${r.key}`,
        }}
        empty="No permissions on LF-Tags."
        columnDefinitions={[
          { id: 'principal', header: 'Principal', cell: (r) => r.principal, isRowHeader: true },
          { id: 'key', header: 'LF-Tag key', cell: (r) => r.key },
          { id: 'values', header: 'Values', cell: (r) => r.values },
          { id: 'permissions', header: 'Permissions', cell: (r) => r.permissions },
          { id: 'grantable', header: 'Grantable', cell: (r) => r.grantable },
        ]}
      />
      {dialog === 'grant' && <LfTagGrantModal onDismiss={() => setDialog(undefined)} />}
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
