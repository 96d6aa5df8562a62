import type {
  BatchCreatePartitionRequest,
  BatchDeletePartitionRequest,
  BatchGetPartitionRequest,
} from '@aws-sdk/client-glue';
import { invalidInput } from '../core/errors';
import type { OperationDef } from '../core/operations';
import { partitionKeyOf } from './state';
import {
  addPartition,
  errorDetailOf,
  partitionFromInput,
  partitionNotFound,
  partitionOutput,
} from './partitionsModel';
import { catalogViewFor } from '../lakeformation/glueAccess';
import { currentOf, tableAccess, tableEntryOf } from './tablesModel';

function checkBatchSize(count: number, max: number, field: string): void {
  if (count > max)
    throw invalidInput(
      `1 validation error detected: Value at '${field}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
}

export const BatchCreatePartition: OperationDef<BatchCreatePartitionRequest> = {
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:BatchCreatePartition', i.CatalogId, i.DatabaseName, [i.TableName]),
  run(input, ctx) {
    const entry = tableEntryOf(ctx, input.DatabaseName, input.TableName, input.CatalogId);
    const inputs = input.PartitionInputList ?? [];
    // Glue: BatchCreatePartition takes 0–100 partitions and reports each failure in Errors.
    checkBatchSize(inputs.length, 100, 'partitionInputList');
    const Errors = [];
    for (const partitionInput of inputs) {
      try {
        addPartition(entry, partitionFromInput(ctx, entry, partitionInput));
      } catch (error) {
        Errors.push({
          PartitionValues: partitionInput.Values ?? [],
          ErrorDetail: errorDetailOf(error),
        });
      }
    }
    return { Errors };
  },
};

export const BatchDeletePartition: OperationDef<BatchDeletePartitionRequest> = {
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:BatchDeletePartition', i.CatalogId, i.DatabaseName, [i.TableName]),
  run(input, ctx) {
    const entry = tableEntryOf(ctx, input.DatabaseName, input.TableName, input.CatalogId);
    const toDelete = input.PartitionsToDelete ?? [];
    // Glue: BatchDeletePartition takes 0–25 partitions.
    checkBatchSize(toDelete.length, 25, 'partitionsToDelete');
    const Errors = [];
    for (const { Values = [] } of toDelete) {
      const key = partitionKeyOf(Values);
      if (Object.hasOwn(entry.partitions, key)) Reflect.deleteProperty(entry.partitions, key);
      else
        Errors.push({ PartitionValues: Values, ErrorDetail: errorDetailOf(partitionNotFound()) });
    }
    return { Errors };
  },
};

export const BatchGetPartition: OperationDef<BatchGetPartitionRequest> = {
  readOnly: true,
  authorize: (i, ctx) =>
    tableAccess(ctx, 'glue:BatchGetPartition', i.CatalogId, i.DatabaseName, [i.TableName]),
  run(input, ctx) {
    const entry = tableEntryOf(ctx, input.DatabaseName, input.TableName, input.CatalogId);
    catalogViewFor(ctx).checkTable(currentOf(entry));
    const wanted = input.PartitionsToGet ?? [];
    // Glue: BatchGetPartition takes 0–1000 partitions; missing ones are simply left out.
    checkBatchSize(wanted.length, 1000, 'partitionsToGet');
    const Partitions = wanted
      .map(({ Values = [] }) => entry.partitions[partitionKeyOf(Values)])
      .filter((p) => p !== undefined)
      .map((p) => partitionOutput(p));
    return { Partitions, UnprocessedKeys: [] };
  },
};
