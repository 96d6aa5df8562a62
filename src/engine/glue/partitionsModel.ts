import type { PartitionInput } from '@aws-sdk/client-glue';
import { AwsError, entityNotFound, invalidInput } from '../core/errors';
import type { OperationContext } from '../core/operations';
import { cloneWorld } from '../world';
import { partitionKeyOf, type GluePartition, type GlueTable, type GlueTableEntry } from './state';
import { checkColumns, currentOf, epochMsOf } from './tablesModel';

export const partitionNotFound = () => entityNotFound('Cannot find partition.');
export const partitionExists = () =>
  new AwsError('AlreadyExistsException', 'Partition already exists.');

/** Glue: a partition has exactly one value per partition key of its table. */
export function checkValueCount(table: GlueTable, values: readonly string[] | undefined): string[] {
  const list = values ?? [];
  if (list.length !== table.PartitionKeys.length)
    throw invalidInput(
      `The number of partition keys do not match the number of partition values: table ${table.Name} has ${table.PartitionKeys.length} partition keys, the request gave ${list.length} values.`,
    );
  return [...list];
}

/** The stored partition with these values, or EntityNotFoundException. */
export function partitionOf(
  entry: GlueTableEntry,
  values: readonly string[] | undefined,
): GluePartition {
  const key = partitionKeyOf(values ?? []);
  const partition = Object.hasOwn(entry.partitions, key) ? entry.partitions[key] : undefined;
  if (!partition) throw partitionNotFound();
  return partition;
}

/** A stored partition from a PartitionInput of this table, validated. */
export function partitionFromInput(
  ctx: OperationContext,
  entry: GlueTableEntry,
  input: PartitionInput | undefined,
  creationTime = ctx.now,
): GluePartition {
  if (!input)
    throw invalidInput(
      "1 validation error detected: Value null at 'partitionInput' failed to satisfy constraint: Member must not be null",
    );
  const table = currentOf(entry);
  const values = checkValueCount(table, input.Values);
  const sd = input.StorageDescriptor;
  const lastAccess = epochMsOf(input.LastAccessTime);
  const lastAnalyzed = epochMsOf(input.LastAnalyzedTime);
  return {
    Values: values,
    DatabaseName: table.DatabaseName,
    TableName: table.Name,
    CatalogId: table.CatalogId,
    CreationTime: creationTime,
    ...(lastAccess === undefined ? {} : { LastAccessTime: lastAccess }),
    ...(lastAnalyzed === undefined ? {} : { LastAnalyzedTime: lastAnalyzed }),
    ...(sd
      ? {
          StorageDescriptor: {
            ...cloneWorld(sd),
            Columns: checkColumns(sd.Columns ?? [], 'partitionInput.storageDescriptor.columns'),
          },
        }
      : {}),
    ...(input.Parameters ? { Parameters: cloneWorld(input.Parameters) } : {}),
  };
}

/** Adds a partition, or AlreadyExistsException. */
export function addPartition(entry: GlueTableEntry, partition: GluePartition): void {
  const key = partitionKeyOf(partition.Values);
  if (Object.hasOwn(entry.partitions, key)) throw partitionExists();
  entry.partitions[key] = partition;
}

/** The Glue `Partition` shape: a fresh copy with Date times. */
export function partitionOutput(
  partition: GluePartition,
  options: { excludeColumnSchema?: boolean } = {},
) {
  const { CreationTime, LastAccessTime, LastAnalyzedTime, StorageDescriptor, ...rest } =
    cloneWorld(partition);
  const storage =
    StorageDescriptor && options.excludeColumnSchema
      ? { ...StorageDescriptor, Columns: [] }
      : StorageDescriptor;
  return {
    ...rest,
    CreationTime: new Date(CreationTime),
    ...(LastAccessTime === undefined ? {} : { LastAccessTime: new Date(LastAccessTime) }),
    ...(LastAnalyzedTime === undefined ? {} : { LastAnalyzedTime: new Date(LastAnalyzedTime) }),
    ...(storage ? { StorageDescriptor: storage } : {}),
  };
}

/** The error detail a batch entry reports for an AwsError (anything else is a bug and is re-thrown). */
export function errorDetailOf(error: unknown): { ErrorCode: string; ErrorMessage: string } {
  if (!(error instanceof AwsError)) throw error;
  return { ErrorCode: error.name, ErrorMessage: error.message };
}

/** Partitions in a stable order: by values, compared key by key. */
export function sortedPartitions(entry: GlueTableEntry): GluePartition[] {
  return Object.values(entry.partitions).sort((a, b) => {
    for (let i = 0; i < Math.max(a.Values.length, b.Values.length); i += 1) {
      const [x, y] = [a.Values[i] ?? '', b.Values[i] ?? ''];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}
