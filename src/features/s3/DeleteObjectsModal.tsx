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
import { deleteObjects, deleteObjectsInput, keysUnder } from './actions';
import type { BrowserRow } from './useObjectListing';

/** Delete objects: folders delete with everything under them; confirm by typing "permanently delete". */
export function DeleteObjectsModal({
  bucket,
  rows,
  onDismiss,
}: {
  bucket: string;
  rows: readonly BrowserRow[];
  onDismiss: (isDone: boolean) => void;
}) {
  const call = useLake((s) => s.call);
  const notify = useLake((s) => s.notify);
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const handleDelete = async () => {
    try {
      const keys: string[] = [];
      for (const row of rows)
        keys.push(...(row.isFolder ? await keysUnder(call, bucket, row.id) : [row.id]));
      const result = await deleteObjects(call, bucket, keys);
      if (result.errors.length) return setErrors(result.errors);
      notify({ type: 'success', header: `Deleted ${result.deleted} object(s) from ${bucket}` });
      onDismiss(true);
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setErrors([e.message]);
    }
  };
  return (
    <Modal
      visible
      onDismiss={() => onDismiss(false)}
      header="Delete objects"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <ShowCliButton
              service="s3"
              operation="DeleteObjects"
              input={deleteObjectsInput(
                bucket,
                rows.map((r) => r.id),
              )}
            />
            <Button variant="link" onClick={() => onDismiss(false)}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={typed !== 'permanently delete'}
              onClick={() => void handleDelete()}
            >
              Delete objects
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>
          Delete {rows.length} item(s): {rows.map((r) => r.name).join(', ')}. Folders are deleted
          with every object under them. This cannot be undone.
        </Box>
        {errors.length > 0 && (
          <Alert type="error" header="Some objects were not deleted">
            {errors.join('\n')}
          </Alert>
        )}
        <FormField label="To confirm deletion, type permanently delete in the text input field.">
          <Input
            value={typed}
            onChange={({ detail }) => setTyped(detail.value)}
            placeholder="permanently delete"
            ariaLabel="Confirm deletion"
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
