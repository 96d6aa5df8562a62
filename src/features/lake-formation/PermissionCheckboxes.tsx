import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import FormField from '@cloudscape-design/components/form-field';

const LABELS: Record<string, string> = { ALL: 'Super (ALL)' };

/** One checkbox per permission valid for the resource. */
export function PermissionCheckboxes({
  label,
  description,
  permissions,
  value,
  onChange,
  disabled = [],
}: {
  label: string;
  description?: string;
  permissions: string[];
  value: string[];
  onChange: (permissions: string[]) => void;
  disabled?: string[];
}) {
  return (
    <FormField label={label} description={description}>
      <div role="group" aria-label={label}>
        <ColumnLayout columns={4} variant="text-grid">
          {permissions.map((p) => (
            <Checkbox
              key={p}
              checked={value.includes(p)}
              disabled={disabled.includes(p)}
              onChange={({ detail }) =>
                onChange(detail.checked ? [...value, p] : value.filter((x) => x !== p))
              }
            >
              {LABELS[p] ?? p}
            </Checkbox>
          ))}
        </ColumnLayout>
      </div>
    </FormField>
  );
}
