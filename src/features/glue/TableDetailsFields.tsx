import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { FORMAT_STORAGE, type NewTable, type TableFormat } from './actions';

const FORMATS: { value: TableFormat; label: string }[] = [
  { value: 'csv', label: 'CSV' },
  { value: 'json', label: 'JSON' },
  { value: 'parquet', label: 'Parquet' },
];

/** Add table: name, description, S3 location and data format (which sets the SerDe). */
export function TableDetailsFields({
  table,
  onChange,
}: {
  table: NewTable;
  onChange: (patch: Partial<NewTable>) => void;
}) {
  const storage = FORMAT_STORAGE[table.format];
  return (
    <Container header={<Header variant="h2">Table details</Header>}>
      <SpaceBetween size="l">
        <FormField label="Table name" constraintText="Glue stores table names in lower case.">
          <Input
            value={table.name}
            placeholder="orders"
            onChange={({ detail }) => onChange({ name: detail.value })}
          />
        </FormField>
        <FormField label="Description - optional">
          <Textarea
            value={table.description}
            rows={2}
            onChange={({ detail }) => onChange({ description: detail.value })}
          />
        </FormField>
        <FormField label="Location" description="The S3 folder holding the table's files.">
          <Input
            value={table.location}
            placeholder="s3://my-lake/orders/"
            onChange={({ detail }) => onChange({ location: detail.value })}
          />
        </FormField>
        <FormField
          label="Data format"
          description={`Classification ${table.format}: input ${storage.InputFormat}, SerDe ${storage.SerdeInfo?.SerializationLibrary}.`}
        >
          <RadioGroup
            value={table.format}
            items={FORMATS}
            ariaLabel="Data format"
            onChange={({ detail }) => onChange({ format: detail.value as TableFormat })}
          />
        </FormField>
      </SpaceBetween>
    </Container>
  );
}
