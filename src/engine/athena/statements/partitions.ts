import type { Partition, Table } from '@aws-sdk/client-glue';
import {
  ddlError,
  type AlterAddPartitions,
  type AlterDropPartitions,
  type AlterSetLocation,
  type AlterSetTblProperties,
  type ShowPartitions,
} from '../../sql/ddl';
import { allPartitions, databaseOf, glue, requireTable } from './catalog';
import { EMPTY_RESULT, linesResult, type ResultSet, type StatementEnv } from './env';
import { checkFolderLocation } from './location';
import {
  defaultPartitionLocation,
  matchesSpec,
  partitionInput,
  partitionName,
  specValues,
  tableInputOf,
} from './partitionNames';
import { ddlTime } from './tables';

const valuesKey = (values: readonly string[]) => JSON.stringify(values);

function requirePartitioned(table: Table, at?: { line: number; column: number }): void {
  // Hive: "Table <name> is not a partitioned table" (SemanticException 10241).
  if ((table.PartitionKeys ?? []).length === 0)
    throw ddlError('NOT_SUPPORTED', `Table ${table.Name ?? ''} is not a partitioned table`, at);
}

/** Creates partitions in BatchCreatePartition pages of 100 (Glue's limit); any failure fails the statement. */
export async function createPartitions(
  env: StatementEnv,
  table: Table,
  partitions: { values: string[]; location: string }[],
): Promise<void> {
  for (let i = 0; i < partitions.length; i += 100) {
    const page = partitions.slice(i, i + 100);
    const { Errors = [] } = await glue<{ Errors?: { ErrorDetail?: { ErrorMessage?: string } }[] }>(
      env,
      'BatchCreatePartition',
      {
        DatabaseName: table.DatabaseName,
        TableName: table.Name,
        PartitionInputList: page.map((p) => partitionInput(table, p.values, p.location)),
      },
    );
    const first = Errors[0];
    if (first)
      throw ddlError(
        'ALREADY_EXISTS',
        first.ErrorDetail?.ErrorMessage ?? 'Partition already exists.',
      );
  }
}

/** ALTER TABLE ADD [IF NOT EXISTS] PARTITION (…) [LOCATION '…'] … (alter-table-add-partition.md). */
export async function addPartitions(
  statement: AlterAddPartitions,
  env: StatementEnv,
): Promise<ResultSet> {
  const table = await requireTable(env, statement.table);
  requirePartitioned(table, statement.table.at);
  const existing = new Set(
    (await allPartitions(env, table.DatabaseName ?? '', table.Name ?? '')).map((p) =>
      valuesKey(p.Values ?? []),
    ),
  );
  const toAdd: { values: string[]; location: string }[] = [];
  for (const spec of statement.partitions) {
    const values = specValues(table, spec);
    if (
      existing.has(valuesKey(values)) ||
      toAdd.some((p) => valuesKey(p.values) === valuesKey(values))
    ) {
      if (statement.ifNotExists) continue;
      throw ddlError(
        'ALREADY_EXISTS',
        `Partition already exists: ${partitionName(table.PartitionKeys ?? [], values)}`,
        spec.at,
      );
    }
    const location =
      spec.location !== undefined
        ? checkFolderLocation(spec.location, spec.at)
        : defaultPartitionLocation(table, values);
    toAdd.push({ values, location });
  }
  await createPartitions(env, table, toAdd);
  return EMPTY_RESULT;
}

/** ALTER TABLE DROP [IF EXISTS] PARTITION (…), …: a partial spec drops every partition it matches. */
export async function dropPartitions(
  statement: AlterDropPartitions,
  env: StatementEnv,
): Promise<ResultSet> {
  const table = await requireTable(env, statement.table);
  requirePartitioned(table, statement.table.at);
  const partitions = await allPartitions(env, table.DatabaseName ?? '', table.Name ?? '');
  const toDrop = new Map<string, string[]>();
  for (const spec of statement.partitions) {
    const matching = partitions.filter((p) => matchesSpec(table, p.Values ?? [], spec));
    // Hive: dropping a partition that does not exist fails unless IF EXISTS is given.
    if (matching.length === 0 && !statement.ifExists)
      throw ddlError(
        'PARTITION_NOT_FOUND',
        `No partition matches (${spec.values.map((v) => `${v.key}='${v.value}'`).join(', ')})`,
        spec.at,
      );
    for (const p of matching) toDrop.set(valuesKey(p.Values ?? []), p.Values ?? []);
  }
  const values = [...toDrop.values()];
  // Glue: BatchDeletePartition takes at most 25 partitions.
  for (let i = 0; i < values.length; i += 25)
    await glue(env, 'BatchDeletePartition', {
      DatabaseName: table.DatabaseName,
      TableName: table.Name,
      PartitionsToDelete: values.slice(i, i + 25).map((Values) => ({ Values })),
    });
  return EMPTY_RESULT;
}

/** ALTER TABLE t [PARTITION (…)] SET LOCATION '…' (alter-table-set-location.md). */
export async function setLocation(
  statement: AlterSetLocation,
  env: StatementEnv,
): Promise<ResultSet> {
  const table = await requireTable(env, statement.table);
  const location = checkFolderLocation(statement.location, statement.table.at);
  if (!statement.partition) {
    const StorageDescriptor = { ...(table.StorageDescriptor ?? {}), Location: location };
    await glue(env, 'UpdateTable', {
      DatabaseName: table.DatabaseName,
      TableInput: tableInputOf(table, { StorageDescriptor }),
    });
    return EMPTY_RESULT;
  }
  const values = specValues(table, statement.partition);
  const { Partition: partition } = await glue<{ Partition: Partition }>(env, 'GetPartition', {
    DatabaseName: table.DatabaseName,
    TableName: table.Name,
    PartitionValues: values,
  }).catch(() => {
    throw ddlError(
      'PARTITION_NOT_FOUND',
      `Partition not found: ${partitionName(table.PartitionKeys ?? [], values)}`,
      statement.partition?.at,
    );
  });
  await glue(env, 'UpdatePartition', {
    DatabaseName: table.DatabaseName,
    TableName: table.Name,
    PartitionValueList: values,
    PartitionInput: {
      Values: values,
      StorageDescriptor: { ...(partition.StorageDescriptor ?? {}), Location: location },
      ...(partition.Parameters ? { Parameters: partition.Parameters } : {}),
    },
  });
  return EMPTY_RESULT;
}

/** ALTER TABLE t SET TBLPROPERTIES (…): adds or replaces properties (alter-table-set-tblproperties.md). */
export async function setTblProperties(
  statement: AlterSetTblProperties,
  env: StatementEnv,
): Promise<ResultSet> {
  const table = await requireTable(env, statement.table);
  const Parameters = {
    ...(table.Parameters ?? {}),
    ...statement.properties,
    transient_lastDdlTime: ddlTime(env),
  };
  await glue(env, 'UpdateTable', {
    DatabaseName: table.DatabaseName,
    TableInput: tableInputOf(table, { Parameters }),
  });
  return EMPTY_RESULT;
}

/** SHOW PARTITIONS → one column `partition`, `k=v/k2=v2` lines, in catalog order (show-partitions.md). */
export async function showPartitions(
  statement: ShowPartitions,
  env: StatementEnv,
): Promise<ResultSet> {
  const table = await requireTable(env, statement.table);
  requirePartitioned(table, statement.table.at);
  const partitions = await allPartitions(env, databaseOf(env, statement.table), table.Name ?? '');
  return linesResult(
    'partition',
    partitions.map((p) => partitionName(table.PartitionKeys ?? [], p.Values ?? [])),
  );
}
