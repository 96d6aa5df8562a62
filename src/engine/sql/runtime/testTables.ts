import { utf8Encode } from '../../formats/text';
import type { SqlColumn, SqlRunRequest, SqlSourceFile, SqlTableInput } from '../runner';

/** Test builders: a file, a table and a request, with defaults that read like the story. */
export function fileOf(
  key: string,
  content: string | Uint8Array,
  options: { etag?: string; partitionValues?: Record<string, string>; bucket?: string } = {},
): SqlSourceFile {
  return {
    bucket: options.bucket ?? 'lake',
    key,
    etag: options.etag ?? `"${key}-1"`,
    bytes: typeof content === 'string' ? utf8Encode(content) : content,
    partitionValues: options.partitionValues ?? {},
  };
}

export const columnsOf = (spec: string): SqlColumn[] =>
  spec.split(/\s*,\s*(?![^<]*>)/).map((part) => {
    const [name = '', type = 'string'] = part.trim().split(/\s+/);
    return { name, type };
  });

export function tableOf(
  sqliteName: string,
  columns: string,
  files: SqlSourceFile[],
  extra: Partial<SqlTableInput> = {},
): SqlTableInput {
  return {
    sqliteName,
    format: 'csv',
    columns: columnsOf(columns),
    partitionKeys: [],
    files,
    ...extra,
  };
}

let nextQuery = 1;

export function requestOf(
  sql: string,
  tables: SqlTableInput[],
  extra: Partial<SqlRunRequest> = {},
): SqlRunRequest {
  return { id: `q${nextQuery++}`, sql, tables, sandboxKey: 'analyst', ...extra };
}
