import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { tableAccess } from './access';
import {
  addRole,
  addTable,
  addUser,
  lakeFormationLab,
  ordersTable,
  principal,
  userArn,
} from './testLake.fixtures';

const ANALYST = userArn('analyst');

describe('GrantPermissions and RevokePermissions', () => {
  it('a data lake administrator grants SELECT on a table; the grantee may then read every column', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    });
    const access = tableAccess(lake.engine.world, ANALYST, 'shop', 'orders');
    expect(access.select).toBe(true);
    expect(access.permissions).toEqual(['DESCRIBE', 'SELECT']);
    expect(access.columns.every((c) => c.allowed)).toBe(true);
  });

  it('rejects a permission that is not valid on the resource (LF permissions reference: CREATE_TABLE is a database permission)', async () => {
    const lake = await lakeFormationLab();
    const error = await lake.errorOf('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['CREATE_TABLE'],
    });
    expect(error.name).toBe('InvalidInputException');
  });

  it('requires PermissionsWithGrantOption to be a subset of Permissions', async () => {
    const lake = await lakeFormationLab();
    const error = await lake.errorOf('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['SELECT'],
      PermissionsWithGrantOption: ['ALTER'],
    });
    expect(error.name).toBe('InvalidInputException');
  });

  it('answers EntityNotFoundException for a table that does not exist', async () => {
    const lake = await lakeFormationLab();
    const error = await lake.errorOf('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { Table: { DatabaseName: 'shop', Name: 'nope' } },
      Permissions: ['SELECT'],
    });
    expect(error.name).toBe('EntityNotFoundException');
  });

  it('refuses the grant option together with column filtering (the stricter of the two documented rules)', async () => {
    const lake = await lakeFormationLab();
    const error = await lake.errorOf('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['id'] } },
      Permissions: ['SELECT'],
      PermissionsWithGrantOption: ['SELECT'],
    });
    expect(error.name).toBe('InvalidInputException');
  });

  it('only an administrator or a holder WITH grant option may grant (AccessDeniedException otherwise)', async () => {
    const lake = await lakeFormationLab();
    const bob = await addUser(lake, 'bob');
    const carol = await addUser(lake, 'carol');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    });
    const denied = await lake.as('analyst').errorOf('lakeformation', 'GrantPermissions', {
      Principal: principal(bob),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    });
    expect(denied.name).toBe('AccessDeniedException');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['SELECT'],
      PermissionsWithGrantOption: ['SELECT'],
    });
    await lake.as('analyst').call('lakeformation', 'GrantPermissions', {
      Principal: principal(bob),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    });
    expect(tableAccess(lake.engine.world, bob, 'shop', 'orders').select).toBe(true);
    const beyond = await lake.as('analyst').errorOf('lakeformation', 'GrantPermissions', {
      Principal: principal(carol),
      Resource: ordersTable,
      Permissions: ['ALTER'],
    });
    expect(beyond.name).toBe('AccessDeniedException');
  });

  it('IAM is checked first: without lakeformation:GrantPermissions the call is denied before Lake Formation looks', async () => {
    const lake = await lakeFormationLab();
    await addUser(
      lake,
      'reader',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'glue:Get*', Resource: '*' }],
      }),
    );
    const error = await lake.as('reader').errorOf('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    });
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toContain('lakeformation:GrantPermissions');
  });

  it('revoking what was never granted fails with "No permissions revoked"', async () => {
    const lake = await lakeFormationLab();
    const error = await lake.errorOf('lakeformation', 'RevokePermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    });
    expect(error).toMatchObject({
      name: 'InvalidInputException',
      message: expect.stringContaining('No permissions revoked'),
    });
  });

  it('revoking Super (ALL) leaves explicitly granted SELECT (LF permissions reference)', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['ALL', 'SELECT'],
    });
    await lake.call('lakeformation', 'RevokePermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['ALL'],
    });
    expect(tableAccess(lake.engine.world, ANALYST, 'shop', 'orders').permissions).toEqual([
      'DESCRIBE',
      'SELECT',
    ]);
  });

  it('revoking a permission also takes away its grant option', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['SELECT', 'ALTER'],
      PermissionsWithGrantOption: ['SELECT'],
    });
    await lake.call('lakeformation', 'RevokePermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    });
    const access = tableAccess(lake.engine.world, ANALYST, 'shop', 'orders');
    expect(access.grantable).toEqual([]);
    expect(access.permissions).toEqual(['ALTER', 'DESCRIBE']);
  });

  it('BatchGrantPermissions applies the good entries and reports each bad one in Failures', async () => {
    const lake = await lakeFormationLab();
    const { Failures } = await lake.call<{
      Failures: Array<{ RequestEntry: { Id: string }; Error: { ErrorCode: string } }>;
    }>('lakeformation', 'BatchGrantPermissions', {
      Entries: [
        { Id: '1', Principal: principal(ANALYST), Resource: ordersTable, Permissions: ['SELECT'] },
        {
          Id: '2',
          Principal: principal(ANALYST),
          Resource: { Table: { DatabaseName: 'shop', Name: 'missing' } },
          Permissions: ['SELECT'],
        },
        {
          Id: '3',
          Principal: principal(ANALYST),
          Resource: ordersTable,
          Permissions: ['ALTER'],
          PermissionsWithGrantOption: ['DROP'],
        },
      ],
    });
    expect(Failures.map((f) => [f.RequestEntry.Id, f.Error.ErrorCode])).toEqual([
      ['2', 'EntityNotFoundException'],
      ['3', 'InvalidInputException'],
    ]);
    expect(tableAccess(lake.engine.world, ANALYST, 'shop', 'orders').permissions).toEqual([
      'DESCRIBE',
      'SELECT',
    ]);
  });

  it('BatchRevokePermissions takes at most 20 entries', async () => {
    const lake = await lakeFormationLab();
    const entries = Array.from({ length: 21 }, (_, i) => ({
      Id: String(i),
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    }));
    expect(
      (await lake.errorOf('lakeformation', 'BatchRevokePermissions', { Entries: entries })).name,
    ).toBe('InvalidInputException');
  });

  it('a table creator holds every permission on it, grantable (LF implicit permissions)', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { Database: { Name: 'shop' } },
      Permissions: ['CREATE_TABLE'],
    });
    await addTable(lake.as('analyst'), 'shop', 'mine', ['a', 'b']);
    const bob = await addUser(lake, 'bob');
    await lake.as('analyst').call('lakeformation', 'GrantPermissions', {
      Principal: principal(bob),
      Resource: { Table: { DatabaseName: 'shop', Name: 'mine' } },
      Permissions: ['SELECT'],
    });
    expect(tableAccess(lake.engine.world, ANALYST, 'shop', 'mine').reasons[0]?.kind).toBe(
      'creator',
    );
    expect(tableAccess(lake.engine.world, bob, 'shop', 'mine').select).toBe(true);
    // …but a database creator has no implicit rights on tables others create (admin created shop, analyst created mine).
    expect(
      tableAccess(lake.engine.world, 'arn:aws:iam::111122223333:user/admin', 'shop', 'mine').select,
    ).toBe(false);
  });

  it('an assumed-role session is matched by grants to its role', async () => {
    const lake = await lakeFormationLab();
    const role = await addRole(lake, 'Analyst');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(role),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    });
    expect(
      tableAccess(
        lake.engine.world,
        'arn:aws:sts::111122223333:assumed-role/Analyst/ana',
        'shop',
        'orders',
      ).select,
    ).toBe(true);
  });

  it('ListPermissions filters by principal and shows non-administrators only their own grants', async () => {
    const lake = await lakeFormationLab();
    const bob = await addUser(lake, 'bob');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    });
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(bob),
      Resource: ordersTable,
      Permissions: ['ALTER'],
    });
    type Listing = {
      PrincipalResourcePermissions: Array<{ Principal: { DataLakePrincipalIdentifier: string } }>;
    };
    const byPrincipal = await lake.call<Listing>('lakeformation', 'ListPermissions', {
      Principal: principal(bob),
    });
    expect(
      byPrincipal.PrincipalResourcePermissions.map((p) => p.Principal.DataLakePrincipalIdentifier),
    ).toEqual([bob]);
    const asAnalyst = await lake
      .as('analyst')
      .call<Listing>('lakeformation', 'ListPermissions', { ResourceType: 'TABLE' });
    expect(
      asAnalyst.PrincipalResourcePermissions.map((p) => p.Principal.DataLakePrincipalIdentifier),
    ).toEqual([ANALYST]);
  });

  it('ListPermissions pages with MaxResults and NextToken', async () => {
    const lake = await lakeFormationLab();
    for (const name of ['u1', 'u2', 'u3'])
      await lake.call('lakeformation', 'GrantPermissions', {
        Principal: principal(await addUser(lake, name)),
        Resource: ordersTable,
        Permissions: ['SELECT'],
      });
    const first = await lake.call<{ PrincipalResourcePermissions: unknown[]; NextToken?: string }>(
      'lakeformation',
      'ListPermissions',
      { ResourceType: 'TABLE', MaxResults: 2 },
    );
    expect(first.PrincipalResourcePermissions).toHaveLength(2);
    const second = await lake.call<{ PrincipalResourcePermissions: unknown[]; NextToken?: string }>(
      'lakeformation',
      'ListPermissions',
      { ResourceType: 'TABLE', MaxResults: 2, NextToken: first.NextToken },
    );
    expect(second.PrincipalResourcePermissions).toHaveLength(1);
    expect(second.NextToken).toBeUndefined();
  });

  it('column-limited SELECT cannot coexist with ALTER/DROP/DELETE/INSERT, nor be joined by DESCRIBE (LF permissions reference)', async () => {
    const lake = await lakeFormationLab();
    const columns = {
      TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['id'] },
    };
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: columns,
      Permissions: ['SELECT'],
    });
    for (const permission of ['DESCRIBE', 'INSERT'])
      expect(
        (
          await lake.errorOf('lakeformation', 'GrantPermissions', {
            Principal: principal(ANALYST),
            Resource: ordersTable,
            Permissions: [permission],
          })
        ).name,
      ).toBe('InvalidInputException');
    const bob = await addUser(lake, 'bob');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(bob),
      Resource: ordersTable,
      Permissions: ['ALTER'],
    });
    expect(
      (
        await lake.errorOf('lakeformation', 'GrantPermissions', {
          Principal: principal(bob),
          Resource: columns,
          Permissions: ['SELECT'],
        })
      ).name,
    ).toBe('InvalidInputException');
  });

  it('a table creator may grant on it even while the table is still in IAM mode', async () => {
    const lake = new TestLake();
    await addUser(lake, 'analyst');
    const bob = await addUser(lake, 'bob');
    await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'raw' } });
    await addTable(lake.as('analyst'), 'raw', 'events', ['id']);
    await lake.as('analyst').call('lakeformation', 'GrantPermissions', {
      Principal: principal(bob),
      Resource: { Table: { DatabaseName: 'raw', Name: 'events' } },
      Permissions: ['SELECT'],
    });
    const denied = await lake.as('bob').errorOf('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { Table: { DatabaseName: 'raw', Name: 'events' } },
      Permissions: ['SELECT'],
    });
    expect(denied.name).toBe('AccessDeniedException');
  });

  it('tag-expression grants need the creator of every key, or GRANT_WITH_LF_TAG_EXPRESSION on its values', async () => {
    const lake = await lakeFormationLab();
    const bob = await addUser(lake, 'bob');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { Catalog: {} },
      Permissions: ['CREATE_LF_TAG'],
    });
    await lake
      .as('analyst')
      .call('lakeformation', 'CreateLFTag', { TagKey: 'domain', TagValues: ['sales'] });
    await lake.call('lakeformation', 'CreateLFTag', { TagKey: 'tier', TagValues: ['gold'] });
    const policy = (keys: string[]) => ({
      LFTagPolicy: {
        ResourceType: 'TABLE',
        Expression: keys.map((k) => ({
          TagKey: k,
          TagValues: [k === 'domain' ? 'sales' : 'gold'],
        })),
      },
    });
    await lake.as('analyst').call('lakeformation', 'GrantPermissions', {
      Principal: principal(bob),
      Resource: policy(['domain']),
      Permissions: ['SELECT'],
    });
    const denied = await lake.as('analyst').errorOf('lakeformation', 'GrantPermissions', {
      Principal: principal(bob),
      Resource: policy(['domain', 'tier']),
      Permissions: ['SELECT'],
    });
    expect(denied.name).toBe('AccessDeniedException');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { LFTag: { TagKey: 'tier', TagValues: ['*'] } },
      Permissions: ['GRANT_WITH_LF_TAG_EXPRESSION'],
      PermissionsWithGrantOption: ['GRANT_WITH_LF_TAG_EXPRESSION'],
    });
    await lake.as('analyst').call('lakeformation', 'GrantPermissions', {
      Principal: principal(bob),
      Resource: policy(['domain', 'tier']),
      Permissions: ['SELECT'],
    });
  });

  it('DATA_LOCATION_ACCESS with grant option on a location may be passed on for its prefixes', async () => {
    const lake = await lakeFormationLab();
    const bob = await addUser(lake, 'bob');
    await lake.call('lakeformation', 'RegisterResource', {
      ResourceArn: 'arn:aws:s3:::lake',
      UseServiceLinkedRole: true,
    });
    const location = (ResourceArn: string) => ({ DataLocation: { ResourceArn } });
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: location('arn:aws:s3:::lake/raw'),
      Permissions: ['DATA_LOCATION_ACCESS'],
      PermissionsWithGrantOption: ['DATA_LOCATION_ACCESS'],
    });
    await lake.as('analyst').call('lakeformation', 'GrantPermissions', {
      Principal: principal(bob),
      Resource: location('arn:aws:s3:::lake/raw/orders'),
      Permissions: ['DATA_LOCATION_ACCESS'],
    });
    const outside = await lake.as('analyst').errorOf('lakeformation', 'GrantPermissions', {
      Principal: principal(bob),
      Resource: location('arn:aws:s3:::lake/curated'),
      Permissions: ['DATA_LOCATION_ACCESS'],
    });
    expect(outside.name).toBe('AccessDeniedException');
  });
});
