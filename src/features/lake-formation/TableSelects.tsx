import FormField from '@cloudscape-design/components/form-field';
import Multiselect from '@cloudscape-design/components/multiselect';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CatalogDatabase } from './catalogModel';

const option = (value: string, label = value) => ({ value, label });

/** Database and table pickers over the catalog; `allTablesLabel` offers "every table" as ''. */
export function DatabaseTableSelects({
  tree,
  database,
  table,
  onChange,
  allTablesLabel,
  showTable = true,
}: {
  tree: CatalogDatabase[];
  database: string;
  table: string;
  onChange: (database: string, table: string) => void;
  allTablesLabel?: string;
  showTable?: boolean;
}) {
  const tables = tree.find((d) => d.name === database)?.tables ?? [];
  const tableOptions = [
    ...(allTablesLabel ? [option('', allTablesLabel)] : []),
    ...tables.map((t) => option(t.name)),
  ];
  const selectedTable = tableOptions.find((o) => o.value === table) ?? null;
  return (
    <SpaceBetween size="m">
      <FormField label="Database">
        <Select
          placeholder="Choose a database"
          selectedOption={database ? option(database) : null}
          options={tree.map((d) => option(d.name))}
          onChange={({ detail }) => onChange(detail.selectedOption.value ?? '', '')}
          empty="No databases"
        />
      </FormField>
      {showTable && (
        <FormField label="Table">
          <Select
            placeholder="Choose a table"
            disabled={!database}
            selectedOption={selectedTable}
            options={tableOptions}
            onChange={({ detail }) => onChange(database, detail.selectedOption.value ?? '')}
            empty="No tables"
          />
        </FormField>
      )}
    </SpaceBetween>
  );
}

/** A choice of a table's columns. */
export function ColumnsMultiselect({
  label,
  columns,
  value,
  onChange,
}: {
  label: string;
  columns: string[];
  value: string[];
  onChange: (columns: string[]) => void;
}) {
  return (
    <FormField label={label}>
      <Multiselect
        placeholder="Choose columns"
        selectedOptions={value.map((c) => option(c))}
        options={columns.map((c) => option(c))}
        onChange={({ detail }) => onChange(detail.selectedOptions.map((o) => o.value ?? ''))}
        empty="Choose a table first"
      />
    </FormField>
  );
}
