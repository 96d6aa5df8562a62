import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useT, type Translate } from '../../i18n';
import { useLake, useLakeStore } from '../../store';
import { downloadBytes } from '../../ui/downloadBytes';

const formatTime = (ms: number) =>
  `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function bucketsSentence(t: Translate, time: string, names: string[]): string {
  if (names.length === 0) return t('share.sharedNoBuckets', { time });
  const params = { time, count: names.length, names: names.join(', ') };
  return t(names.length === 1 ? 'share.sharedOneBucket' : 'share.sharedBuckets', params);
}

/** Asks before a shared lab replaces the current one: Export first, Open, or Cancel. */
export function OpenSharedLabModal() {
  const store = useLakeStore();
  const { t } = useT();
  const offer = useLake((s) => s.sharedLabOffer);
  const handleExport = () => {
    const file = store.getState().exportLab();
    downloadBytes(file.name, file.bytes, 'application/zip');
  };
  const handleCancel = () => store.getState().dismissSharedLab();
  return (
    <Modal
      closeAriaLabel={t('share.closeDialog')}
      visible={offer !== undefined}
      onDismiss={handleCancel}
      header={t('share.openHeader')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={handleCancel}>
              {t('share.cancel')}
            </Button>
            <Button iconName="download" onClick={handleExport}>
              {t('share.exportMine')}
            </Button>
            <Button variant="primary" onClick={() => store.getState().openSharedLab()}>
              {t('share.openShared')}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {offer && (
        <SpaceBetween size="s">
          <Box>{t('share.willReplace')}</Box>
          <Box>{bucketsSentence(t, formatTime(offer.simulatedTime), offer.bucketNames)}</Box>
        </SpaceBetween>
      )}
    </Modal>
  );
}
