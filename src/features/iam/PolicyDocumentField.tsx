import FormField from '@cloudscape-design/components/form-field';
import Textarea from '@cloudscape-design/components/textarea';
import { EXAMPLE_POLICY } from './policyDocument';

interface Props {
  label: string;
  description?: string;
  value: string;
  errorText?: string;
  onChange: (value: string) => void;
}

/** A JSON policy document in a monospace text area, with IAM's error shown on the field. */
export function PolicyDocumentField({ label, description, value, errorText, onChange }: Props) {
  return (
    <FormField label={label} description={description} errorText={errorText} stretch>
      <div style={{ fontFamily: 'Monaco, Menlo, Consolas, "Courier New", monospace' }}>
        <Textarea
          value={value}
          onChange={({ detail }) => onChange(detail.value)}
          rows={12}
          spellcheck={false}
          placeholder={EXAMPLE_POLICY}
          ariaLabel={label}
        />
      </div>
    </FormField>
  );
}
