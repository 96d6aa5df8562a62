import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';

/** Asks before a scenario replaces the current lab (the lesson player's pattern, copied). */
export function ConfirmOpenScenarioModal(props: {
  title: string | undefined;
  isOpening: boolean;
  onDismiss: () => void;
  onReplace: () => void;
}) {
  return (
    <Modal
      closeAriaLabel="Close dialog"
      visible={props.title !== undefined}
      header={`Open “${props.title ?? ''}”?`}
      onDismiss={props.onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={props.onDismiss} disabled={props.isOpening}>
              Cancel
            </Button>
            <Button variant="primary" onClick={props.onReplace} loading={props.isOpening}>
              Replace my lab
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      This replaces your current lab (buckets, users, clock and costs) with the scenario&apos;s lab.
      Export your lab from Lab settings first if you want to keep it; Undo cannot bring it back.
    </Modal>
  );
}
