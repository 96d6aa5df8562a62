import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useLake, useLakeStore } from '../../store';
import { downloadBytes } from '../../ui/downloadBytes';

const formatTime = (ms: number) =>
  `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Asks before a shared lab replaces the current one: Export first, Open, or Cancel. */
export function OpenSharedLabModal() {
  const store = useLakeStore();
  const offer = useLake((s) => s.sharedLabOffer);
  const handleExport = () => {
    const file = store.getState().exportLab();
    downloadBytes(file.name, file.bytes, 'application/zip');
  };
  const handleCancel = () => store.getState().dismissSharedLab();
  return (
    <Modal
      closeAriaLabel="Close dialog"
      visible={offer !== undefined}
      onDismiss={handleCancel}
      header="Open the shared lab?"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={handleCancel}>
              Cancel
            </Button>
            <Button iconName="download" onClick={handleExport}>
              Export my lab
            </Button>
            <Button variant="primary" onClick={() => store.getState().openSharedLab()}>
              Open shared lab
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {offer && (
        <SpaceBetween size="s">
          <Box>Your current lab will be replaced — export it first if you want to keep it.</Box>
          <Box>
            The shared lab is at {formatTime(offer.simulatedTime)} and has{' '}
            {offer.bucketNames.length === 0
              ? 'no buckets'
              : `${offer.bucketNames.length} bucket${offer.bucketNames.length === 1 ? '' : 's'}: ${offer.bucketNames.join(', ')}`}
            .
          </Box>
        </SpaceBetween>
      )}
    </Modal>
  );
}
