import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import type { StepProps } from './stepProps';

/** Step 1: the crawler's name and description. */
export function PropertiesStep({ draft, change, fieldError, isEdit }: StepProps) {
  return (
    <Container>
      <SpaceBetween size="l">
        <FormField
          label="Crawler name"
          description="Letters, numbers, hyphens and underscores; unique in the account and Region."
          errorText={fieldError('name')}
        >
          <Input
            value={draft.name}
            disabled={isEdit}
            onChange={({ detail }) => change({ name: detail.value })}
          />
        </FormField>
        <FormField label="Description - optional">
          <Textarea
            value={draft.description}
            onChange={({ detail }) => change({ description: detail.value })}
          />
        </FormField>
      </SpaceBetween>
    </Container>
  );
}
