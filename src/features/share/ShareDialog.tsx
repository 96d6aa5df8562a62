import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ShareLabSection } from './ShareLabSection';
import { ShareLessonSection } from './ShareLessonSection';

/** Links to share: the lesson at its step, and the whole lab when it is small enough. */
export function ShareDialog(props: { visible: boolean; onDismiss: () => void }) {
  return (
    <Modal
      closeAriaLabel="Close dialog"
      visible={props.visible}
      onDismiss={props.onDismiss}
      size="large"
      header="Share"
      footer={
        <Box float="right">
          <Button variant="primary" onClick={props.onDismiss}>
            Done
          </Button>
        </Box>
      }
    >
      {props.visible && (
        <SpaceBetween size="l">
          <SpaceBetween size="s">
            <Header variant="h3">Lesson</Header>
            <ShareLessonSection />
          </SpaceBetween>
          <SpaceBetween size="s">
            <Header variant="h3">Whole lab</Header>
            <ShareLabSection />
          </SpaceBetween>
        </SpaceBetween>
      )}
    </Modal>
  );
}
