import { useState } from 'react';
import type { PrincipalResourcePermissions } from '@aws-sdk/client-lakeformation';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { ErrorAlert } from './ErrorAlert';
import { PermissionCheckboxes } from './PermissionCheckboxes';
import { principalText } from './principals';
import { resourceText } from './resourceText';
import { useLfCall } from './useLfCall';

/** Revoke some or all of one principal's permissions on one resource. */
export function RevokeModal({
  entry,
  onDismiss,
}: {
  entry: PrincipalResourcePermissions;
  onDismiss: () => void;
}) {
  const { run, error, isBusy } = useLfCall();
  const held = (entry.Permissions ?? []) as string[];
  const grantable = (entry.PermissionsWithGrantOption ?? []) as string[];
  const [permissions, setPermissions] = useState(held);
  const [grantOption, setGrantOption] = useState(grantable);
  const input = {
    Principal: entry.Principal,
    Resource: entry.Resource,
    Permissions: permissions,
    ...(grantOption.length ? { PermissionsWithGrantOption: grantOption } : {}),
  };
  const who = principalText(entry.Principal?.DataLakePrincipalIdentifier ?? '');
  const submit = async () => {
    if (await run('RevokePermissions', input, `Revoked permissions from ${who}`)) onDismiss();
  };
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      header="Revoke permissions"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <ShowCliButton service="lakeformation" operation="RevokePermissions" input={input} />
            <Button
              variant="primary"
              loading={isBusy}
              disabled={permissions.length + grantOption.length === 0}
              onClick={() => void submit()}
            >
              Revoke
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <ErrorAlert error={error} />
        <Box>
          From <strong>{who}</strong> on{' '}
          <strong>{entry.Resource ? resourceText(entry.Resource) : ''}</strong>
        </Box>
        <PermissionCheckboxes
          label="Permissions to revoke"
          permissions={held}
          value={permissions}
          onChange={setPermissions}
        />
        {grantable.length > 0 && (
          <PermissionCheckboxes
            label="Grant options to revoke"
            permissions={grantable}
            value={grantOption}
            onChange={setGrantOption}
          />
        )}
      </SpaceBetween>
    </Modal>
  );
}
