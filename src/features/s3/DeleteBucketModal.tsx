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
import { deleteBucket } from './actions';

/** Delete bucket: confirm by typing its name; a bucket with objects answers BucketNotEmpty. */
export function DeleteBucketModal({
  bucket,
  onDismiss,
}: {
  bucket: string;
  onDismiss: () => void;
}) {
  const call = useLake((s) => s.call);
  const notify = useLake((s) => s.notify);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<{ name: string; message: string }>();
  const [isBusy, setBusy] = useState(false);
  const handleDelete = async () => {
    setBusy(true);
    try {
      await deleteBucket(call, bucket);
      notify({ type: 'success', header: `Deleted bucket ${bucket}` });
      onDismiss();
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError({
        name: e.name,
        message:
          e.name === 'BucketNotEmpty'
            ? `${e.message} Open the bucket, select its objects and delete them, then delete the bucket.`
            : e.message,
      });
      setBusy(false);
    }
  };
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={`Delete bucket ${bucket}`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <ShowCliButton service="s3" operation="DeleteBucket" input={{ Bucket: bucket }} />
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={typed !== bucket}
              loading={isBusy}
              onClick={() => void handleDelete()}
            >
              Delete bucket
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Box>Deleting a bucket cannot be undone. Only an empty bucket can be deleted.</Box>
        {error && (
          <Alert type="error" header={error.name}>
            {error.message}
          </Alert>
        )}
        <FormField label={`To confirm deletion, enter ${bucket} in the text input field.`}>
          <Input
            value={typed}
            onChange={({ detail }) => setTyped(detail.value)}
            placeholder={bucket}
            ariaLabel="Bucket name to confirm"
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
