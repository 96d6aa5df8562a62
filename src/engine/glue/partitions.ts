import type {
  CreatePartitionRequest,
  DeletePartitionRequest,
  GetPartitionRequest,
  GetPartitionsRequest,
  UpdatePartitionRequest,
} from '@aws-sdk/client-glue';
import type { OperationDef } from '../core/operations';
import { partitionFilter } from './expression';
import { partitionKeyOf } from './state';
import {
  addPartition,
  checkValueCount,
  partitionExists,
  partitionFromInput,
  partitionOf,
  partitionOutput,
  sortedPartitions,
} from './partitionsModel';
import { currentOf, pageUpTo1000, tableAccess, tableEntryOf } from './tablesModel';
import { catalogViewFor } from '../lakeformation/glueAccess';

export const CreatePartition: OperationDef<CreatePartitionRequest> = {
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:CreatePartition', i.CatalogId, i.DatabaseName, [i.TableName]),
  run(input, ctx) {
    const entry = tableEntryOf(ctx, input.DatabaseName, input.TableName, input.CatalogId);
    addPartition(entry, partitionFromInput(ctx, entry, input.PartitionInput));
    return {};
  },
};

export const GetPartition: OperationDef<GetPartitionRequest> = {
  readOnly: true,
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:GetPartition', i.CatalogId, i.DatabaseName, [i.TableName]),
  run(input, ctx) {
    const entry = tableEntryOf(ctx, input.DatabaseName, input.TableName, input.CatalogId);
    catalogViewFor(ctx).checkTable(currentOf(entry));
    return { Partition: partitionOutput(partitionOf(entry, input.PartitionValues)) };
  },
};

function segmentOf<T>(items: T[], segment: GetPartitionsRequest['Segment']): T[] {
  if (!segment) return items;
  const { SegmentNumber = 0, TotalSegments = 1 } = segment;
  // Glue: a segment is one of 1–10 disjoint slices of the table's partitions.
  return items.filter((_, i) => i % TotalSegments === SegmentNumber);
}

export const GetPartitions: OperationDef<GetPartitionsRequest> = {
  readOnly: true,
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:GetPartitions', i.CatalogId, i.DatabaseName, [i.TableName]),
  run(input, ctx) {
    const entry = tableEntryOf(ctx, input.DatabaseName, input.TableName, input.CatalogId);
    catalogViewFor(ctx).checkTable(currentOf(entry));
    const matches = input.Expression?.trim()
      ? partitionFilter(input.Expression, currentOf(entry).PartitionKeys)
      : () => true;
    const matching = segmentOf(sortedPartitions(entry), input.Segment).filter((p) =>
      matches(p.Values),
    );
    const { page, NextToken } = pageUpTo1000(matching, input);
    const excludeColumnSchema = input.ExcludeColumnSchema === true;
    return {
      Partitions: page.map((p) => partitionOutput(p, { excludeColumnSchema })),
      ...(NextToken ? { NextToken } : {}),
    };
  },
};

export const UpdatePartition: OperationDef<UpdatePartitionRequest> = {
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:UpdatePartition', i.CatalogId, i.DatabaseName, [i.TableName]),
  run(input, ctx) {
    const entry = tableEntryOf(ctx, input.DatabaseName, input.TableName, input.CatalogId);
    const current = partitionOf(entry, checkValueCount(currentOf(entry), input.PartitionValueList));
    // Glue: UpdatePartition may change the values (a rename), keeping the creation time.
    const updated = partitionFromInput(
      ctx,
      entry,
      { ...input.PartitionInput, Values: input.PartitionInput?.Values ?? current.Values },
      current.CreationTime,
    );
    const oldKey = partitionKeyOf(current.Values);
    const newKey = partitionKeyOf(updated.Values);
    if (newKey !== oldKey && Object.hasOwn(entry.partitions, newKey)) throw partitionExists();
    Reflect.deleteProperty(entry.partitions, oldKey);
    entry.partitions[newKey] = updated;
    return {};
  },
};

export const DeletePartition: OperationDef<DeletePartitionRequest> = {
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:DeletePartition', i.CatalogId, i.DatabaseName, [i.TableName]),
  run(input, ctx) {
    const entry = tableEntryOf(ctx, input.DatabaseName, input.TableName, input.CatalogId);
    const partition = partitionOf(entry, input.PartitionValues);
    Reflect.deleteProperty(entry.partitions, partitionKeyOf(partition.Values));
    return {};
  },
};
