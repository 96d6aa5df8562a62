import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import { useLakeStore } from '../../store';
import { formatBytes } from '../../ui/format';
import { currentPageUrl } from './currentPageUrl';
import { downloadBytes } from '../../ui/downloadBytes';
import { LinkField } from './LinkField';
import { labShareUrl, SHARE_LINK_LIMIT } from './shareLink';

/** The whole lab in a link when it is small enough, otherwise the way to share a file. */
export function ShareLabSection() {
  const store = useLakeStore();
  const link = useMemo(() => {
    const { bytes } = store.getState().exportLab();
    return labShareUrl(currentPageUrl(), bytes);
    // Computed when the dialog opens: the lab as it is now.
  }, [store]);
  const handleExport = () => {
    const file = store.getState().exportLab();
    downloadBytes(file.name, file.bytes, 'application/zip');
  };
  if (link.length > SHARE_LINK_LIMIT)
    return (
      <Alert
        type="info"
        header="This lab is too big for a link"
        action={<Button onClick={handleExport}>Export file</Button>}
      >
        The lab takes {formatBytes(link.length)} as a link; links stop at{' '}
        {formatBytes(SHARE_LINK_LIMIT)} because browsers and chat tools cut longer ones. Export it
        to a .lakelab file and share the file: anyone can import it from Lab settings.
      </Alert>
    );
  return (
    <SpaceBetween size="xs">
      <LinkField
        label="Link to this lab"
        description={`The whole lab (${formatBytes(link.length)}) travels in the link: whoever opens it is asked before their own lab is replaced.`}
        url={link}
      />
    </SpaceBetween>
  );
}
