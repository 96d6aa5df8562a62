import type { Table } from '@aws-sdk/client-glue';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { formatBytes } from './format';

const pairsOf = (record: Record<string, string> | undefined) =>
  Object.entries(record ?? {}).map(([label, value]) => ({ label, value: value || '-' }));

function sizeOf(parameters: Record<string, string>): string {
  const bytes = Number(parameters.sizeKey ?? parameters.totalSize);
  return Number.isFinite(bytes) ? formatBytes(bytes) : '-';
}

/** The Properties tab: storage (location, formats, SerDe) and the table's parameters. */
export function TablePropertiesTab({ table }: { table: Table }) {
  const sd = table.StorageDescriptor;
  const parameters = table.Parameters ?? {};
  const serde = sd?.SerdeInfo;
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Storage</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'Classification', value: parameters.classification ?? '-' },
            { label: 'Location', value: sd?.Location ?? '-' },
            { label: 'Table type', value: table.TableType ?? '-' },
            { label: 'Input format', value: sd?.InputFormat ?? '-' },
            { label: 'Output format', value: sd?.OutputFormat ?? '-' },
            { label: 'Serde serialization library', value: serde?.SerializationLibrary ?? '-' },
            {
              label: 'Compression',
              value: parameters.compressionType ?? (sd?.Compressed ? 'yes' : 'none'),
            },
            { label: 'Record count', value: parameters.recordCount ?? '-' },
            { label: 'Size', value: sizeOf(parameters) },
          ]}
        />
      </Container>
      <Container header={<Header variant="h2">Serde parameters</Header>}>
        <KeyValuePairs
          columns={3}
          items={
            pairsOf(serde?.Parameters).length
              ? pairsOf(serde?.Parameters)
              : [{ label: 'Parameters', value: 'None' }]
          }
        />
      </Container>
      <Container header={<Header variant="h2">Table properties</Header>}>
        <KeyValuePairs
          columns={3}
          items={
            pairsOf(parameters).length
              ? pairsOf(parameters)
              : [{ label: 'Properties', value: 'None' }]
          }
        />
      </Container>
    </SpaceBetween>
  );
}
