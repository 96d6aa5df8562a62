import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useT } from '../../i18n';

/** A read-only link with a Copy button. */
export function LinkField(props: { label: string; description?: string; url: string }) {
  const { t } = useT();
  return (
    <FormField label={props.label} description={props.description} stretch>
      <SpaceBetween direction="horizontal" size="xs" alignItems="center">
        <div style={{ width: 520 }}>
          <Input value={props.url} readOnly ariaLabel={props.label} onChange={() => undefined} />
        </div>
        <CopyToClipboard
          variant="button"
          copyButtonText={t('share.copy')}
          copySuccessText={t('share.copied')}
          copyErrorText={t('share.copyFailed')}
          textToCopy={props.url}
        />
      </SpaceBetween>
    </FormField>
  );
}
