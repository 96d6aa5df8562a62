import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useT } from '../../i18n';
import { ShareLabSection } from './ShareLabSection';
import { ShareLessonSection } from './ShareLessonSection';

/** Links to share: the lesson at its step, and the whole lab when it is small enough. */
export function ShareDialog(props: { visible: boolean; onDismiss: () => void }) {
  const { t } = useT();
  return (
    <Modal
      closeAriaLabel={t('share.closeDialog')}
      visible={props.visible}
      onDismiss={props.onDismiss}
      size="large"
      header={t('share.button')}
      footer={
        <Box float="right">
          <Button variant="primary" onClick={props.onDismiss}>
            {t('share.done')}
          </Button>
        </Box>
      }
    >
      {props.visible && (
        <SpaceBetween size="l">
          <SpaceBetween size="s">
            <Header variant="h3">{t('share.lessonHeader')}</Header>
            <ShareLessonSection />
          </SpaceBetween>
          <SpaceBetween size="s">
            <Header variant="h3">{t('share.labHeader')}</Header>
            <ShareLabSection />
          </SpaceBetween>
        </SpaceBetween>
      )}
    </Modal>
  );
}
