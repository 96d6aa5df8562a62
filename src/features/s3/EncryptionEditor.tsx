import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { encryptionConfiguration, putEncryption, type DefaultEncryption } from './actions';
import { EncryptionFields } from './EncryptionFields';

const describe = (e: DefaultEncryption) =>
  e.type === 'SSE-S3'
    ? 'Server-side encryption with Amazon S3 managed keys (SSE-S3)'
    : `SSE-KMS with ${e.kmsKeyId || 'the AWS managed key aws/s3'}, Bucket Key enabled`;

/** Default encryption: view, then edit and save with PutBucketEncryption. */
export function EncryptionEditor({
  bucket,
  current,
}: {
  bucket: string;
  current: DefaultEncryption;
}) {
  const call = useLake((s) => s.call);
  const [draft, setDraft] = useState<DefaultEncryption>();
  const [error, setError] = useState<string>();
  const handleSave = async () => {
    if (!draft) return;
    try {
      await putEncryption(call, bucket, draft);
      setDraft(undefined);
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError(`${e.name}: ${e.message}`);
    }
  };
  const actions = draft ? (
    <SpaceBetween direction="horizontal" size="xs">
      <ShowCliButton
        service="s3"
        operation="PutBucketEncryption"
        input={{
          Bucket: bucket,
          ServerSideEncryptionConfiguration: encryptionConfiguration(draft),
        }}
      />
      <Button variant="link" onClick={() => setDraft(undefined)}>
        Cancel
      </Button>
      <Button variant="primary" onClick={() => void handleSave()}>
        Save changes
      </Button>
    </SpaceBetween>
  ) : (
    <Button onClick={() => setDraft(current)} ariaLabel="Edit default encryption">
      Edit
    </Button>
  );
  return (
    <Container
      header={
        <Header
          variant="h2"
          actions={actions}
          description="Applied automatically to new objects stored in this bucket."
        >
          Default encryption
        </Header>
      }
    >
      {draft ? (
        <EncryptionFields value={draft} onChange={setDraft} />
      ) : (
        <Box>{describe(current)}</Box>
      )}
      {error && <Box color="text-status-error">{error}</Box>}
    </Container>
  );
}
