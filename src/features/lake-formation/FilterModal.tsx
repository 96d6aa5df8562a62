import { useMemo, useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { catalogTree } from './catalogModel';
import { ErrorAlert } from './ErrorAlert';
import { ColumnsMultiselect, DatabaseTableSelects } from './TableSelects';
import { useLakeFormation } from './useLakeFormation';
import { useLfCall } from './useLfCall';

type ColumnMode = 'all' | 'include' | 'exclude';

interface FilterDraft {
  name: string;
  database: string;
  table: string;
  rowFilter: string;
  columnMode: ColumnMode;
  columns: string[];
}

/** CreateDataCellsFilter input: an empty row filter means all rows (AllRowsWildcard). */
export function createFilterInput(accountId: string, d: FilterDraft) {
  const expression = d.rowFilter.trim();
  return {
    TableData: {
      TableCatalogId: accountId,
      DatabaseName: d.database,
      TableName: d.table,
      Name: d.name.trim(),
      RowFilter: expression ? { FilterExpression: expression } : { AllRowsWildcard: {} },
      ...(d.columnMode === 'include'
        ? { ColumnNames: d.columns }
        : { ColumnWildcard: { ExcludedColumnNames: d.columnMode === 'exclude' ? d.columns : [] } }),
    },
  };
}

/** Create data filter: a row filter expression and the columns it shows (included or all but excluded). */
export function FilterModal({ onDismiss }: { onDismiss: () => void }) {
  const { world, accountId, version } = useLakeFormation();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the world mutates in place; version marks changes
  const tree = useMemo(() => catalogTree(world), [world, version]);
  const { run, error, isBusy } = useLfCall();
  const [d, setD] = useState<FilterDraft>({
    name: '',
    database: '',
    table: '',
    rowFilter: '',
    columnMode: 'all',
    columns: [],
  });
  const columns =
    tree.find((x) => x.name === d.database)?.tables.find((t) => t.name === d.table)?.columns ?? [];
  const input = createFilterInput(accountId, d);
  const submit = async () => {
    if (await run('CreateDataCellsFilter', input, `Created data filter ${d.name.trim()}`))
      onDismiss();
  };
  return (
    <Modal
      visible
      size="medium"
      onDismiss={onDismiss}
      header="Create data filter"
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onDismiss}>
              Cancel
            </Button>
            <ShowCliButton
              service="lakeformation"
              operation="CreateDataCellsFilter"
              input={input}
            />
            <Button variant="primary" loading={isBusy} onClick={() => void submit()}>
              Create filter
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="m">
        <ErrorAlert error={error} />
        <FormField label="Data filter name">
          <Input
            value={d.name}
            onChange={({ detail }) => setD({ ...d, name: detail.value })}
            placeholder="eu_rows"
          />
        </FormField>
        <DatabaseTableSelects
          tree={tree}
          database={d.database}
          table={d.table}
          onChange={(database, table) => setD({ ...d, database, table, columns: [] })}
        />
        <FormField
          label="Row filter expression"
          description="A PartiQL condition, e.g. region = 'EU'. Empty: all rows."
        >
          <Textarea
            value={d.rowFilter}
            rows={2}
            onChange={({ detail }) => setD({ ...d, rowFilter: detail.value })}
          />
        </FormField>
        <FormField label="Column-level access">
          <RadioGroup
            value={d.columnMode}
            onChange={({ detail }) =>
              setD({ ...d, columnMode: detail.value as ColumnMode, columns: [] })
            }
            items={[
              { value: 'all', label: 'Access to all columns' },
              { value: 'include', label: 'Include columns' },
              { value: 'exclude', label: 'Exclude columns' },
            ]}
          />
        </FormField>
        {d.columnMode !== 'all' && (
          <ColumnsMultiselect
            label={d.columnMode === 'include' ? 'Included columns' : 'Excluded columns'}
            columns={columns}
            value={d.columns}
            onChange={(cols) => setD({ ...d, columns: cols })}
          />
        )}
      </SpaceBetween>
    </Modal>
  );
}
