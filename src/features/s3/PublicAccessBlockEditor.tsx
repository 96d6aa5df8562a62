import { useState } from 'react';
import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useLake } from '../../store';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { putPublicAccessBlock } from './actions';

const SETTINGS: { key: keyof PublicAccessBlockConfiguration; label: string }[] = [
  {
    key: 'BlockPublicAcls',
    label: 'Block public access granted through new access control lists (ACLs)',
  },
  {
    key: 'IgnorePublicAcls',
    label: 'Block public access granted through any access control lists (ACLs)',
  },
  {
    key: 'BlockPublicPolicy',
    label: 'Block public access granted through new public bucket or access point policies',
  },
  {
    key: 'RestrictPublicBuckets',
    label:
      'Block public and cross-account access through any public bucket or access point policies',
  },
];

/** Block Public Access: the four settings, edited together and saved with PutPublicAccessBlock. */
export function PublicAccessBlockEditor({
  bucket,
  current,
}: {
  bucket: string;
  current: PublicAccessBlockConfiguration;
}) {
  const call = useLake((s) => s.call);
  const [draft, setDraft] = useState<PublicAccessBlockConfiguration>();
  const shown = draft ?? current;
  const handleSave = async () => {
    if (!draft) return;
    await putPublicAccessBlock(call, bucket, draft).then(
      () => setDraft(undefined),
      () => undefined,
    );
  };
  const actions = draft ? (
    <SpaceBetween direction="horizontal" size="xs">
      <ShowCliButton
        service="s3"
        operation="PutPublicAccessBlock"
        input={{ Bucket: bucket, PublicAccessBlockConfiguration: draft }}
      />
      <Button variant="link" onClick={() => setDraft(undefined)}>
        Cancel
      </Button>
      <Button variant="primary" onClick={() => void handleSave()}>
        Save changes
      </Button>
    </SpaceBetween>
  ) : (
    <Button onClick={() => setDraft(current)} ariaLabel="Edit Block Public Access">
      Edit
    </Button>
  );
  const isAllOn = SETTINGS.every((s) => shown[s.key]);
  return (
    <Container
      header={
        <Header variant="h2" actions={actions}>
          Block public access (bucket settings)
        </Header>
      }
    >
      {draft ? (
        <SpaceBetween size="xs">
          <Checkbox
            checked={isAllOn}
            indeterminate={!isAllOn && SETTINGS.some((s) => shown[s.key])}
            onChange={({ detail }) =>
              setDraft(Object.fromEntries(SETTINGS.map((s) => [s.key, detail.checked])))
            }
          >
            Block all public access
          </Checkbox>
          {SETTINGS.map((s) => (
            <Checkbox
              key={s.key}
              checked={shown[s.key] ?? false}
              onChange={({ detail }) => setDraft({ ...shown, [s.key]: detail.checked })}
            >
              {s.label}
            </Checkbox>
          ))}
        </SpaceBetween>
      ) : (
        <SpaceBetween size="xs">
          {[
            { key: 'all', label: 'Block all public access', isOn: isAllOn },
            ...SETTINGS.map((s) => ({ ...s, isOn: shown[s.key] ?? false })),
          ].map((s) => (
            <StatusIndicator key={s.key} type={s.isOn ? 'success' : 'warning'}>
              {s.label}: {s.isOn ? 'On' : 'Off'}
            </StatusIndicator>
          ))}
        </SpaceBetween>
      )}
    </Container>
  );
}
