import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { deleteTable } from './actions';

/** Delete table: its versions and partitions go too; the data in S3 stays. */
export function DeleteTableModal({
  database,
  table,
  onDismiss,
}: {
  database: string;
  table: string;
  onDismiss: () => void;
}) {
  const call = useLake((s) => s.call);
  const notify = useLake((s) => s.notify);
  const [error, setError] = useState<Error>();
  const [isBusy, setBusy] = useState(false);
  const handleDelete = async () => {
    setBusy(true);
    try {
      await deleteTable(call, database, table);
      notify({ type: 'success', header: `Deleted table ${table}` });
      onDismiss();
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError(e);
      setBusy(false);
    }
  };
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={`Delete table ${table}`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <ShowCliButton
              service="glue"
              operation="DeleteTable"
              input={{ DatabaseName: database, Name: table }}
            />
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" loading={isBusy} onClick={() => void handleDelete()}>
              Delete
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>
          Delete table <b>{table}</b> from database <b>{database}</b>? Its versions and partitions
          are deleted too; the data in S3 is not.
        </Box>
        {error && (
          <Alert type="error" header={error.name}>
            {error.message}
          </Alert>
        )}
      </SpaceBetween>
    </Modal>
  );
}
