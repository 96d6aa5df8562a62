import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import { useState } from 'react';
import { formatDate } from './format';
import { NewAccessKeyModal, type NewAccessKey } from './NewAccessKeyModal';
import type { IamAccessKeyRow } from './useIamAccount';
import { useIamCall } from './useIamCall';

/** A user's access keys: create (the secret is shown once), deactivate or activate, delete. */
export function AccessKeys({ userName, keys }: { userName: string; keys: IamAccessKeyRow[] }) {
  const iamCall = useIamCall();
  const [created, setCreated] = useState<NewAccessKey>();
  const call = <O,>(operation: string, input: object) =>
    iamCall<O>(operation, { UserName: userName, ...input });
  const handleCreate = async () => {
    const result = await call<{ AccessKey?: NewAccessKey }>('CreateAccessKey', {});
    if (result?.AccessKey) setCreated(result.AccessKey);
  };
  return (
    <>
      <Table
        variant="container"
        items={keys}
        trackBy="AccessKeyId"
        ariaLabels={{ tableLabel: 'Access keys' }}
        header={
          <Header
            variant="h2"
            counter={`(${keys.length})`}
            description="Long-term credentials for the CLI and SDKs. IAM allows two per user."
            actions={<Button onClick={() => void handleCreate()}>Create access key</Button>}
          >
            Access keys
          </Header>
        }
        empty={<Box textAlign="center">No access keys.</Box>}
        columnDefinitions={[
          {
            id: 'id',
            header: 'Access key ID',
            cell: (k) => <Box variant="code">{k.AccessKeyId}</Box>,
            isRowHeader: true,
          },
          {
            id: 'status',
            header: 'Status',
            cell: (k) => (
              <StatusIndicator type={k.Status === 'Active' ? 'success' : 'stopped'}>
                {k.Status}
              </StatusIndicator>
            ),
          },
          { id: 'created', header: 'Created', cell: (k) => formatDate(k.CreateDate) },
          {
            id: 'actions',
            header: 'Actions',
            cell: (k) => (
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  variant="inline-link"
                  ariaLabel={`${k.Status === 'Active' ? 'Deactivate' : 'Activate'} ${k.AccessKeyId}`}
                  onClick={() =>
                    void call('UpdateAccessKey', {
                      AccessKeyId: k.AccessKeyId,
                      Status: k.Status === 'Active' ? 'Inactive' : 'Active',
                    })
                  }
                >
                  {k.Status === 'Active' ? 'Deactivate' : 'Activate'}
                </Button>
                <Button
                  variant="inline-link"
                  ariaLabel={`Delete ${k.AccessKeyId}`}
                  onClick={() => void call('DeleteAccessKey', { AccessKeyId: k.AccessKeyId })}
                >
                  Delete
                </Button>
              </SpaceBetween>
            ),
          },
        ]}
      />
      {created && <NewAccessKeyModal accessKey={created} onDismiss={() => setCreated(undefined)} />}
    </>
  );
}
