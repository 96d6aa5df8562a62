import type { ReactNode } from 'react';
import { useState } from 'react';
import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Table from '@cloudscape-design/components/table';
import type { TypeNode } from './typeTree';

export interface SchemaRow extends TypeNode {
  /** Unique path, e.g. `customer.address.city`. */
  id: string;
  comment?: string;
  isPartitionKey?: boolean;
}

/** A column's tree rows: nested fields get ids from their parent's path. */
export function schemaRowOf(
  node: TypeNode,
  parentId: string,
  extra: Partial<SchemaRow> = {},
): SchemaRow {
  const id = parentId ? `${parentId}.${node.name}` : node.name;
  return { ...node, ...extra, id, children: node.children.map((c) => schemaRowOf(c, id)) };
}

/** Columns as an expandable tree: struct fields, array elements and map keys/values nest under their column. */
export function SchemaTree({ rows, header }: { rows: SchemaRow[]; header: ReactNode }) {
  const [expanded, setExpanded] = useState<SchemaRow[]>([]);
  return (
    <Table<SchemaRow>
      items={rows}
      trackBy="id"
      header={header}
      variant="container"
      wrapLines
      columnDefinitions={[
        { id: 'name', header: 'Column name', cell: (r) => r.name, isRowHeader: true },
        {
          id: 'type',
          header: 'Data type',
          cell: (r) => (r.children.length > 0 ? r.type.replace(/<.*$/s, '') : r.type),
        },
        {
          id: 'partition',
          header: 'Partition key',
          cell: (r) => (r.isPartitionKey ? <Badge color="blue">Partition key</Badge> : '-'),
        },
        { id: 'comment', header: 'Comment', cell: (r) => r.comment || '-' },
      ]}
      expandableRows={{
        getItemChildren: (r) => r.children as SchemaRow[],
        isItemExpandable: (r) => r.children.length > 0,
        expandedItems: expanded,
        onExpandableItemToggle: ({ detail }) =>
          setExpanded((current) =>
            detail.expanded
              ? [...current, detail.item]
              : current.filter((r) => r.id !== detail.item.id),
          ),
      }}
      ariaLabels={{
        expandButtonLabel: (r) => `Show fields of ${r.name}`,
        collapseButtonLabel: (r) => `Hide fields of ${r.name}`,
        tableLabel: 'Schema',
      }}
      empty={<Box textAlign="center">This table has no columns.</Box>}
    />
  );
}
