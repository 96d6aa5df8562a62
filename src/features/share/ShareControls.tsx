import Button from '@cloudscape-design/components/button';
import { useState } from 'react';
import { OpenSharedLabModal } from './OpenSharedLabModal';
import { ShareDialog } from './ShareDialog';
import { useSharedLinkListener } from './useSharedLinkListener';

/** The top bar's Share button, its dialog, and the confirmation for shared labs that arrive by link. */
export function ShareControls() {
  const [isOpen, setOpen] = useState(false);
  useSharedLinkListener();
  return (
    <>
      <Button iconName="share" onClick={() => setOpen(true)}>
        Share
      </Button>
      <ShareDialog visible={isOpen} onDismiss={() => setOpen(false)} />
      <OpenSharedLabModal />
    </>
  );
}
