import Select, { type SelectProps } from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Toggle from '@cloudscape-design/components/toggle';
import FormField from '@cloudscape-design/components/form-field';
import type { TimelineRow } from './timelineRows';

export interface TimelineFilter {
  service: string;
  principal: string;
  outcome: string;
  showReads: boolean;
}

export const NO_FILTER: TimelineFilter = {
  service: '',
  principal: '',
  outcome: '',
  showReads: false,
};

export function matchesFilter(row: TimelineRow, filter: TimelineFilter): boolean {
  if (!filter.showReads && row.status === 'read') return false;
  if (filter.service && row.action.split(':')[0] !== filter.service) return false;
  if (filter.principal && row.principal !== filter.principal) return false;
  if (filter.outcome && row.outcome !== filter.outcome) return false;
  return true;
}

const options = (all: string, values: string[]): SelectProps.Option[] => [
  { value: '', label: all },
  ...[...new Set(values)]
    .filter(Boolean)
    .sort()
    .map((v) => ({ value: v, label: v })),
];

function FilterSelect(props: {
  label: string;
  value: string;
  options: SelectProps.Option[];
  onChange: (value: string) => void;
}) {
  const selected = props.options.find((o) => o.value === props.value) ?? props.options[0]!;
  return (
    <FormField label={props.label}>
      <Select
        selectedOption={selected}
        options={props.options}
        onChange={({ detail }) => props.onChange(detail.selectedOption.value ?? '')}
      />
    </FormField>
  );
}

/** Service, principal and outcome filters for the timeline, and whether reads are listed. */
export function TimelineFilters(props: {
  rows: TimelineRow[];
  filter: TimelineFilter;
  onChange: (filter: TimelineFilter) => void;
}) {
  const { rows, filter, onChange } = props;
  return (
    <SpaceBetween direction="horizontal" size="m" alignItems="end">
      <FilterSelect
        label="Service"
        value={filter.service}
        options={options(
          'All services',
          rows.map((r) => r.action.split(':')[0] ?? ''),
        )}
        onChange={(service) => onChange({ ...filter, service })}
      />
      <FilterSelect
        label="Principal"
        value={filter.principal}
        options={options(
          'All principals',
          rows.map((r) => r.principal),
        )}
        onChange={(principal) => onChange({ ...filter, principal })}
      />
      <FilterSelect
        label="Outcome"
        value={filter.outcome}
        options={options('All outcomes', ['allowed', 'denied', 'error'])}
        onChange={(outcome) => onChange({ ...filter, outcome })}
      />
      <Toggle
        checked={filter.showReads}
        onChange={({ detail }) => onChange({ ...filter, showReads: detail.checked })}
      >
        Show read-only calls
      </Toggle>
    </SpaceBetween>
  );
}
