import { useState } from 'react';
import type { LifecycleRule } from '@aws-sdk/client-s3';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { lifecycleInput, putLifecycleRules } from './actions';
import { emptyRuleDraft, fromLifecycleRule, toLifecycleRule } from './lifecycleDraft';
import { LifecycleRuleFields } from './LifecycleRuleFields';

interface Props {
  bucket: string;
  rules: LifecycleRule[];
  /** The index of the rule being edited, or undefined for a new rule. */
  editing: number | undefined;
  onDismiss: () => void;
}

/** Create or edit one rule; S3 validates the whole configuration and its error shows here. */
export function LifecycleRuleModal({ bucket, rules, editing, onDismiss }: Props) {
  const call = useLake((s) => s.call);
  const existing = editing === undefined ? undefined : rules[editing];
  const [draft, setDraft] = useState(() =>
    existing ? fromLifecycleRule(existing) : emptyRuleDraft(),
  );
  const [error, setError] = useState<{ name: string; message: string }>();
  const [isBusy, setBusy] = useState(false);
  const next =
    editing === undefined
      ? [...rules, toLifecycleRule(draft)]
      : rules.map((r, i) => (i === editing ? toLifecycleRule(draft) : r));
  const handleSave = async () => {
    setBusy(true);
    try {
      await putLifecycleRules(call, bucket, next);
      onDismiss();
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError({ name: e.name, message: e.message });
      setBusy(false);
    }
  };
  return (
    <Modal
      visible
      size="large"
      onDismiss={onDismiss}
      header={existing ? `Edit lifecycle rule ${existing.ID ?? ''}` : 'Create lifecycle rule'}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <ShowCliButton
              service="s3"
              operation="PutBucketLifecycleConfiguration"
              input={lifecycleInput(bucket, next)}
            />
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" loading={isBusy} onClick={() => void handleSave()}>
              Save rule
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {error && (
          <Alert type="error" header={`PutBucketLifecycleConfiguration failed: ${error.name}`}>
            {error.message}
          </Alert>
        )}
        <LifecycleRuleFields draft={draft} onChange={setDraft} />
      </SpaceBetween>
    </Modal>
  );
}
