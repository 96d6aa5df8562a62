import Box from '@cloudscape-design/components/box';
import { useLake } from '../../store';
import { DeleteResourceModal } from '../../ui/DeleteResourceModal';
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
  return (
    <DeleteResourceModal
      kind="bucket"
      name={bucket}
      cli={{ service: 's3', operation: 'DeleteBucket', input: { Bucket: bucket } }}
      onDelete={() => deleteBucket(call, bucket)}
      onDismiss={onDismiss}
      isConfirmedByTyping
      explainError={(e) =>
        e.name === 'BucketNotEmpty'
          ? `${e.message} Open the bucket, select its objects and delete them, then delete the bucket.`
          : e.message
      }
    >
      <Box>Deleting a bucket cannot be undone. Only an empty bucket can be deleted.</Box>
    </DeleteResourceModal>
  );
}
