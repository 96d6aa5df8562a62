import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Modal from '@cloudscape-design/components/modal';
import Multiselect from '@cloudscape-design/components/multiselect';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { ErrorAlert } from './ErrorAlert';
import {
  emptyLfTagDraft,
  LF_TAG_PERMISSIONS,
  lfTagDraftProblem,
  lfTagGrantInput,
  type LfTagGrantDraft,
} from './lfTagGrant';
import { PermissionCheckboxes } from './PermissionCheckboxes';
import { PrincipalSelect } from './PrincipalSelect';
import { useGrantOptions } from './useGrantOptions';
import { useLfCall } from './useLfCall';

function TagFields({
  draft,
  onChange,
  tags,
}: {
  draft: LfTagGrantDraft;
  onChange: (d: LfTagGrantDraft) => void;
  tags: Array<{ key: string; values: string[] }>;
}) {
  const values = tags.find((t) => t.key === draft.key)?.values ?? [];
  return (
    <SpaceBetween size="m">
      <FormField label="LF-Tag key">
        <Select
          placeholder="Choose an LF-Tag key"
          selectedOption={draft.key ? { value: draft.key, label: draft.key } : null}
          options={tags.map((t) => ({ value: t.key, label: t.key }))}
          onChange={({ detail }) =>
            onChange({ ...draft, key: detail.selectedOption.value ?? '', values: [] })
          }
          empty="No LF-Tags yet"
        />
      </FormField>
      <FormField label="LF-Tag values">
        <SpaceBetween size="xs">
          <Checkbox
            checked={draft.allValues}
            onChange={({ detail }) => onChange({ ...draft, allValues: detail.checked })}
          >
            All values (*)
          </Checkbox>
          {!draft.allValues && (
            <Multiselect
              placeholder="Choose values"
              disabled={!draft.key}
              selectedOptions={draft.values.map((v) => ({ value: v, label: v }))}
              options={values.map((v) => ({ value: v, label: v }))}
              onChange={({ detail }) =>
                onChange({
                  ...draft,
                  values: detail.selectedOptions.map((o) => o.value ?? ''),
                })
              }
            />
          )}
        </SpaceBetween>
      </FormField>
    </SpaceBetween>
  );
}

/** Grant ASSOCIATE and/or DESCRIBE on an LF-Tag key's values, with the grant option. */
export function LfTagGrantModal({ onDismiss }: { onDismiss: () => void }) {
  const { principals, tags } = useGrantOptions();
  const { run, error, isBusy } = useLfCall();
  const [draft, setDraft] = useState(emptyLfTagDraft());
  const problem = lfTagDraftProblem(draft);
  const input = lfTagGrantInput(draft);
  const submit = async () => {
    if (await run('GrantPermissions', input, 'Granted LF-Tag permissions')) onDismiss();
  };
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      closeAriaLabel="Close dialog"
      header="Grant LF-Tag permissions"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <ShowCliButton service="lakeformation" operation="GrantPermissions" input={input} />
            <Button
              variant="primary"
              loading={isBusy}
              disabled={!!problem}
              onClick={() => void submit()}
            >
              Grant
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <ErrorAlert error={error} />
        <FormField label="Principal" description="IAM users and roles in this account.">
          <PrincipalSelect
            ariaLabel="Principal"
            options={principals}
            value={draft.principal}
            onChange={(principal) => setDraft({ ...draft, principal })}
          />
        </FormField>
        <TagFields draft={draft} onChange={setDraft} tags={tags} />
        <PermissionCheckboxes
          label="LF-Tag permissions"
          permissions={LF_TAG_PERMISSIONS}
          value={draft.permissions}
          onChange={(permissions) => setDraft({ ...draft, permissions })}
        />
        <PermissionCheckboxes
          label="Grantable permissions"
          description="The principal may grant these to others (the grant option)."
          permissions={LF_TAG_PERMISSIONS}
          value={draft.grantable}
          disabled={LF_TAG_PERMISSIONS.filter((p) => !draft.permissions.includes(p))}
          onChange={(grantable) => setDraft({ ...draft, grantable })}
        />
        {problem && <Box color="text-body-secondary">{problem}</Box>}
      </SpaceBetween>
    </Modal>
  );
}
