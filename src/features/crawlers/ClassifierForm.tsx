import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { navigate } from '../../store/router';
import { ShowCliButton } from '../../ui/ShowCliButton';
import {
  classifierInput,
  EMPTY_CLASSIFIER,
  fieldOfError,
  KIND_LABELS,
  type ClassifierDraft,
  type ClassifierKind,
} from './classifierDraft';
import { ClassifierFields } from './ClassifierFields';

const KIND_OPTIONS = Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }));

/** Add or edit a custom classifier; Glue's validation errors appear on the field they name. */
export function ClassifierForm({ initial }: { initial?: ClassifierDraft }) {
  const call = useLake((s) => s.call);
  const isEdit = initial !== undefined;
  const [draft, setDraft] = useState<ClassifierDraft>(initial ?? EMPTY_CLASSIFIER);
  const [error, setError] = useState<{ name: string; message: string }>();
  const change = (patch: Partial<ClassifierDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const field = error ? fieldOfError(error.message) : undefined;
  const operation = isEdit ? 'UpdateClassifier' : 'CreateClassifier';
  const save = async () => {
    try {
      await call('glue', operation, classifierInput(draft), { quiet: true });
      navigate('/glue/classifiers');
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError({ name: e.name, message: e.message });
    }
  };
  return (
    <Form
      header={
        <Header variant="h1">{isEdit ? `Edit classifier ${draft.name}` : 'Add classifier'}</Header>
      }
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button variant="link" onClick={() => navigate('/glue/classifiers')}>
            Cancel
          </Button>
          <ShowCliButton service="glue" operation={operation} input={classifierInput(draft)} />
          <Button variant="primary" onClick={() => void save()}>
            {isEdit ? 'Save classifier' : 'Create classifier'}
          </Button>
        </SpaceBetween>
      }
    >
      <SpaceBetween size="l">
        {error && !field && (
          <Alert type="error" header={error.name}>
            {error.message}
          </Alert>
        )}
        <Container>
          <SpaceBetween size="l">
            <FormField
              label="Classifier name"
              errorText={field === 'name' ? error?.message : undefined}
            >
              <Input
                value={draft.name}
                disabled={isEdit}
                onChange={({ detail }) => change({ name: detail.value })}
              />
            </FormField>
            <FormField label="Classifier type">
              <Select
                disabled={isEdit}
                selectedOption={KIND_OPTIONS.find((o) => o.value === draft.kind)!}
                options={KIND_OPTIONS}
                onChange={({ detail }) =>
                  change({ kind: detail.selectedOption.value as ClassifierKind })
                }
              />
            </FormField>
            <ClassifierFields
              draft={draft}
              change={change}
              errorOf={(f) => (f === field ? error?.message : undefined)}
            />
          </SpaceBetween>
        </Container>
      </SpaceBetween>
    </Form>
  );
}
