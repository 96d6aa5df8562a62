import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { createFolder } from './actions';

/** Create folder: a zero-byte object named `prefix/name/`, as the console writes it. */
export function CreateFolderModal({
  bucket,
  prefix,
  onDismiss,
}: {
  bucket: string;
  prefix: string;
  onDismiss: () => void;
}) {
  const call = useLake((s) => s.call);
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const problem =
    name.includes('/') && !/^[^/]+\/?$/.test(name)
      ? 'Folder names cannot contain "/" except at the end.'
      : undefined;
  const handleCreate = async () => {
    try {
      await createFolder(call, bucket, prefix, name);
      onDismiss();
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError(e.message);
    }
  };
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header="Create folder"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <ShowCliButton
              service="s3"
              operation="PutObject"
              input={{ Bucket: bucket, Key: `${prefix}${name.replace(/\/+$/, '')}/` }}
            />
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={!name || problem !== undefined}
              onClick={() => void handleCreate()}
            >
              Create folder
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <FormField
        label="Folder name"
        description={`The console stores a folder as a zero-byte object whose key ends in "/": s3://${bucket}/${prefix}${name || 'name'}/`}
        errorText={problem ?? error}
      >
        <Input value={name} onChange={({ detail }) => setName(detail.value)} />
      </FormField>
    </Modal>
  );
}
