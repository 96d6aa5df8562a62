import type {
  Column,
  PartitionInput,
  StorageDescriptor,
  Table,
  TableInput,
} from '@aws-sdk/client-glue';
import { ddlError, type PartitionSpec } from '../../sql/ddl';
import { lower } from './catalog';

// Hive FileUtils.escapePathName: control characters and "#%'*/:=?\{[]^ and DEL become %XX in partition paths.
const ESCAPED = new Set([...'"#%\'*/:=?\\{[]^', '\u007f']);

const needsEscape = (ch: string) => ch.charCodeAt(0) < 0x20 || ESCAPED.has(ch);

export const escapePathName = (text: string) =>
  [...text]
    .map((ch) =>
      needsEscape(ch) ? `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : ch,
    )
    .join('');

export function unescapePathName(text: string): string {
  return text.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}

/** `k1=v1/k2=v2`, as SHOW PARTITIONS prints a partition and Hive names its folder. */
export function partitionName(keys: readonly Column[], values: readonly string[]): string {
  return keys
    .map((key, i) => `${escapePathName(key.Name ?? '')}=${escapePathName(values[i] ?? '')}`)
    .join('/');
}

/** A full partition spec's values in the table's partition-key order. */
export function specValues(table: Table, spec: PartitionSpec): string[] {
  const keys = table.PartitionKeys ?? [];
  if (keys.length === 0)
    throw ddlError(
      'NOT_SUPPORTED',
      `Table ${table.Name ?? ''} is not a partitioned table`,
      spec.at,
    );
  const given = new Map(spec.values.map(({ key, value }) => [lower(key), value]));
  for (const key of given.keys())
    if (!keys.some((k) => k.Name === key))
      throw ddlError(
        'INVALID_PARTITION_SPEC',
        `Partition spec contains a non-partition column: ${key}`,
        spec.at,
      );
  return keys.map((key) => {
    const value = given.get(key.Name ?? '');
    if (value === undefined)
      throw ddlError(
        'INVALID_PARTITION_SPEC',
        `Partition spec is missing the partition column ${key.Name ?? ''}`,
        spec.at,
      );
    return value;
  });
}

/** True when a partition's values match every key a (possibly partial) spec names. */
export function matchesSpec(table: Table, values: readonly string[], spec: PartitionSpec): boolean {
  const keys = table.PartitionKeys ?? [];
  return spec.values.every(({ key, value }) => {
    const index = keys.findIndex((k) => k.Name === lower(key));
    if (index < 0)
      throw ddlError(
        'INVALID_PARTITION_SPEC',
        `Partition spec contains a non-partition column: ${key}`,
        spec.at,
      );
    return values[index] === value;
  });
}

/** A partition inherits the table's storage descriptor, with its own location. */
export function partitionInput(table: Table, values: string[], location: string): PartitionInput {
  return {
    Values: values,
    StorageDescriptor: { ...(table.StorageDescriptor ?? {}), Location: location },
  };
}

/** Hive's default partition folder: `<table location><k1=v1>/<k2=v2>/`. */
export function defaultPartitionLocation(table: Table, values: readonly string[]): string {
  const base = table.StorageDescriptor?.Location ?? '';
  return `${base.endsWith('/') ? base : `${base}/`}${partitionName(table.PartitionKeys ?? [], values)}/`;
}

/** The writable fields of a table, for UpdateTable. */
export function tableInputOf(
  table: Table,
  changes: { StorageDescriptor?: StorageDescriptor; Parameters?: Record<string, string> },
): TableInput {
  return {
    Name: table.Name,
    ...(table.Description !== undefined ? { Description: table.Description } : {}),
    ...(table.Owner !== undefined ? { Owner: table.Owner } : {}),
    ...(table.Retention !== undefined ? { Retention: table.Retention } : {}),
    ...(table.TableType !== undefined ? { TableType: table.TableType } : {}),
    ...(table.ViewOriginalText !== undefined ? { ViewOriginalText: table.ViewOriginalText } : {}),
    ...(table.ViewExpandedText !== undefined ? { ViewExpandedText: table.ViewExpandedText } : {}),
    PartitionKeys: table.PartitionKeys ?? [],
    StorageDescriptor: changes.StorageDescriptor ?? table.StorageDescriptor ?? {},
    Parameters: changes.Parameters ?? table.Parameters ?? {},
  };
}
