import type { GrantResource } from './state';

/** The API's Permission enum (API_PrincipalPermissions). */
export const PERMISSIONS = [
  'ALL',
  'SELECT',
  'ALTER',
  'DROP',
  'DELETE',
  'INSERT',
  'DESCRIBE',
  'CREATE_DATABASE',
  'CREATE_TABLE',
  'DATA_LOCATION_ACCESS',
  'CREATE_LF_TAG',
  'ASSOCIATE',
  'GRANT_WITH_LF_TAG_EXPRESSION',
  'CREATE_LF_TAG_EXPRESSION',
  'CREATE_CATALOG',
  'SUPER_USER',
] as const;

export const TABLE_PERMISSIONS = ['ALTER', 'DELETE', 'DESCRIBE', 'DROP', 'INSERT', 'SELECT'];
export const DATABASE_PERMISSIONS = ['ALTER', 'CREATE_TABLE', 'DESCRIBE', 'DROP'];

// LF permissions reference ("Valid permissions per resource"), one line per resource kind.
const VALID: Record<string, readonly string[]> = {
  Catalog: [
    'ALL',
    'SUPER_USER',
    'ALTER',
    'CREATE_DATABASE',
    'DESCRIBE',
    'DROP',
    'CREATE_LF_TAG',
    'CREATE_LF_TAG_EXPRESSION',
    'CREATE_CATALOG',
  ],
  Database: ['ALL', ...DATABASE_PERMISSIONS],
  Table: ['ALL', ...TABLE_PERMISSIONS],
  TableWithColumns: ['SELECT'],
  DataLocation: ['DATA_LOCATION_ACCESS'],
  DataCellsFilter: ['DESCRIBE', 'DROP', 'SELECT'],
  LFTag: ['DROP', 'ALTER', 'ASSOCIATE', 'DESCRIBE', 'GRANT_WITH_LF_TAG_EXPRESSION'],
  LFTagPolicyDATABASE: ['ALL', ...DATABASE_PERMISSIONS],
  LFTagPolicyTABLE: ['ALL', ...TABLE_PERMISSIONS],
};

/** The permissions a resource kind accepts. */
export function validPermissionsFor(resource: GrantResource): readonly string[] {
  if (resource.kind === 'LFTagPolicy') return VALID[`LFTagPolicy${resource.resourceType}`] ?? [];
  return VALID[resource.kind] ?? [];
}

/** ALL (Super) stands for every permission of a database or table. */
export function expandAll(permissions: readonly string[], kind: 'table' | 'database'): string[] {
  if (!permissions.includes('ALL')) return [...permissions];
  const all = kind === 'table' ? TABLE_PERMISSIONS : DATABASE_PERMISSIONS;
  return [...new Set([...permissions, ...all])];
}

/** The name a student reads for a resource: `shop.orders`, `database shop`, `s3://bucket/prefix`. */
export function resourceLabel(resource: GrantResource): string {
  switch (resource.kind) {
    case 'Catalog':
      return 'the Data Catalog';
    case 'Database':
      return `database ${resource.database}`;
    case 'Table':
      return resource.table === null
        ? `every table of ${resource.database}`
        : `${resource.database}.${resource.table}`;
    case 'TableWithColumns':
      return resource.columnNames
        ? `columns ${resource.columnNames.join(', ')} of ${resource.database}.${resource.table}`
        : resource.excludedColumnNames?.length
          ? `all columns except ${resource.excludedColumnNames.join(', ')} of ${resource.database}.${resource.table}`
          : `all columns of ${resource.database}.${resource.table}`;
    case 'DataLocation':
      return resource.arn;
    case 'DataCellsFilter':
      return `data filter ${resource.name} on ${resource.database}.${resource.table}`;
    case 'LFTag':
      return `LF-Tag ${resource.key}=${resource.values.join('|')}`;
    case 'LFTagPolicy':
      return `${resource.resourceType === 'TABLE' ? 'tables' : 'databases'} tagged ${expressionText(resource.expression)}`;
  }
}

export function expressionText(expression: ReadonlyArray<{ key: string; values: string[] }>) {
  return expression
    .map((c) =>
      c.values.length === 1 ? `${c.key}=${c.values[0]}` : `${c.key} in (${c.values.join(', ')})`,
    )
    .join(' AND ');
}
