import { useEffect, useState } from 'react';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useLake } from '../../store';
import { formatBytes } from '../../ui/format';

function useStorageEstimate(): StorageEstimate | undefined {
  const [estimate, setEstimate] = useState<StorageEstimate>();
  const lastSavedAt = useLake((s) => s.lastSavedAt);
  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEstimate);
  }, [lastSavedAt]);
  return estimate;
}

const STATUS_TEXT = {
  idle: ['pending', 'Not saved yet'],
  saving: ['in-progress', 'Saving…'],
  saved: ['success', 'Saved in this browser'],
  error: ['warning', 'Not saved'],
  unavailable: ['stopped', 'This browser cannot save labs'],
} as const;

export function SaveStatusPanel() {
  const saveStatus = useLake((s) => s.saveStatus);
  const lastSavedAt = useLake((s) => s.lastSavedAt);
  const saveError = useLake((s) => s.saveError);
  const estimate = useStorageEstimate();
  const [type, text] = STATUS_TEXT[saveStatus];

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="LakeLab saves your lab in this browser a second after each change, and restores it when you come back."
        >
          Autosave
        </Header>
      }
    >
      <KeyValuePairs
        columns={3}
        items={[
          {
            label: 'Status',
            value: <StatusIndicator type={type}>{saveError ?? text}</StatusIndicator>,
          },
          {
            label: 'Last saved',
            value: lastSavedAt ? new Date(lastSavedAt).toLocaleTimeString() : '—',
          },
          {
            label: 'Browser storage used',
            value:
              estimate?.usage !== undefined
                ? `${formatBytes(estimate.usage)} of ${formatBytes(estimate.quota ?? 0)}`
                : '—',
          },
        ]}
      />
    </Container>
  );
}
