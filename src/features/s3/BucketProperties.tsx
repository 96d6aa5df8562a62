import Alert from '@cloudscape-design/components/alert';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { EncryptionEditor } from './EncryptionEditor';
import { PublicAccessBlockEditor } from './PublicAccessBlockEditor';
import { StorageCostPanel } from './StorageCostPanel';
import { useBucketSettings } from './useBucketSettings';

/** The Properties tab: default encryption, Block Public Access, storage and cost. */
export function BucketProperties({ bucket }: { bucket: string }) {
  const { data, error } = useBucketSettings(bucket);
  if (error)
    return (
      <Alert type="error" header={error.name}>
        {error.message}
      </Alert>
    );
  return (
    <SpaceBetween size="l">
      <StorageCostPanel bucket={bucket} />
      {data && <EncryptionEditor bucket={bucket} current={data.encryption} />}
      {data && <PublicAccessBlockEditor bucket={bucket} current={data.publicAccessBlock} />}
      {!data && <Spinner />}
    </SpaceBetween>
  );
}
