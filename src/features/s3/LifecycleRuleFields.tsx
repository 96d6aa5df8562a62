import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { TRANSITION_CLASSES, type RuleDraft } from './lifecycleDraft';

type Transition = RuleDraft['transitions'][number];

/** The fields of one lifecycle rule: name, status, scope, transitions and expiration. */
export function LifecycleRuleFields({
  draft,
  onChange,
}: {
  draft: RuleDraft;
  onChange: (draft: RuleDraft) => void;
}) {
  const set = (patch: Partial<RuleDraft>) => onChange({ ...draft, ...patch });
  const setTransition = (index: number, patch: Partial<Transition>) =>
    set({ transitions: draft.transitions.map((t, i) => (i === index ? { ...t, ...patch } : t)) });
  return (
    <SpaceBetween size="m">
      <FormField label="Lifecycle rule name" description="Up to 255 characters.">
        <Input value={draft.id} onChange={({ detail }) => set({ id: detail.value })} />
      </FormField>
      <Checkbox
        checked={draft.isEnabled}
        onChange={({ detail }) => set({ isEnabled: detail.checked })}
      >
        Enabled
      </Checkbox>
      <FormField label="Rule scope">
        <RadioGroup
          value={draft.scope}
          onChange={({ detail }) => set({ scope: detail.value as RuleDraft['scope'] })}
          items={[
            { value: 'filtered', label: 'Limit the scope of this rule using one or more filters' },
            { value: 'bucket', label: 'Apply to all objects in the bucket' },
          ]}
        />
      </FormField>
      {draft.scope === 'filtered' && (
        <>
          <FormField label="Prefix" description="For example raw/ or logs/2024/.">
            <Input value={draft.prefix} onChange={({ detail }) => set({ prefix: detail.value })} />
          </FormField>
          <FormField
            label="Object tags"
            description="key=value pairs, separated by commas."
            constraintText="Optional."
          >
            <Input
              value={draft.tags}
              onChange={({ detail }) => set({ tags: detail.value })}
              placeholder="stage=raw"
            />
          </FormField>
        </>
      )}
      <FormField
        label="Transitions"
        description="Move current versions of objects between storage classes."
      >
        <AttributeEditor
          items={draft.transitions}
          addButtonText="Add transition"
          removeButtonText="Remove"
          onAddButtonClick={() =>
            set({ transitions: [...draft.transitions, { days: '90', storageClass: 'GLACIER' }] })
          }
          onRemoveButtonClick={({ detail }) =>
            set({ transitions: draft.transitions.filter((_, i) => i !== detail.itemIndex) })
          }
          empty="No transitions."
          definition={[
            {
              label: 'Storage class',
              control: (t, i) => (
                <Select
                  ariaLabel={`Transition ${i + 1} storage class`}
                  selectedOption={
                    TRANSITION_CLASSES.find((c) => c.value === t.storageClass) ?? null
                  }
                  options={TRANSITION_CLASSES}
                  onChange={({ detail }) =>
                    setTransition(i, {
                      storageClass: detail.selectedOption.value as Transition['storageClass'],
                    })
                  }
                />
              ),
            },
            {
              label: 'Days after object creation',
              control: (t, i) => (
                <Input
                  ariaLabel={`Transition ${i + 1} days`}
                  type="number"
                  value={t.days}
                  onChange={({ detail }) => setTransition(i, { days: detail.value })}
                />
              ),
            },
          ]}
        />
      </FormField>
      <FormField
        label="Expiration days"
        description="Delete objects this many days after creation."
        constraintText="Optional."
      >
        <Input
          type="number"
          value={draft.expirationDays}
          onChange={({ detail }) => set({ expirationDays: detail.value })}
        />
      </FormField>
    </SpaceBetween>
  );
}
