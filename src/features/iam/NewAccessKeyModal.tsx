import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';

export interface NewAccessKey {
  AccessKeyId: string;
  SecretAccessKey: string;
}

const copyable = (label: string, text: string) => (
  <CopyToClipboard
    variant="inline"
    textToCopy={text}
    copyButtonAriaLabel={`Copy ${label}`}
    copySuccessText={`${label} copied`}
    copyErrorText={`${label} could not be copied`}
  />
);

/** The new key's secret, shown this once, as IAM does. */
export function NewAccessKeyModal({
  accessKey,
  onDismiss,
}: {
  accessKey: NewAccessKey;
  onDismiss: () => void;
}) {
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header="Access key created"
      footer={
        <Box float="right">
          <Button variant="primary" onClick={onDismiss}>
            Done
          </Button>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <Alert type="warning">
          This is the only time the secret access key can be viewed or copied. You cannot recover it
          later; create a new key instead.
        </Alert>
        <KeyValuePairs
          columns={1}
          items={[
            { label: 'Access key ID', value: copyable('Access key ID', accessKey.AccessKeyId) },
            {
              label: 'Secret access key',
              value: copyable('Secret access key', accessKey.SecretAccessKey),
            },
          ]}
        />
      </SpaceBetween>
    </Modal>
  );
}
