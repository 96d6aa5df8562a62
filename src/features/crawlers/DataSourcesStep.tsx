import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import Multiselect from '@cloudscape-design/components/multiselect';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import type { DataSourceDraft } from './crawlerDraft';
import type { StepProps } from './stepProps';
import { useClassifierNames } from './useClassifiers';

/** Step 2: the S3 paths to crawl (with exclusions) and the custom classifiers to try first. */
export function DataSourcesStep({ draft, change, fieldError }: StepProps) {
  const classifierNames = useClassifierNames();
  const setSource = (i: number, patch: Partial<DataSourceDraft>) =>
    change({ sources: draft.sources.map((s, at) => (at === i ? { ...s, ...patch } : s)) });
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Data sources</Header>}>
        <SpaceBetween size="l">
          {draft.sources.map((source, i) => (
            <SpaceBetween size="s" key={i}>
              <FormField
                label={`S3 path ${i + 1}`}
                description="The folder to crawl, e.g. s3://shop-raw-zone/shop/"
                errorText={i === 0 ? fieldError('path') : undefined}
              >
                <Input
                  value={source.path}
                  placeholder="s3://bucket/prefix/"
                  onChange={({ detail }) => setSource(i, { path: detail.value })}
                />
              </FormField>
              <FormField
                label={`Exclusion patterns for S3 path ${i + 1} - optional`}
                description="One glob pattern per line, relative to the path, e.g. **.tmp or archive/**"
              >
                <Textarea
                  value={source.exclusions}
                  rows={2}
                  onChange={({ detail }) => setSource(i, { exclusions: detail.value })}
                />
              </FormField>
              {draft.sources.length > 1 && (
                <Button
                  onClick={() => change({ sources: draft.sources.filter((_, at) => at !== i) })}
                  ariaLabel={`Remove S3 path ${i + 1}`}
                >
                  Remove
                </Button>
              )}
            </SpaceBetween>
          ))}
          <Button
            onClick={() => change({ sources: [...draft.sources, { path: '', exclusions: '' }] })}
          >
            Add a data source
          </Button>
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2">Custom classifiers - optional</Header>}>
        <FormField
          label="Custom classifiers"
          description="Tried in the order you pick them, before the built-in classifiers; the first with certainty 1.0 wins."
        >
          <Multiselect
            selectedOptions={draft.classifiers.map((name) => ({ label: name, value: name }))}
            options={classifierNames.map((name) => ({ label: name, value: name }))}
            placeholder="Choose classifiers"
            empty="No custom classifiers: create them under Classifiers."
            onChange={({ detail }) =>
              change({ classifiers: detail.selectedOptions.map((o) => o.value ?? '') })
            }
          />
        </FormField>
      </Container>
    </SpaceBetween>
  );
}
