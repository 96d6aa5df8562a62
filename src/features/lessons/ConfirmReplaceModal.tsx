import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useT } from '../../i18n';

/** Asks before a lesson replaces the student's lab; optionally offers to keep it instead. */
export function ConfirmReplaceModal(props: {
  header: string;
  visible: boolean;
  onDismiss: () => void;
  onReplace: () => void;
  onKeep?: () => void;
}) {
  const { t } = useT();
  return (
    <Modal
      visible={props.visible}
      header={props.header}
      onDismiss={props.onDismiss}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={props.onDismiss}>
              {t('lessons.cancel')}
            </Button>
            {props.onKeep && <Button onClick={props.onKeep}>{t('lessons.keepLab')}</Button>}
            <Button variant="primary" onClick={props.onReplace}>
              {t('lessons.replaceLab')}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      {t('lessons.replaceBody')}
      {props.onKeep && ` ${t('lessons.keepBody')}`}
    </Modal>
  );
}
