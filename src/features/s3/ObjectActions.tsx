import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';
import { navigate } from '../../store/router';
import { bucketTabPath, s3Uri } from './bucketPaths';
import { ChangeStorageClassModal } from './ChangeStorageClassModal';
import { DeleteObjectsModal } from './DeleteObjectsModal';
import { nameOf } from './format';
import type { BrowserRow } from './useObjectListing';

const objectRow = (key: string): BrowserRow => ({
  id: key,
  name: nameOf(key),
  isFolder: false,
  size: 0,
  lastModified: 0,
  storageClass: '',
});

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
  const [dialog, setDialog] = useState<'none' | 'delete' | 'storageClass'>('none');
  const parent = objectKey.slice(0, objectKey.lastIndexOf('/') + 1);
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
      <Button onClick={() => setDialog('storageClass')}>Edit storage class</Button>
      <Button onClick={() => setDialog('delete')}>Delete</Button>
      {dialog === 'delete' && (
        <DeleteObjectsModal
          bucket={bucket}
          rows={[objectRow(objectKey)]}
          onDismiss={(isDone) =>
            isDone
              ? navigate(bucketTabPath(bucket, 'objects'), { prefix: parent })
              : setDialog('none')
          }
        />
      )}
      {dialog === 'storageClass' && (
        <ChangeStorageClassModal
          bucket={bucket}
          objectKey={objectKey}
          current={storageClass}
          onDismiss={() => setDialog('none')}
        />
      )}
    </SpaceBetween>
  );
}
