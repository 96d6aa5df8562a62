import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';
import { navigate } from '../../store/router';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { deleteObject } from './actions';
import { bucketTabPath, s3Uri } from './bucketPaths';
import { ChangeStorageClassModal } from './ChangeStorageClassModal';
import { nameOf } from './format';

/** Download through a Blob URL, named after the object. */
async function download(call: ReturnType<typeof useCall>, bucket: string, key: string) {
  const output = await call<{ Body: Uint8Array; ContentType?: string }>('s3', 'GetObject', {
    Bucket: bucket,
    Key: key,
  });
  const url = URL.createObjectURL(
    new Blob([output.Body as BlobPart], { type: output.ContentType ?? 'application/octet-stream' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = nameOf(key);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const useCall = () => useLake((s) => s.call);

/** Object actions: Copy S3 URI, Download, Edit storage class, Delete. */
export function ObjectActions({
  bucket,
  objectKey,
  storageClass,
}: {
  bucket: string;
  objectKey: string;
  storageClass: string;
}) {
  const call = useCall();
  const [isEditingClass, setEditingClass] = useState(false);
  const parent = objectKey.slice(0, objectKey.lastIndexOf('/') + 1);
  const handleDelete = async () => {
    if (!window.confirm(`Permanently delete ${s3Uri(bucket, objectKey)}?`)) return;
    await deleteObject(call, bucket, objectKey);
    navigate(bucketTabPath(bucket, 'objects'), { prefix: parent });
  };
  return (
    <SpaceBetween direction="horizontal" size="xs">
      <CopyToClipboard
        variant="button"
        copyButtonText="Copy S3 URI"
        textToCopy={s3Uri(bucket, objectKey)}
        copySuccessText="S3 URI copied"
        copyErrorText="Failed to copy"
      />
      <Button iconName="download" onClick={() => void download(call, bucket, objectKey)}>
        Download
      </Button>
      <Button onClick={() => setEditingClass(true)}>Edit storage class</Button>
      <ShowCliButton
        service="s3"
        operation="DeleteObject"
        input={{ Bucket: bucket, Key: objectKey }}
      />
      <Button onClick={() => void handleDelete().catch(() => undefined)}>Delete</Button>
      {isEditingClass && (
        <ChangeStorageClassModal
          bucket={bucket}
          objectKey={objectKey}
          current={storageClass}
          onDismiss={() => setEditingClass(false)}
        />
      )}
    </SpaceBetween>
  );
}
