import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake } from '../../store';

export function ResetLabPanel() {
  const resetLab = useLake((s) => s.resetLab);
  const notify = useLake((s) => s.notify);
  const [isConfirming, setConfirming] = useState(false);

  const handleReset = async () => {
    setConfirming(false);
    await resetLab();
    notify({
      type: 'success',
      header: 'The lab was reset',
      content: 'You start again from an empty account.',
    });
  };

  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Start again from an empty account: no buckets, one administrator, the clock back at the start."
        >
          Reset lab
        </Header>
      }
    >
      <Button onClick={() => setConfirming(true)}>Reset lab</Button>
      <Modal
        visible={isConfirming}
        onDismiss={() => setConfirming(false)}
        header="Reset the lab?"
        footer={
          <Box float="right">
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
              <Button variant="primary" onClick={() => void handleReset()}>
                Reset
              </Button>
            </SpaceBetween>
          </Box>
        }
      >
        Everything in this lab is deleted: buckets, objects, users and costs. This cannot be undone
        — export the lab first to keep a copy.
      </Modal>
    </Container>
  );
}
