import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CatalogDatabase } from './catalogModel';
import {
  permissionsFor,
  withValidPermissions,
  type GrantDraft,
  type GrantTarget,
} from './grantDraft';
import { PermissionCheckboxes } from './PermissionCheckboxes';
import { PrincipalSelect } from './PrincipalSelect';
import type { PrincipalOption } from './principals';
import { ColumnsMultiselect, DatabaseTableSelects } from './TableSelects';
import { TagExpressionEditor } from './TagExpressionEditor';

const TARGETS: Array<{ value: GrantTarget; label: string; description: string }> = [
  {
    value: 'catalog',
    label: 'Catalog',
    description: "The account's Data Catalog: create databases, LF-Tags and tag expressions.",
  },
  {
    value: 'data-location',
    label: 'Data location',
    description: 'A registered S3 path: create tables whose data lives under it.',
  },
  { value: 'database', label: 'Database', description: 'Named resource: one database.' },
  {
    value: 'table',
    label: 'Table',
    description: 'Named resource: one table, or every table of a database.',
  },
  { value: 'columns', label: 'Columns', description: 'SELECT on some columns of one table.' },
  {
    value: 'data-filter',
    label: 'Data filter',
    description: 'The rows and columns a data filter lets through.',
  },
  {
    value: 'tag-expression',
    label: 'Resources matched by LF-Tags',
    description: 'Every database or table whose tags match the expression, now and later.',
  },
];

export interface GrantFieldsProps {
  draft: GrantDraft;
  onChange: (draft: GrantDraft) => void;
  tree: CatalogDatabase[];
  principals: PrincipalOption[];
  tags: Array<{ key: string; values: string[] }>;
  filters: Array<{ database: string; table: string; name: string }>;
  withPrincipal?: boolean;
  /** Registered data lake locations (S3 ARNs), offered for a data-location grant. */
  locations?: string[];
}

function LocationField({ draft, onChange, locations = [] }: GrantFieldsProps) {
  const registered = locations.map((arn) => `s3://${arn.replace(/^arn:aws:s3:::/, '')}`);
  return (
    <FormField
      label="S3 path"
      description="A location registered with Lake Formation."
      constraintText={registered.length ? `Registered: ${registered.join(', ')}` : undefined}
    >
      <Input
        value={draft.location}
        placeholder="s3://bucket/prefix"
        onChange={({ detail }) => onChange({ ...draft, location: detail.value })}
      />
    </FormField>
  );
}

function ResourceFields(props: GrantFieldsProps) {
  const { draft, onChange, tree, tags, filters } = props;
  if (draft.target === 'catalog') return null;
  if (draft.target === 'data-location') return <LocationField {...props} />;
  if (draft.target === 'tag-expression')
    return (
      <SpaceBetween size="m">
        <FormField label="Resource type">
          <RadioGroup
            value={draft.tagResourceType}
            onChange={({ detail }) =>
              onChange(
                withValidPermissions({
                  ...draft,
                  tagResourceType: detail.value as 'DATABASE' | 'TABLE',
                }),
              )
            }
            items={[
              { value: 'TABLE', label: 'Tables and columns' },
              { value: 'DATABASE', label: 'Databases' },
            ]}
          />
        </FormField>
        <TagExpressionEditor
          tags={tags}
          value={draft.expression}
          onChange={(expression) => onChange({ ...draft, expression })}
        />
      </SpaceBetween>
    );
  const columns =
    tree.find((d) => d.name === draft.database)?.tables.find((t) => t.name === draft.table)
      ?.columns ?? [];
  return (
    <SpaceBetween size="m">
      <DatabaseTableSelects
        tree={tree}
        database={draft.database}
        table={draft.table}
        showTable={draft.target !== 'database'}
        {...(draft.target === 'table' ? { allTablesLabel: 'All tables' } : {})}
        onChange={(database, table) =>
          onChange({ ...draft, database, table, columns: [], filter: '' })
        }
      />
      {draft.target === 'data-filter' && (
        <FormField label="Data filter">
          <Select
            placeholder="Choose a data filter"
            disabled={!draft.table}
            selectedOption={draft.filter ? { value: draft.filter, label: draft.filter } : null}
            options={filters
              .filter((f) => f.database === draft.database && f.table === draft.table)
              .map((f) => ({ value: f.name, label: f.name }))}
            onChange={({ detail }) =>
              onChange({ ...draft, filter: detail.selectedOption.value ?? '' })
            }
            empty="No data filters on this table"
          />
        </FormField>
      )}
      {draft.target === 'columns' && (
        <>
          <FormField label="Column-based access">
            <RadioGroup
              value={draft.columnMode}
              onChange={({ detail }) =>
                onChange({
                  ...draft,
                  columnMode: detail.value as 'include' | 'exclude',
                  columns: [],
                })
              }
              items={[
                { value: 'include', label: 'Include columns' },
                { value: 'exclude', label: 'Exclude columns' },
              ]}
            />
          </FormField>
          <ColumnsMultiselect
            label={draft.columnMode === 'include' ? 'Included columns' : 'Excluded columns'}
            columns={columns}
            value={draft.columns}
            onChange={(cols) => onChange({ ...draft, columns: cols })}
          />
        </>
      )}
    </SpaceBetween>
  );
}

/** The grant form: principal, resource (named or LF-Tag expression), permissions, grant option. */
export function GrantFields(props: GrantFieldsProps) {
  const { draft, onChange, principals, withPrincipal = true } = props;
  const valid = permissionsFor(draft);
  return (
    <SpaceBetween size="l">
      {withPrincipal && (
        <FormField label="Principal" description="IAM users and roles in this account.">
          <PrincipalSelect
            ariaLabel="Principal"
            options={principals}
            value={draft.principal}
            onChange={(principal) => onChange({ ...draft, principal })}
          />
        </FormField>
      )}
      <FormField label="Resource">
        <RadioGroup
          value={draft.target}
          onChange={({ detail }) =>
            onChange(withValidPermissions({ ...draft, target: detail.value as GrantTarget }))
          }
          items={TARGETS}
        />
      </FormField>
      <ResourceFields {...props} />
      <PermissionCheckboxes
        label="Permissions"
        permissions={valid}
        value={draft.permissions}
        onChange={(permissions) => onChange({ ...draft, permissions })}
      />
      <PermissionCheckboxes
        label="Grantable permissions"
        description="The principal may grant these to others (the grant option)."
        permissions={valid}
        value={draft.grantable}
        disabled={valid.filter((p) => !draft.permissions.includes(p))}
        onChange={(grantable) => onChange({ ...draft, grantable })}
      />
    </SpaceBetween>
  );
}
