import type { Column } from '@aws-sdk/client-glue';

export type ColumnChange = 'added' | 'removed' | 'type changed' | 'unchanged';

export interface ColumnDiff {
  name: string;
  change: ColumnChange;
  oldType?: string;
  newType?: string;
  isPartitionKey: boolean;
}

const byName = (columns: Column[]) =>
  new Map(columns.map((c) => [(c.Name ?? '').toLowerCase(), c]));

/** Columns of two versions compared by name: the newer version's order, then removed ones. */
export function diffSchemas(
  older: Column[],
  newer: Column[],
  partitionKeys: ReadonlySet<string> = new Set(),
): ColumnDiff[] {
  const before = byName(older);
  const after = byName(newer);
  const kept = newer.map((column): ColumnDiff => {
    const name = column.Name ?? '';
    const previous = before.get(name.toLowerCase());
    const isPartitionKey = partitionKeys.has(name.toLowerCase());
    if (!previous) return { name, change: 'added', newType: column.Type, isPartitionKey };
    const change = previous.Type === column.Type ? 'unchanged' : 'type changed';
    return { name, change, oldType: previous.Type, newType: column.Type, isPartitionKey };
  });
  const removed = older
    .filter((c) => !after.has((c.Name ?? '').toLowerCase()))
    .map((c): ColumnDiff => ({
      name: c.Name ?? '',
      change: 'removed',
      oldType: c.Type,
      isPartitionKey: partitionKeys.has((c.Name ?? '').toLowerCase()),
    }));
  return [...kept, ...removed];
}

/** A table's columns followed by its partition keys. */
export const allColumnsOf = (table: {
  StorageDescriptor?: { Columns?: Column[] };
  PartitionKeys?: Column[];
}): Column[] => [...(table.StorageDescriptor?.Columns ?? []), ...(table.PartitionKeys ?? [])];
