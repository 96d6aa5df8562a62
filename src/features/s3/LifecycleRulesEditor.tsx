import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import type { LifecycleRule } from '@aws-sdk/client-s3';
import { useLake } from '../../store';
import { putLifecycleRules } from './actions';
import { describeActions, describeScope } from './lifecycleDraft';
import { LifecycleRuleModal } from './LifecycleRuleModal';
import { useLifecycleRules } from './useLifecycleRules';

type Editing = { mode: 'closed' } | { mode: 'open'; index: number | undefined };

/** Lifecycle rules (the Management tab): list, create, edit, delete. */
export function LifecycleRulesEditor({ bucket }: { bucket: string }) {
  const call = useLake((s) => s.call);
  const { data: rules = [], error, isLoading } = useLifecycleRules(bucket);
  const [selected, setSelected] = useState<LifecycleRule[]>([]);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const selectedIndex = selected[0] ? rules.findIndex((r) => r.ID === selected[0]!.ID) : -1;
  const remaining = rules.filter((_, i) => i !== selectedIndex);
  const handleDelete = async () => {
    await putLifecycleRules(call, bucket, remaining).catch(() => undefined);
    setSelected([]);
  };
  return (
    <>
      <Table
        items={rules}
        loading={isLoading}
        trackBy="ID"
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{
          selectionGroupLabel: 'Lifecycle rules',
          itemSelectionLabel: (_, r) => `Select rule ${r.ID ?? ''}`,
          allItemsSelectionLabel: () => 'Select all rules',
        }}
        columnDefinitions={[
          { id: 'id', header: 'Lifecycle rule name', cell: (r) => r.ID ?? '-', isRowHeader: true },
          {
            id: 'status',
            header: 'Status',
            cell: (r) => (
              <StatusIndicator type={r.Status === 'Enabled' ? 'success' : 'stopped'}>
                {r.Status}
              </StatusIndicator>
            ),
          },
          { id: 'scope', header: 'Scope', cell: describeScope },
          { id: 'actions', header: 'Actions', cell: describeActions },
        ]}
        empty={
          <Box textAlign="center">
            {error
              ? `${error.name}: ${error.message}`
              : 'No lifecycle rules. Create one to move objects to cheaper storage classes or expire them.'}
          </Box>
        }
        header={
          <Header
            counter={`(${rules.length})`}
            description="Lifecycle rules run once a day (midnight UTC, simulated): they transition and expire objects as they age."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selectedIndex < 0} onClick={() => void handleDelete()}>
                  Delete
                </Button>
                <Button
                  disabled={selectedIndex < 0}
                  onClick={() => setEditing({ mode: 'open', index: selectedIndex })}
                >
                  Edit
                </Button>
                <Button
                  variant="primary"
                  onClick={() => setEditing({ mode: 'open', index: undefined })}
                >
                  Create lifecycle rule
                </Button>
              </SpaceBetween>
            }
          >
            Lifecycle rules
          </Header>
        }
      />
      {editing.mode === 'open' && (
        <LifecycleRuleModal
          bucket={bucket}
          rules={rules}
          editing={editing.index}
          onDismiss={() => setEditing({ mode: 'closed' })}
        />
      )}
    </>
  );
}
