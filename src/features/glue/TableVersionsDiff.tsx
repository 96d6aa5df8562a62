import { useState } from 'react';
import type { TableVersion } from '@aws-sdk/client-glue';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator, {
  type StatusIndicatorProps,
} from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import FormField from '@cloudscape-design/components/form-field';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import { formatDate } from './format';
import { allColumnsOf, diffSchemas, type ColumnChange, type ColumnDiff } from './schemaDiff';

// Each change has a text label and an icon, never colour alone.
const CHANGE_STATUS: Record<ColumnChange, StatusIndicatorProps.Type> = {
  added: 'success',
  removed: 'error',
  'type changed': 'warning',
  unchanged: 'stopped',
};

const optionOf = (v: TableVersion): SelectProps.Option => ({
  value: v.VersionId ?? '',
  label: `Version ${v.VersionId ?? ''}`,
  description: formatDate(v.Table?.UpdateTime),
});

function VersionPicker(props: {
  label: string;
  versions: TableVersion[];
  value: string;
  onChange: (id: string) => void;
}) {
  const selected = props.versions.find((v) => v.VersionId === props.value);
  return (
    <FormField label={props.label}>
      <Select
        selectedOption={selected ? optionOf(selected) : null}
        options={props.versions.map(optionOf)}
        onChange={({ detail }) => props.onChange(detail.selectedOption.value ?? '')}
      />
    </FormField>
  );
}

/** A Hive type that may break anywhere, so long struct<…> types wrap instead of widening the table. */
const TypeText = ({ type }: { type: string | undefined }) => (
  <span style={{ overflowWrap: 'anywhere' }}>{type ?? '-'}</span>
);

/** Two versions' schemas compared column by column: added, removed, type changed. */
export function TableVersionsDiff({ versions }: { versions: TableVersion[] }) {
  const [newerId, setNewerId] = useState(versions[0]?.VersionId ?? '');
  const [olderId, setOlderId] = useState(versions[1]?.VersionId ?? versions[0]?.VersionId ?? '');
  const older = versions.find((v) => v.VersionId === olderId)?.Table;
  const newer = versions.find((v) => v.VersionId === newerId)?.Table;
  const keys = new Set((newer?.PartitionKeys ?? []).map((k) => (k.Name ?? '').toLowerCase()));
  const diff = older && newer ? diffSchemas(allColumnsOf(older), allColumnsOf(newer), keys) : [];
  const changed = diff.filter((d) => d.change !== 'unchanged').length;
  return (
    <SpaceBetween size="m">
      <ColumnLayout columns={2}>
        <VersionPicker
          label="Compare version"
          versions={versions}
          value={olderId}
          onChange={setOlderId}
        />
        <VersionPicker
          label="With version"
          versions={versions}
          value={newerId}
          onChange={setNewerId}
        />
      </ColumnLayout>
      <Table<ColumnDiff>
        items={diff}
        trackBy={(d) => `${d.change}:${d.name}`}
        variant="embedded"
        wrapLines
        ariaLabels={{ tableLabel: 'Schema differences' }}
        header={
          <Header variant="h3" counter={`(${changed} changed)`}>
            Schema differences
          </Header>
        }
        columnDefinitions={[
          {
            id: 'name',
            header: 'Column',
            cell: (d) => `${d.name}${d.isPartitionKey ? ' (partition key)' : ''}`,
            isRowHeader: true,
            minWidth: 160,
          },
          {
            id: 'change',
            header: 'Change',
            minWidth: 160,
            cell: (d) => (
              <StatusIndicator type={CHANGE_STATUS[d.change]}>{d.change}</StatusIndicator>
            ),
          },
          {
            id: 'old',
            header: `Type in version ${olderId}`,
            cell: (d) => <TypeText type={d.oldType} />,
          },
          {
            id: 'new',
            header: `Type in version ${newerId}`,
            cell: (d) => <TypeText type={d.newType} />,
          },
        ]}
        empty={<Box textAlign="center">Pick two versions to compare.</Box>}
      />
    </SpaceBetween>
  );
}
