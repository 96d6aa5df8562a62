import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Textarea from '@cloudscape-design/components/textarea';
import type { ClassifierDraft, ClassifierField, HeaderOption } from './classifierDraft';

interface Props {
  draft: ClassifierDraft;
  change(patch: Partial<ClassifierDraft>): void;
  errorOf(field: ClassifierField): string | undefined;
}

/** The fields of the chosen classifier kind. */
export function ClassifierFields({ draft, change, errorOf }: Props) {
  const text = (
    field: keyof ClassifierDraft & ClassifierField,
    label: string,
    description?: string,
  ) => (
    <FormField label={label} description={description} errorText={errorOf(field)}>
      <Input value={draft[field]} onChange={({ detail }) => change({ [field]: detail.value })} />
    </FormField>
  );
  switch (draft.kind) {
    case 'GrokClassifier':
      return (
        <SpaceBetween size="l">
          {text(
            'classification',
            'Classification',
            'Written to the tables it creates, e.g. applog.',
          )}
          {text(
            'grokPattern',
            'Grok pattern',
            'e.g. %{TIMESTAMP_ISO8601:ts} %{LOGLEVEL:level} %{GREEDYDATA:message}',
          )}
          <FormField
            label="Custom patterns - optional"
            description="One per line: NAME regex"
            errorText={errorOf('customPatterns')}
          >
            <Textarea
              value={draft.customPatterns}
              onChange={({ detail }) => change({ customPatterns: detail.value })}
            />
          </FormField>
        </SpaceBetween>
      );
    case 'CsvClassifier':
      return (
        <SpaceBetween size="l">
          {text('delimiter', 'Column delimiter', 'One character, e.g. , or ; or |')}
          {text('quoteSymbol', 'Quote symbol', 'One character, different from the delimiter.')}
          <FormField label="Column headings" errorText={errorOf('containsHeader')}>
            <RadioGroup
              value={draft.containsHeader}
              onChange={({ detail }) => change({ containsHeader: detail.value as HeaderOption })}
              items={[
                { value: 'UNKNOWN', label: 'Detect headings' },
                { value: 'PRESENT', label: 'Has headings' },
                { value: 'ABSENT', label: 'No headings' },
              ]}
            />
          </FormField>
          {text(
            'header',
            'Header - optional',
            'Column names, comma-separated, when the files have none.',
          )}
        </SpaceBetween>
      );
    case 'JsonClassifier':
      return text('jsonPath', 'JSON path', 'Where the records are, e.g. $[*] or $.records[*]');
    case 'XMLClassifier':
      return (
        <SpaceBetween size="l">
          {text('classification', 'Classification', 'Written to the tables it creates, e.g. xml.')}
          {text(
            'rowTag',
            'Row tag',
            'The element that holds one record, without angle brackets, e.g. record.',
          )}
        </SpaceBetween>
      );
  }
}
