import FormField from '@cloudscape-design/components/form-field';
import Multiselect from '@cloudscape-design/components/multiselect';
import { AWS_MANAGED_POLICIES } from '../../engine/iam/managedPolicies';

const OPTIONS = Object.values(AWS_MANAGED_POLICIES).map((p) => ({
  value: p.Arn,
  label: p.PolicyName,
  description: p.Description,
}));

/** AWS managed policies to attach, chosen by name. */
export function ManagedPolicyPicker({
  selected,
  onChange,
}: {
  selected: string[];
  onChange: (arns: string[]) => void;
}) {
  return (
    <FormField
      label="AWS managed policies"
      description="Policies AWS maintains for common jobs. You can attach more later."
    >
      <Multiselect
        selectedOptions={OPTIONS.filter((o) => selected.includes(o.value))}
        options={OPTIONS}
        onChange={({ detail }) => onChange(detail.selectedOptions.map((o) => o.value!))}
        placeholder="Choose policies"
        filteringType="auto"
        ariaLabel="AWS managed policies"
        tokenLimit={4}
      />
    </FormField>
  );
}
