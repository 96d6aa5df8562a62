import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState, type FormEvent } from 'react';
import { parseDuration } from '../../engine/core/clock';

interface Props {
  visible: boolean;
  onDismiss: () => void;
  onJump: (ms: number) => Promise<void>;
}

/** Reads a duration like "45m" or "10d"; returns the error to show for anything else. */
export function readDuration(text: string): { ms: number } | { error: string } {
  try {
    const ms = parseDuration(text.trim());
    return ms > 0 ? { ms } : { error: 'Enter a duration longer than zero.' };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export function JumpAheadModal({ visible, onDismiss, onJump }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const handleSubmit = (event?: FormEvent) => {
    event?.preventDefault();
    const result = readDuration(text);
    if ('error' in result) return setError(result.error);
    setError(undefined);
    onDismiss();
    void onJump(result.ms);
  };
  return (
    <Modal
      visible={visible}
      onDismiss={onDismiss}
      header="Jump ahead"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" onClick={() => handleSubmit()}>
              Jump
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <form onSubmit={handleSubmit}>
        <FormField
          label="Duration"
          description="A number and a unit: s, m, h, d or w. Everything scheduled on the way runs in order."
          constraintText="Examples: 45m, 6h, 10d, 2w"
          errorText={error}
        >
          <Input
            value={text}
            placeholder="10d"
            onChange={({ detail }) => setText(detail.value)}
            autoFocus
          />
        </FormField>
      </form>
    </Modal>
  );
}
