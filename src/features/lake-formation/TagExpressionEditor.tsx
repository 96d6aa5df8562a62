import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Multiselect from '@cloudscape-design/components/multiselect';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { TagCondition } from './grantDraft';

/**
 * An LF-Tag expression: one row per key with the values it may take. LF: AND across keys,
 * OR across the values of one key.
 */
export function TagExpressionEditor({
  tags,
  value,
  onChange,
}: {
  tags: Array<{ key: string; values: string[] }>;
  value: TagCondition[];
  onChange: (expression: TagCondition[]) => void;
}) {
  const unused = tags.filter((t) => !value.some((c) => c.key === t.key));
  const update = (i: number, next: TagCondition) =>
    onChange(value.map((c, j) => (j === i ? next : c)));
  return (
    <SpaceBetween size="s">
      {value.map((c, i) => {
        const allowed = tags.find((t) => t.key === c.key)?.values ?? [];
        return (
          <SpaceBetween key={c.key} direction="horizontal" size="xs">
            <FormField label={`Key ${i + 1}`}>
              <Select
                selectedOption={{ value: c.key, label: c.key }}
                options={[c, ...unused].map((t) => ({ value: t.key, label: t.key }))}
                onChange={({ detail }) =>
                  update(i, { key: detail.selectedOption.value ?? '', values: [] })
                }
              />
            </FormField>
            <FormField label={`Values of ${c.key}`}>
              <Multiselect
                placeholder="Choose values"
                selectedOptions={c.values.map((v) => ({ value: v, label: v }))}
                options={allowed.map((v) => ({ value: v, label: v }))}
                onChange={({ detail }) =>
                  update(i, {
                    key: c.key,
                    values: detail.selectedOptions.map((o) => o.value ?? ''),
                  })
                }
              />
            </FormField>
            <FormField label={<span aria-hidden="true">&nbsp;</span>}>
              <Button
                ariaLabel={`Remove key ${c.key}`}
                iconName="close"
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              />
            </FormField>
          </SpaceBetween>
        );
      })}
      <Button
        disabled={unused.length === 0}
        onClick={() => {
          const next = unused[0];
          if (next) onChange([...value, { key: next.key, values: [] }]);
        }}
      >
        Add LF-Tag key
      </Button>
    </SpaceBetween>
  );
}
