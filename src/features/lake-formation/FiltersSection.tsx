import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { StoredDataCellsFilter } from '../../engine/lakeformation/state';
import { useLake } from '../../store';
import { DeleteResourceModal } from '../../ui/DeleteResourceModal';
import { FilterModal } from './FilterModal';
import { useLakeFormation } from './useLakeFormation';

/** "All columns except customer_email" / "Columns a, b" / "All columns". */
export function filterColumnsText(f: StoredDataCellsFilter): string {
  if (f.ColumnNames) return `Columns ${f.ColumnNames.join(', ')}`;
  if (f.ExcludedColumnNames?.length)
    return `All columns except ${f.ExcludedColumnNames.join(', ')}`;
  return 'All columns';
}

const deleteInput = (f: StoredDataCellsFilter) => ({
  TableCatalogId: f.TableCatalogId,
  DatabaseName: f.DatabaseName,
  TableName: f.TableName,
  Name: f.Name,
});

/** Data filters: row filter plus column set per table; create and delete. */
export function FiltersSection() {
  const { lf } = useLakeFormation();
  const call = useLake((s) => s.call);
  const [isCreating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<StoredDataCellsFilter>();
  const filters = Object.values(lf?.filters ?? {}).map((f) => ({
    ...f,
    key: `${f.DatabaseName}/${f.TableName}/${f.Name}`,
  }));
  return (
    <>
      <Table
        header={
          <Header
            variant="h1"
            counter={`(${filters.length})`}
            description="Row-level, column-level and cell-level security: grant SELECT on a filter instead of the table."
            actions={
              <Button variant="primary" onClick={() => setCreating(true)}>
                Create new filter
              </Button>
            }
          >
            Data filters
          </Header>
        }
        items={filters}
        trackBy="key"
        empty="No data filters."
        columnDefinitions={[
          { id: 'name', header: 'Filter name', cell: (f) => f.Name, isRowHeader: true },
          { id: 'table', header: 'Table', cell: (f) => `${f.DatabaseName}.${f.TableName}` },
          {
            id: 'rows',
            header: 'Rows',
            cell: (f) =>
              f.FilterExpression === undefined ? 'All rows' : `Rows where ${f.FilterExpression}`,
          },
          { id: 'columns', header: 'Columns', cell: filterColumnsText },
          {
            id: 'actions',
            header: 'Actions',
            cell: (f) => (
              <Button
                variant="inline-link"
                ariaLabel={`Delete data filter ${f.Name}`}
                onClick={() => setDeleting(f)}
              >
                Delete
              </Button>
            ),
          },
        ]}
      />
      {isCreating && <FilterModal onDismiss={() => setCreating(false)} />}
      {deleting && (
        <DeleteResourceModal
          kind="data filter"
          name={deleting.Name}
          cli={{
            service: 'lakeformation',
            operation: 'DeleteDataCellsFilter',
            input: deleteInput(deleting),
          }}
          onDelete={() =>
            call('lakeformation', 'DeleteDataCellsFilter', deleteInput(deleting), { quiet: true })
          }
          onDismiss={() => setDeleting(undefined)}
        >
          Principals granted SELECT through this filter lose that access.
        </DeleteResourceModal>
      )}
    </>
  );
}
