import ButtonGroup from '@cloudscape-design/components/button-group';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useLake } from '../../store';
import { OpenSharedLabModal } from './OpenSharedLabModal';
import { ShareDialog } from './ShareDialog';
import { useSharedLinkListener } from './useSharedLinkListener';

/** The top bar's Share button, its dialog, and the confirmation for shared labs that arrive by link. */
export function ShareControls() {
  const { t } = useT();
  const [isOpen, setOpen] = useState(false);
  // A shared lab arriving by link takes over: its confirmation is the one dialog shown.
  const hasOffer = useLake((s) => s.sharedLabOffer !== undefined);
  useSharedLinkListener();
  return (
    <>
      <ButtonGroup
        variant="icon"
        ariaLabel={t('share.button')}
        items={[{ type: 'icon-button', id: 'share', text: t('share.button'), iconName: 'share' }]}
        onItemClick={() => setOpen(true)}
      />
      <ShareDialog visible={isOpen && !hasOffer} onDismiss={() => setOpen(false)} />
      <OpenSharedLabModal />
    </>
  );
}
