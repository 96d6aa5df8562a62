import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { DefaultEncryption } from './actions';

/** Default encryption: SSE-S3, or SSE-KMS with a key id. */
export function EncryptionFields({
  value,
  onChange,
}: {
  value: DefaultEncryption;
  onChange: (value: DefaultEncryption) => void;
}) {
  return (
    <SpaceBetween size="m">
      <FormField label="Encryption type">
        <RadioGroup
          value={value.type}
          onChange={({ detail }) =>
            onChange(
              detail.value === 'SSE-S3' ? { type: 'SSE-S3' } : { type: 'SSE-KMS', kmsKeyId: '' },
            )
          }
          items={[
            {
              value: 'SSE-S3',
              label: 'Server-side encryption with Amazon S3 managed keys (SSE-S3)',
            },
            {
              value: 'SSE-KMS',
              label: 'Server-side encryption with AWS Key Management Service keys (SSE-KMS)',
            },
          ]}
        />
      </FormField>
      {value.type === 'SSE-KMS' && (
        <FormField
          label="AWS KMS key ID"
          description="A key ID, alias or ARN. Leave empty for the AWS managed key aws/s3."
        >
          <Input
            value={value.kmsKeyId}
            onChange={({ detail }) => onChange({ type: 'SSE-KMS', kmsKeyId: detail.value })}
            placeholder="alias/lake-key"
          />
        </FormField>
      )}
    </SpaceBetween>
  );
}
