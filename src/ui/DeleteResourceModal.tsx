import { useState, type ReactNode } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isAwsError, type AwsError } from '../engine';
import { useLake } from '../store';
import { ShowCliButton } from './ShowCliButton';

interface Props {
  /** "bucket raw-zone": the dialog says "Delete bucket raw-zone". */
  kind: string;
  name: string;
  /** The operation the dialog runs, for "Show CLI command". */
  cli: { service: string; operation: string; input: unknown };
  onDelete: () => Promise<unknown>;
  onDismiss: () => void;
  /** Ask the user to type the name first, as the console does for buckets and databases. */
  isConfirmedByTyping?: boolean;
  /** What to tell the user when the AWS call fails (defaults to its message). */
  explainError?: (error: AwsError) => string;
  children: ReactNode;
}

/** A delete dialog: what goes, the AWS error where it happened, and the CLI equivalent. */
export function DeleteResourceModal({
  kind,
  name,
  cli,
  onDelete,
  onDismiss,
  isConfirmedByTyping,
  explainError,
  children,
}: Props) {
  const notify = useLake((s) => s.notify);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<{ name: string; message: string }>();
  const [isBusy, setBusy] = useState(false);
  const handleDelete = async () => {
    setBusy(true);
    try {
      await onDelete();
      notify({ type: 'success', header: `Deleted ${kind} ${name}` });
      onDismiss();
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError({ name: e.name, message: explainError ? explainError(e) : e.message });
      setBusy(false);
    }
  };
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={`Delete ${kind} ${name}`}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <ShowCliButton service={cli.service} operation={cli.operation} input={cli.input} />
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button
              variant="primary"
              disabled={isConfirmedByTyping && typed !== name}
              loading={isBusy}
              onClick={() => void handleDelete()}
            >
              {isConfirmedByTyping ? `Delete ${kind}` : 'Delete'}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        {children}
        {error && (
          <Alert type="error" header={error.name}>
            {error.message}
          </Alert>
        )}
        {isConfirmedByTyping && (
          <FormField label={`To confirm deletion, enter ${name} in the text input field.`}>
            <Input
              value={typed}
              onChange={({ detail }) => setTyped(detail.value)}
              placeholder={name}
              ariaLabel={`${kind[0]!.toUpperCase()}${kind.slice(1)} name to confirm`}
            />
          </FormField>
        )}
      </SpaceBetween>
    </Modal>
  );
}
