import type { Column, StorageDescriptor, TableInput } from '@aws-sdk/client-glue';
import { AwsError, entityNotFound, invalidInput } from '../core/errors';
import { serviceArn } from '../core/ids';
import type { OperationContext, RequiredAccess } from '../core/operations';
import { cloneWorld } from '../world';
import { databaseOf, glueOf } from './databases';
import { hiveTypeProblem } from './hiveTypes';
import { glueName, pageOf } from './names';
import type { GlueTable, GlueTableEntry } from './state';

const arnIn = (ctx: OperationContext, catalogId: string | undefined, resource: string) =>
  serviceArn('glue', catalogId ?? ctx.principal.accountId, resource, ctx.region);

/**
 * Glue resource-level permissions: table and partition operations need the catalog, the
 * database and the table ARN (`table/<db>/<table>`; partitions have no ARN of their own).
 */
export function tableAccess(
  ctx: OperationContext,
  action: string,
  catalogId: string | undefined,
  database: string | undefined,
  tables: readonly (string | undefined)[],
): RequiredAccess[] {
  const db = (database ?? '').toLowerCase();
  return [
    { action, resource: arnIn(ctx, catalogId, 'catalog') },
    { action, resource: arnIn(ctx, catalogId, `database/${db}`) },
    ...tables.map((table) => ({
      action,
      resource: arnIn(ctx, catalogId, `table/${db}/${(table ?? '').toLowerCase()}`),
    })),
  ];
}

/** The tables of one database, to change (created on first use; old saves have none). */
export function tablesIn(ctx: OperationContext, database: string): Record<string, GlueTableEntry> {
  const glue = glueOf(ctx);
  glue.tables ??= {};
  glue.tables[database] ??= {};
  return glue.tables[database];
}

/** The tables of one database, to read (an empty record when it has none). */
export function tablesOf(
  ctx: OperationContext,
  database: string,
): Readonly<Record<string, GlueTableEntry>> {
  const tables = ctx.world.glue.tables;
  return tables && Object.hasOwn(tables, database) ? (tables[database] ?? {}) : {};
}

/** A table's entry in the caller's catalog, or EntityNotFoundException for the database or the table. */
export function tableEntryOf(
  ctx: OperationContext,
  database: string | undefined,
  table: string | undefined,
  catalogId?: string,
): GlueTableEntry {
  const db = databaseOf(ctx, database, catalogId);
  const tables = tablesOf(ctx, db.Name);
  const key = (table ?? '').toLowerCase();
  const entry = Object.hasOwn(tables, key) ? tables[key] : undefined;
  if (!entry) throw entityNotFound(`Table ${table ?? ''} not found.`);
  return entry;
}

/** Compares names by code unit, so listings sort the same in every browser and locale. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The current version of a table entry. */
export function currentOf(entry: GlueTableEntry): GlueTable {
  const current = entry.versions[entry.versions.length - 1];
  if (!current) throw new Error('A Glue table entry has no versions.');
  return current;
}

/** JSON 1.1 sends timestamps as epoch seconds; engine callers may pass a Date or an ISO string. */
export function epochMsOf(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value * 1000;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return Date.parse(value);
  throw invalidInput(`The timestamp "${String(value)}" is not valid.`);
}

// Glue column names follow the single-line string pattern: no control characters except tab.
const hasControlCharacter = (text: string) =>
  [...text].some((ch) => ch !== '\t' && (ch.codePointAt(0) ?? 0) < 0x20);

/** Validates columns: Glue name constraints, Hive types (the error names the column), no duplicates. */
export function checkColumns(
  columns: readonly Column[],
  field: string,
  seen = new Set<string>(),
): Column[] {
  return columns.map((column, index) => {
    const name = column.Name ?? '';
    if (name.length < 1 || name.length > 255 || hasControlCharacter(name))
      throw invalidInput(
        `1 validation error detected: Value '${name}' at '${field}.${index + 1}.member.name' failed to satisfy constraint: Member must have length between 1 and 255 and be a single line`,
      );
    if (seen.has(name.toLowerCase())) throw invalidInput(`Duplicate column name: ${name}.`);
    seen.add(name.toLowerCase());
    const problem = column.Type === undefined ? undefined : hiveTypeProblem(column.Type);
    if (problem !== undefined)
      throw invalidInput(`Column ${name} has an invalid type "${column.Type ?? ''}": ${problem}.`);
    return cloneWorld(column);
  });
}

function storageOf(sd: StorageDescriptor | undefined): StorageDescriptor | undefined {
  if (!sd) return undefined;
  return {
    ...cloneWorld(sd),
    Columns: sd.Columns ?? [],
    Compressed: sd.Compressed ?? false,
    NumberOfBuckets: sd.NumberOfBuckets ?? 0,
    StoredAsSubDirectories: sd.StoredAsSubDirectories ?? false,
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

/** A stored table version from a TableInput, validated. */
export function tableFromInput(
  ctx: OperationContext,
  input: TableInput | undefined,
  where: { database: string; catalogId: string; createTime: number; versionId: string },
): GlueTable {
  if (!input)
    throw invalidInput(
      "1 validation error detected: Value null at 'tableInput' failed to satisfy constraint: Member must not be null",
    );
  const name = glueName(input.Name, 'tableInput.name');
  const seen = new Set<string>();
  const columns = checkColumns(
    input.StorageDescriptor?.Columns ?? [],
    'tableInput.storageDescriptor.columns',
    seen,
  );
  const partitionKeys = checkColumns(input.PartitionKeys ?? [], 'tableInput.partitionKeys', seen);
  const storage = storageOf(input.StorageDescriptor);
  if (input.Description !== undefined && input.Description.length > 2048)
    throw new AwsError(
      'InvalidInputException',
      "1 validation error detected: Value at 'tableInput.description' failed to satisfy constraint: Member must have length less than or equal to 2048",
    );
  return {
    Name: name,
    DatabaseName: where.database,
    CatalogId: where.catalogId,
    CreateTime: where.createTime,
    UpdateTime: ctx.now,
    Retention: input.Retention ?? 0,
    PartitionKeys: partitionKeys,
    CreatedBy: ctx.principal.callerArn,
    IsRegisteredWithLakeFormation: false,
    VersionId: where.versionId,
    ...optional('Description', input.Description),
    ...optional('Owner', input.Owner),
    ...optional('LastAccessTime', epochMsOf(input.LastAccessTime)),
    ...optional('LastAnalyzedTime', epochMsOf(input.LastAnalyzedTime)),
    ...optional('StorageDescriptor', storage && { ...storage, Columns: columns }),
    ...optional('TableType', input.TableType),
    ...optional('ViewOriginalText', input.ViewOriginalText),
    ...optional('ViewExpandedText', input.ViewExpandedText),
    ...optional('Parameters', input.Parameters && cloneWorld(input.Parameters)),
    ...optional('TargetTable', input.TargetTable && cloneWorld(input.TargetTable)),
  };
}

/** The Glue `Table` shape: a fresh copy with Date times. */
export function tableOutput(table: GlueTable) {
  const { CreateTime, UpdateTime, LastAccessTime, LastAnalyzedTime, ...rest } = cloneWorld(table);
  return {
    ...rest,
    CreateTime: new Date(CreateTime),
    UpdateTime: new Date(UpdateTime),
    ...optional(
      'LastAccessTime',
      LastAccessTime === undefined ? undefined : new Date(LastAccessTime),
    ),
    ...optional(
      'LastAnalyzedTime',
      LastAnalyzedTime === undefined ? undefined : new Date(LastAnalyzedTime),
    ),
  };
}

/** Glue pagination for GetTables and GetPartitions, whose MaxResults goes up to 1000 (the API reference's valid range). */
export function pageUpTo1000<T>(
  items: T[],
  input: { NextToken?: string; MaxResults?: number },
): { page: T[]; NextToken?: string } {
  const max = input.MaxResults ?? 100;
  if (!Number.isInteger(max) || max < 1 || max > 1000)
    throw invalidInput(
      `1 validation error detected: Value '${String(max)}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 1000`,
    );
  if (max <= 100) return pageOf(items, { ...input, MaxResults: max });
  // pageOf checks the token and caps a page at 100: join pages until MaxResults items are in.
  let result = pageOf(items, { NextToken: input.NextToken, MaxResults: 100 });
  const page = [...result.page];
  while (result.NextToken && page.length < max) {
    result = pageOf(items, {
      NextToken: result.NextToken,
      MaxResults: Math.min(100, max - page.length),
    });
    page.push(...result.page);
  }
  return result.NextToken ? { page, NextToken: result.NextToken } : { page };
}
