import { DATABASE_PERMISSIONS, TABLE_PERMISSIONS } from '../../engine/lakeformation/vocabulary';

// LF "Valid permissions per resource": the Data Catalog (catalog-level grants).
export const CATALOG_PERMISSIONS = [
  'CREATE_DATABASE',
  'CREATE_LF_TAG',
  'CREATE_LF_TAG_EXPRESSION',
  'DESCRIBE',
  'ALTER',
  'DROP',
];

/** What a grant is on, as the console's Grant dialog offers it. */
export type GrantTarget =
  'catalog' | 'data-location' | 'database' | 'table' | 'columns' | 'data-filter' | 'tag-expression';

export interface TagCondition {
  key: string;
  values: string[];
}

export interface GrantDraft {
  principal: string;
  target: GrantTarget;
  database: string;
  /** Empty = every table of the database (TableWildcard). */
  table: string;
  columnMode: 'include' | 'exclude';
  columns: string[];
  /** The S3 path (target data-location): `s3://bucket/prefix` or an S3 ARN. */
  location: string;
  /** The data filter's name (target data-filter). */
  filter: string;
  tagResourceType: 'DATABASE' | 'TABLE';
  expression: TagCondition[];
  permissions: string[];
  grantable: string[];
}

export const emptyDraft = (principal = ''): GrantDraft => ({
  principal,
  target: 'table',
  database: '',
  table: '',
  columnMode: 'include',
  columns: [],
  location: '',
  filter: '',
  tagResourceType: 'TABLE',
  expression: [],
  permissions: [],
  grantable: [],
});

// LF "Valid permissions per resource": columns take only SELECT; databases and tables their own lists.
export function permissionsFor(draft: Pick<GrantDraft, 'target' | 'tagResourceType'>): string[] {
  if (draft.target === 'catalog') return CATALOG_PERMISSIONS;
  if (draft.target === 'data-location') return ['DATA_LOCATION_ACCESS'];
  if (draft.target === 'columns') return ['SELECT'];
  if (draft.target === 'data-filter') return ['SELECT', 'DESCRIBE', 'DROP'];
  if (draft.target === 'database') return [...DATABASE_PERMISSIONS, 'ALL'];
  if (draft.target === 'tag-expression' && draft.tagResourceType === 'DATABASE')
    return [...DATABASE_PERMISSIONS, 'ALL'];
  return [...TABLE_PERMISSIONS, 'ALL'];
}

/** Keeps only the permissions valid for the draft's resource (after the resource type changed). */
export function withValidPermissions(draft: GrantDraft): GrantDraft {
  const valid = new Set(permissionsFor(draft));
  return {
    ...draft,
    permissions: draft.permissions.filter((p) => valid.has(p)),
    grantable: draft.grantable.filter((p) => valid.has(p)),
  };
}

/** `s3://bucket/prefix` → `arn:aws:s3:::bucket/prefix` (DataLocation takes the S3 ARN); ARNs pass through. */
export function s3ArnOf(path: string): string {
  const trimmed = path.trim().replace(/\/+$/, '');
  if (trimmed.startsWith('arn:')) return trimmed;
  return `arn:aws:s3:::${trimmed.replace(/^s3:\/\//, '')}`;
}

/** The Resource of GrantPermissions/RevokePermissions for the draft. */
export function draftResource(draft: GrantDraft, catalogId = ''): Record<string, unknown> {
  switch (draft.target) {
    case 'catalog':
      return { Catalog: {} };
    case 'data-location':
      return { DataLocation: { ResourceArn: s3ArnOf(draft.location) } };
    case 'database':
      return { Database: { Name: draft.database } };
    case 'table':
      return draft.table
        ? { Table: { DatabaseName: draft.database, Name: draft.table } }
        : { Table: { DatabaseName: draft.database, TableWildcard: {} } };
    case 'columns':
      return {
        TableWithColumns: {
          DatabaseName: draft.database,
          Name: draft.table,
          ...(draft.columnMode === 'include'
            ? { ColumnNames: draft.columns }
            : { ColumnWildcard: { ExcludedColumnNames: draft.columns } }),
        },
      };
    case 'data-filter':
      return {
        DataCellsFilter: {
          TableCatalogId: catalogId,
          DatabaseName: draft.database,
          TableName: draft.table,
          Name: draft.filter,
        },
      };
    case 'tag-expression':
      return {
        LFTagPolicy: {
          ResourceType: draft.tagResourceType,
          Expression: draft.expression.map((c) => ({ TagKey: c.key, TagValues: c.values })),
        },
      };
  }
}

/** GrantPermissions input for the draft (the grant option only on granted permissions). */
export function grantInput(draft: GrantDraft, catalogId = '') {
  const grantable = draft.grantable.filter((p) => draft.permissions.includes(p));
  return {
    Principal: { DataLakePrincipalIdentifier: draft.principal },
    Resource: draftResource(draft, catalogId),
    Permissions: draft.permissions,
    ...(grantable.length ? { PermissionsWithGrantOption: grantable } : {}),
  };
}

/** Why the draft can't be granted yet, in the words of the form; undefined when it can. */
export function draftProblem(draft: GrantDraft): string | undefined {
  if (!draft.principal) return 'Choose a principal.';
  if (draft.target === 'catalog') {
    // no resource to choose: the account's Data Catalog
  } else if (draft.target === 'data-location') {
    if (!/^(s3:\/\/|arn:aws:s3:::)[^/\s]+/.test(draft.location.trim()))
      return 'Enter an S3 path such as s3://bucket/prefix.';
  } else if (draft.target === 'tag-expression') {
    if (draft.expression.length === 0) return 'Add at least one LF-Tag key with values.';
    if (draft.expression.some((c) => c.values.length === 0)) return 'Choose values for every key.';
  } else if (!draft.database) return 'Choose a database.';
  if (draft.target === 'data-filter' && !draft.filter) return 'Choose a data filter.';
  if (draft.target === 'columns') {
    if (!draft.table) return 'Choose a table.';
    if (draft.columnMode === 'include' && draft.columns.length === 0)
      return 'Choose the columns to include.';
  }
  if (draft.permissions.length === 0) return 'Choose at least one permission.';
  return undefined;
}
