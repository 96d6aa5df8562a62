import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { deleteDatabase } from './actions';

/** Delete database: confirm by typing its name; its tables are deleted with it. */
export function DeleteDatabaseModal({
  database,
  tableCount,
  onDismiss,
}: {
  database: string;
  tableCount: number;
  onDismiss: () => void;
}) {
  const call = useLake((s) => s.call);
  const notify = useLake((s) => s.notify);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<Error>();
  const [isBusy, setBusy] = useState(false);
  const handleDelete = async () => {
    setBusy(true);
    try {
      await deleteDatabase(call, database);
      notify({ type: 'success', header: `Deleted database ${database}` });
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
      header={`Delete database ${database}`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <ShowCliButton service="glue" operation="DeleteDatabase" input={{ Name: database }} />
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={typed !== database}
              loading={isBusy}
              onClick={() => void handleDelete()}
            >
              Delete database
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Alert type="warning">
          Deleting a database also deletes its {tableCount} table{tableCount === 1 ? '' : 's'}, with
          their versions and partitions. The data in S3 is not deleted.
        </Alert>
        {error && (
          <Alert type="error" header={error.name}>
            {error.message}
          </Alert>
        )}
        <FormField label={`To confirm deletion, enter ${database} in the text input field.`}>
          <Input
            value={typed}
            onChange={({ detail }) => setTyped(detail.value)}
            placeholder={database}
            ariaLabel="Database name to confirm"
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
