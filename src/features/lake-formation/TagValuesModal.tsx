import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { ErrorAlert } from './ErrorAlert';
import { useLfCall } from './useLfCall';

/** "pii, internal ,public" → ["pii", "internal", "public"]. */
export const splitValues = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** Create an LF-Tag (key and values), or edit an existing key's values (UpdateLFTag). */
export function TagValuesModal({
  existing,
  onDismiss,
}: {
  existing?: { key: string; values: string[] };
  onDismiss: () => void;
}) {
  const { run, error, isBusy } = useLfCall();
  const [key, setKey] = useState(existing?.key ?? '');
  const [valuesText, setValuesText] = useState(existing?.values.join(', ') ?? '');
  const values = splitValues(valuesText);
  const operation = existing ? 'UpdateLFTag' : 'CreateLFTag';
  const input = existing
    ? {
        TagKey: existing.key,
        ...(values.some((v) => !existing.values.includes(v))
          ? { TagValuesToAdd: values.filter((v) => !existing.values.includes(v)) }
          : {}),
        ...(existing.values.some((v) => !values.includes(v))
          ? { TagValuesToDelete: existing.values.filter((v) => !values.includes(v)) }
          : {}),
      }
    : { TagKey: key.trim(), TagValues: values };
  const submit = async () => {
    const done = existing ? `Updated LF-Tag ${existing.key}` : `Created LF-Tag ${key.trim()}`;
    if (await run(operation, input, done)) onDismiss();
  };
  return (
    <Modal
      visible
      onDismiss={onDismiss}
      header={existing ? `Edit LF-Tag ${existing.key}` : 'Add LF-Tag'}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <ShowCliButton service="lakeformation" operation={operation} input={input} />
            <Button variant="primary" loading={isBusy} onClick={() => void submit()}>
              {existing ? 'Save' : 'Add LF-Tag'}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <ErrorAlert error={error} />
        <FormField
          label="Key"
          constraintText="Up to 128 characters; keys are stored in lower case."
        >
          <Input
            value={key}
            disabled={!!existing}
            onChange={({ detail }) => setKey(detail.value)}
            placeholder="sensitivity"
          />
        </FormField>
        <FormField label="Values" constraintText="Comma-separated, up to 1000 values.">
          <Input
            value={valuesText}
            onChange={({ detail }) => setValuesText(detail.value)}
            placeholder="pii, internal, public"
          />
        </FormField>
      </SpaceBetween>
    </Modal>
  );
}
