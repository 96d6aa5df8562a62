import type { Table } from '@aws-sdk/client-glue';
import { ddlError, type MsckRepair } from '../../sql/ddl';
import { allPartitions, requireTable } from './catalog';
import { linesResult, type ResultSet, type StatementEnv } from './env';
import { listKeys, locationUri, parseS3Location } from './location';
import { partitionName, unescapePathName } from './partitionNames';
import { createPartitions } from './partitions';

/** The partition values a key's folders spell (`dt=2024-01-01/hr=5/file`), or undefined. */
function valuesFromKey(table: Table, relativeKey: string): string[] | undefined {
  const keys = table.PartitionKeys ?? [];
  const folders = relativeKey.split('/').slice(0, -1);
  if (folders.length < keys.length) return undefined;
  const values: string[] = [];
  for (const [i, key] of keys.entries()) {
    const folder = folders[i] ?? '';
    const at = folder.indexOf('=');
    // Athena: MSCK finds Hive-style k=v folders whose key matches the (lower-case) partition key (msck-repair-table.md).
    if (at < 0 || unescapePathName(folder.slice(0, at)) !== key.Name) return undefined;
    values.push(unescapePathName(folder.slice(at + 1)));
  }
  return values;
}

/**
 * MSCK REPAIR TABLE adds the Hive-style partitions found under the table's location and never
 * removes any; values containing ':' are skipped (msck-repair-table.md). It prints Hive's report:
 * "Partitions not in metastore:\t<t>:<p>…" then "Repair: Added partition to metastore <t>:<p>" per partition.
 */
export async function msckRepair(statement: MsckRepair, env: StatementEnv): Promise<ResultSet> {
  const table = await requireTable(env, statement.table);
  const keys = table.PartitionKeys ?? [];
  if (keys.length === 0) return linesResult('result', []);
  const location = table.StorageDescriptor?.Location;
  if (!location)
    throw ddlError('INVALID_TABLE_PROPERTY', `Table ${table.Name ?? ''} has no location.`);
  const root = parseS3Location(location);
  const existing = new Set(
    (await allPartitions(env, table.DatabaseName ?? '', table.Name ?? '')).map((p) =>
      JSON.stringify(p.Values),
    ),
  );
  const found = new Map<string, { values: string[]; location: string }>();
  for (const { key } of await listKeys(env, root)) {
    const relative = key.slice(root.prefix.length);
    const values = valuesFromKey(table, relative);
    if (!values || values.some((value) => value.includes(':'))) continue;
    // The partition's location is the folder as written in S3.
    const folders = relative.split('/').slice(0, keys.length).join('/');
    if (!existing.has(JSON.stringify(values)))
      found.set(partitionName(keys, values), {
        values,
        location: `${locationUri(root)}${folders}/`,
      });
  }
  const names = [...found.keys()].sort();
  if (names.length === 0) return linesResult('result', []);
  await createPartitions(
    env,
    table,
    names.map((name) => found.get(name) ?? { values: [], location: '' }),
  );
  const tableName = table.Name ?? '';
  return linesResult('result', [
    `Partitions not in metastore:\t${names.map((name) => `${tableName}:${name}`).join('\t')}`,
    ...names.map((name) => `Repair: Added partition to metastore ${tableName}:${name}`),
  ]);
}
