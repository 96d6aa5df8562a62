import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { useLakeStore } from '../../store';
import { formatBytes } from '../../ui/format';
import { currentPageUrl } from './currentPageUrl';
import { downloadBytes } from '../../ui/downloadBytes';
import { LinkField } from './LinkField';
import { labShareUrl, SHARE_LINK_LIMIT } from './shareLink';

/** The whole lab in a link when it is small enough, otherwise the way to share a file. */
export function ShareLabSection() {
  const store = useLakeStore();
  const { t } = useT();
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
        header={t('share.tooBig')}
        action={<Button onClick={handleExport}>{t('share.exportFile')}</Button>}
      >
        {t('share.tooBigBody', {
          size: formatBytes(link.length),
          limit: formatBytes(SHARE_LINK_LIMIT),
        })}
      </Alert>
    );
  return (
    <SpaceBetween size="xs">
      <LinkField
        label={t('share.labLink')}
        description={t('share.labLinkBody', { size: formatBytes(link.length) })}
        url={link}
      />
    </SpaceBetween>
  );
}
