import { describe, expect, it } from 'vitest';
import {
  draftProblem,
  emptyDraft,
  grantInput,
  permissionsFor,
  withValidPermissions,
} from './grantDraft';

const analyst = 'arn:aws:iam::111122223333:user/analyst';

describe('grant drafts', () => {
  it('column grants offer only SELECT (LF valid permissions per resource)', () => {
    expect(permissionsFor({ target: 'columns', tagResourceType: 'TABLE' })).toEqual(['SELECT']);
    expect(permissionsFor({ target: 'database', tagResourceType: 'TABLE' })).toContain(
      'CREATE_TABLE',
    );
    expect(permissionsFor({ target: 'table', tagResourceType: 'TABLE' })).not.toContain(
      'CREATE_TABLE',
    );
  });

  it('switching to columns drops permissions the resource does not take', () => {
    const draft = {
      ...emptyDraft(analyst),
      permissions: ['SELECT', 'ALTER'],
      grantable: ['ALTER'],
    };
    const next = withValidPermissions({ ...draft, target: 'columns' });
    expect(next.permissions).toEqual(['SELECT']);
    expect(next.grantable).toEqual([]);
  });

  it('excluded columns become a ColumnWildcard', () => {
    const input = grantInput({
      ...emptyDraft(analyst),
      target: 'columns',
      database: 'sales',
      table: 'orders',
      columnMode: 'exclude',
      columns: ['customer_email'],
      permissions: ['SELECT'],
    });
    expect(input.Resource).toEqual({
      TableWithColumns: {
        DatabaseName: 'sales',
        Name: 'orders',
        ColumnWildcard: { ExcludedColumnNames: ['customer_email'] },
      },
    });
  });

  it('a tag expression grant carries every key with its values; the grant option only for granted permissions', () => {
    const input = grantInput({
      ...emptyDraft(analyst),
      target: 'tag-expression',
      expression: [{ key: 'sensitivity', values: ['public', 'internal'] }],
      permissions: ['SELECT'],
      grantable: ['SELECT', 'ALTER'],
    });
    expect(input.Resource).toEqual({
      LFTagPolicy: {
        ResourceType: 'TABLE',
        Expression: [{ TagKey: 'sensitivity', TagValues: ['public', 'internal'] }],
      },
    });
    expect(input.PermissionsWithGrantOption).toEqual(['SELECT']);
  });

  it('an empty table name grants on every table (TableWildcard)', () => {
    const input = grantInput({ ...emptyDraft(analyst), database: 'hr', permissions: ['SELECT'] });
    expect(input.Resource).toEqual({ Table: { DatabaseName: 'hr', TableWildcard: {} } });
  });

  it('names what is missing before a grant can be made', () => {
    expect(draftProblem(emptyDraft())).toBe('Choose a principal.');
    expect(draftProblem({ ...emptyDraft(analyst), target: 'tag-expression' })).toMatch(/LF-Tag/);
    expect(draftProblem({ ...emptyDraft(analyst), database: 'hr' })).toMatch(/permission/);
  });

  it('a data filter grant names the filter on its table and offers only SELECT, DESCRIBE and DROP', () => {
    const draft = {
      ...emptyDraft(analyst),
      target: 'data-filter' as const,
      database: 'sales',
      table: 'orders',
      filter: 'eu_orders',
      permissions: ['SELECT'],
    };
    expect(permissionsFor(draft)).toEqual(['SELECT', 'DESCRIBE', 'DROP']);
    expect(grantInput(draft, '111122223333').Resource).toEqual({
      DataCellsFilter: {
        TableCatalogId: '111122223333',
        DatabaseName: 'sales',
        TableName: 'orders',
        Name: 'eu_orders',
      },
    });
    expect(draftProblem({ ...draft, filter: '' })).toBe('Choose a data filter.');
  });
});
