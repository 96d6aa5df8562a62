import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';

/** Asks before a lesson replaces the student's lab; optionally offers to keep it instead. */
export function ConfirmReplaceModal(props: {
  header: string;
  visible: boolean;
  onDismiss: () => void;
  onReplace: () => void;
  onKeep?: () => void;
}) {
  return (
    <Modal
      visible={props.visible}
      header={props.header}
      onDismiss={props.onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={props.onDismiss}>
              Cancel
            </Button>
            {props.onKeep && <Button onClick={props.onKeep}>Start on top of my lab</Button>}
            <Button variant="primary" onClick={props.onReplace}>
              Replace my lab
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      This replaces your current lab (buckets, users, clock and costs) with the lesson&apos;s
      starting lab. Export your lab from Lab settings first if you want to keep it.
      {props.onKeep &&
        ' Or start on top of your current lab: the lesson adds its set-up to what you already have.'}
    </Modal>
  );
}
