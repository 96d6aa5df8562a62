import { useState } from 'react';
import type { StorageClass } from '@aws-sdk/client-s3';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { changeStorageClass, changeStorageClassInput } from './actions';
import { STORAGE_CLASS_OPTIONS } from './storageClassOptions';

interface Props {
  bucket: string;
  objectKey: string;
  current: string;
  onDismiss: () => void;
}

/** Edit storage class: the console copies the object onto itself (CopyObject) with the new class. */
export function ChangeStorageClassModal({ bucket, objectKey, current, onDismiss }: Props) {
  const call = useLake((s) => s.call);
  const [choice, setChoice] = useState(current);
  const [error, setError] = useState<string>();
  const handleSave = async () => {
    try {
      await changeStorageClass(call, bucket, objectKey, choice as StorageClass);
      onDismiss();
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError(`${e.name}: ${e.message}`);
    }
  };
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header="Edit storage class"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <ShowCliButton
              service="s3"
              operation="CopyObject"
              input={changeStorageClassInput(bucket, objectKey, choice as StorageClass)}
            />
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={choice === current}
              onClick={() => void handleSave()}
            >
              Save changes
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <FormField
        label="Storage class"
        description="S3 copies the object onto itself with the new class; the copy restarts any minimum storage duration."
        errorText={error}
      >
        <RadioGroup
          value={choice}
          onChange={({ detail }) => setChoice(detail.value)}
          items={STORAGE_CLASS_OPTIONS}
        />
      </FormField>
    </Modal>
  );
}
