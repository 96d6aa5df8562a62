import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { saveNamedQuery } from './actions';

/** "Save": stores the tab's query as a named query of the workgroup (CreateNamedQuery). */
export function SaveQueryModal({
  initialName,
  sql,
  database,
  workGroup,
  onDismiss,
}: {
  initialName: string;
  sql: string;
  database: string;
  workGroup: string;
  onDismiss: () => void;
}) {
  const call = useLake((s) => s.call);
  const [name, setName] = useState(initialName);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string>();
  const save = async () => {
    try {
      await saveNamedQuery(call, { name, description, sql, database, workGroup });
      onDismiss();
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError(e.message);
    }
  };
  return (
    <Modal
      visible
      header="Save query"
      onDismiss={onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" disabled={!name.trim()} onClick={() => void save()}>
              Save query
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <Form errorText={error}>
        <SpaceBetween size="m">
          <FormField label="Query name" constraintText="1 to 128 characters.">
            <Input value={name} onChange={(e) => setName(e.detail.value)} />
          </FormField>
          <FormField label="Description - optional">
            <Input value={description} onChange={(e) => setDescription(e.detail.value)} />
          </FormField>
        </SpaceBetween>
      </Form>
    </Modal>
  );
}
