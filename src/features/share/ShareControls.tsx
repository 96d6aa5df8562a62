import ButtonGroup from '@cloudscape-design/components/button-group';
import { lazy, Suspense, useState } from 'react';
import { useT } from '../../i18n';
import { useLake } from '../../store';
import { useOnceTrue } from '../../ui/useOnceTrue';
import { useSharedLinkListener } from './useSharedLinkListener';

// Both dialogs (and their modal, form and copy components) load when first shown.
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));
const OpenSharedLabModal = lazy(() =>
  import('./OpenSharedLabModal').then((m) => ({ default: m.OpenSharedLabModal })),
);

/** The top bar's Share button, its dialog, and the confirmation for shared labs that arrive by link. */
export function ShareControls() {
  const { t } = useT();
  const [isOpen, setOpen] = useState(false);
  // A shared lab arriving by link takes over: its confirmation is the one dialog shown.
  const hasOffer = useLake((s) => s.sharedLabOffer !== undefined);
  useSharedLinkListener();
  const isShareDialogUsed = useOnceTrue(isOpen);
  const isOfferDialogUsed = useOnceTrue(hasOffer);
  return (
    <>
      <ButtonGroup
        variant="icon"
        ariaLabel={t('share.button')}
        items={[{ type: 'icon-button', id: 'share', text: t('share.button'), iconName: 'share' }]}
        onItemClick={() => setOpen(true)}
      />
      <Suspense fallback={null}>
        {isShareDialogUsed && (
          <ShareDialog visible={isOpen && !hasOffer} onDismiss={() => setOpen(false)} />
        )}
        {isOfferDialogUsed && <OpenSharedLabModal />}
      </Suspense>
    </>
  );
}
