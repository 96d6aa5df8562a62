import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';

/** Renames a query tab. */
export function RenameTabModal({
  title,
  onRename,
  onDismiss,
}: {
  title: string;
  onRename: (title: string) => void;
  onDismiss: () => void;
}) {
  const [value, setValue] = useState(title);
  const submit = () => {
    onRename(value);
    onDismiss();
  };
  return (
    <Modal
      visible
      header="Rename query tab"
      onDismiss={onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <Button variant="primary" disabled={!value.trim()} onClick={submit}>
              Rename
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <FormField label="Tab name">
        <Input
          value={value}
          onChange={(e) => setValue(e.detail.value)}
          onKeyDown={(e) => e.detail.key === 'Enter' && submit()}
        />
      </FormField>
    </Modal>
  );
}
