import Select from '@cloudscape-design/components/select';
import type { PrincipalOption } from './principals';

/** A choice among the account's IAM users and roles. */
export function PrincipalSelect({
  options,
  value,
  onChange,
  ariaLabel,
  placeholder = 'Choose an IAM user or role',
}: {
  options: PrincipalOption[];
  value: string;
  onChange: (arn: string) => void;
  ariaLabel?: string;
  placeholder?: string;
}) {
  const selected = options.find((o) => o.arn === value);
  return (
    <Select
      ariaLabel={ariaLabel}
      placeholder={placeholder}
      filteringType="auto"
      selectedOption={selected ? { value: selected.arn, label: selected.label } : null}
      options={options.map((o) => ({ value: o.arn, label: o.label, description: o.arn }))}
      onChange={({ detail }) => onChange(detail.selectedOption.value ?? '')}
      empty="No IAM users or roles"
    />
  );
}
