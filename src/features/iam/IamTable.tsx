import { useCollection } from '@cloudscape-design/collection-hooks';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import { TablePagination } from '../../ui/TablePagination';
import Header from '@cloudscape-design/components/header';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';

interface Props<T> {
  /** "Users" or "Roles". */
  title: string;
  /** "user" or "role", for the empty states and labels. */
  noun: string;
  description: string;
  items: T[];
  columns: TableProps.ColumnDefinition<T>[];
  trackBy: keyof T & string;
  createHref: string;
}

/** An IAM list as the console shows it: filter, sort by column, ten to a page. */
export function IamTable<T>({
  title,
  noun,
  description,
  items,
  columns,
  trackBy,
  createHref,
}: Props<T>) {
  const createButton = <Button href={createHref}>Create {noun}</Button>;
  const {
    items: visible,
    collectionProps,
    filterProps,
    paginationProps,
    filteredItemsCount,
  } = useCollection(items, {
    filtering: {
      empty: (
        <Box textAlign="center" color="inherit">
          <Box variant="p" color="inherit">
            No {noun}s yet.
          </Box>
          {createButton}
        </Box>
      ),
      noMatch: <Box textAlign="center">No {noun}s match the filter.</Box>,
    },
    sorting: { defaultState: { sortingColumn: columns[0]! } },
    pagination: { pageSize: 10 },
  });
  return (
    <Table
      {...collectionProps}
      items={visible}
      columnDefinitions={columns}
      trackBy={trackBy}
      variant="container"
      ariaLabels={{ tableLabel: title }}
      header={
        <Header
          variant="h2"
          counter={`(${items.length})`}
          description={description}
          actions={
            <Button variant="primary" href={createHref}>
              Create {noun}
            </Button>
          }
        >
          {title}
        </Header>
      }
      filter={
        <TextFilter
          {...filterProps}
          filteringPlaceholder={`Find ${noun}s`}
          filteringAriaLabel={`Filter ${noun}s`}
          countText={filteredItemsCount === 1 ? '1 match' : `${filteredItemsCount ?? 0} matches`}
        />
      }
      pagination={<TablePagination {...paginationProps} />}
    />
  );
}
