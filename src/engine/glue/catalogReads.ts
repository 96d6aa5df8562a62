import type { World } from '../world';
import type { GluePartition, GlueTable, GlueTableEntry } from './state';

// Read-only views of the Data Catalog for the console and the query engine: no IAM check,
// no event log entry. Names are matched case-insensitively, as Glue stores them lower-cased.

function entryOf(world: World, database: string, table: string): GlueTableEntry | undefined {
  const tables = world.glue.tables?.[database.toLowerCase()];
  const key = table.toLowerCase();
  return tables && Object.hasOwn(tables, key) ? tables[key] : undefined;
}

/** The current version of a table, or undefined. Treat it as read-only. */
export function tableOf(
  world: World,
  database: string,
  table: string,
): Readonly<GlueTable> | undefined {
  const versions = entryOf(world, database, table)?.versions;
  return versions?.[versions.length - 1];
}

/** The current versions of a database's tables, sorted by name (empty for an unknown database). */
export function listTables(world: World, database: string): Readonly<GlueTable>[] {
  const tables = world.glue.tables?.[database.toLowerCase()] ?? {};
  return Object.values(tables)
    .map((entry) => entry.versions[entry.versions.length - 1])
    .filter((table) => table !== undefined)
    .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
}

/** A table's partitions in creation order (empty for an unknown table). */
export function partitionsOf(
  world: World,
  database: string,
  table: string,
): Readonly<GluePartition>[] {
  return Object.values(entryOf(world, database, table)?.partitions ?? {});
}
