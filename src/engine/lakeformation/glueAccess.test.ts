import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import {
  addTable,
  addUser,
  lakeFormationLab,
  ordersTable,
  principal,
  userArn,
} from './testLake.fixtures';

const ANALYST = userArn('analyst');
type GlueTableOut = {
  Name: string;
  StorageDescriptor: { Columns: Array<{ Name: string }> };
  PartitionKeys: Array<{ Name: string }>;
};

describe('Glue reads under Lake Formation', () => {
  it('tables in IAM mode behave exactly as before for any IAM-allowed principal', async () => {
    const lake = new TestLake();
    await addUser(lake, 'analyst');
    await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'raw' } });
    await addTable(lake, 'raw', 'events', ['id', 'payload']);
    const { Table } = await lake
      .as('analyst')
      .call<{ Table: GlueTableOut }>('glue', 'GetTable', { DatabaseName: 'raw', Name: 'events' });
    expect(Table.StorageDescriptor.Columns.map((c) => c.Name)).toEqual(['id', 'payload']);
  });

  it('GetTable without any Lake Formation permission fails with "Insufficient Lake Formation permission(s)"', async () => {
    const lake = await lakeFormationLab();
    const error = await lake
      .as('analyst')
      .errorOf('glue', 'GetTable', { DatabaseName: 'shop', Name: 'orders' });
    expect(error).toMatchObject({
      name: 'AccessDeniedException',
      message: 'Insufficient Lake Formation permission(s) on orders',
    });
  });

  it('with column SELECT, glue:GetTable returns only the permitted columns (LF permissions reference)', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: {
        TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['id', 'total'] },
      },
      Permissions: ['SELECT'],
    });
    const { Table } = await lake
      .as('analyst')
      .call<{ Table: GlueTableOut }>('glue', 'GetTable', { DatabaseName: 'shop', Name: 'orders' });
    expect(Table.StorageDescriptor.Columns.map((c) => c.Name)).toEqual(['id', 'total']);
    expect(Table.PartitionKeys.map((c) => c.Name)).toEqual(['dt']);
  });

  it('GetTables and SearchTables omit tables the principal has no permission on', async () => {
    const lake = await lakeFormationLab();
    await addTable(lake, 'shop', 'customers', ['id', 'email']);
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['DESCRIBE'],
    });
    const { TableList } = await lake
      .as('analyst')
      .call<{ TableList: GlueTableOut[] }>('glue', 'GetTables', { DatabaseName: 'shop' });
    expect(TableList.map((t) => t.Name)).toEqual(['orders']);
    const found = await lake
      .as('analyst')
      .call<{ TableList: GlueTableOut[] }>('glue', 'SearchTables', { SearchText: 'id' });
    expect(found.TableList.map((t) => t.Name)).toEqual(['orders']);
  });

  it('GetPartitions needs a permission on the table', async () => {
    const lake = await lakeFormationLab();
    const error = await lake
      .as('analyst')
      .errorOf('glue', 'GetPartitions', { DatabaseName: 'shop', TableName: 'orders' });
    expect(error.name).toBe('AccessDeniedException');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    });
    await expect(
      lake
        .as('analyst')
        .call('glue', 'GetPartitions', { DatabaseName: 'shop', TableName: 'orders' }),
    ).resolves.toBeDefined();
  });

  it('GetDatabases lists only databases the principal holds some permission in; DESCRIBE on a database does not reveal its tables', async () => {
    const lake = await lakeFormationLab();
    await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'hr' } });
    const before = await lake
      .as('analyst')
      .call<{ DatabaseList: Array<{ Name: string }> }>('glue', 'GetDatabases');
    expect(before.DatabaseList).toEqual([]);
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { Database: { Name: 'shop' } },
      Permissions: ['DESCRIBE'],
    });
    const after = await lake
      .as('analyst')
      .call<{ DatabaseList: Array<{ Name: string }> }>('glue', 'GetDatabases');
    expect(after.DatabaseList.map((d) => d.Name)).toEqual(['shop']);
    const { TableList } = await lake
      .as('analyst')
      .call<{ TableList: unknown[] }>('glue', 'GetTables', { DatabaseName: 'shop' });
    expect(TableList).toEqual([]);
    expect((await lake.as('analyst').errorOf('glue', 'GetDatabase', { Name: 'hr' })).name).toBe(
      'AccessDeniedException',
    );
  });

  it('deleting a table drops its grants: a new table of the same name starts without them', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    });
    await lake.call('glue', 'DeleteTable', { DatabaseName: 'shop', Name: 'orders' });
    await addTable(lake, 'shop', 'orders', ['id']);
    expect(
      (
        await lake
          .as('analyst')
          .errorOf('glue', 'GetTable', { DatabaseName: 'shop', Name: 'orders' })
      ).name,
    ).toBe('AccessDeniedException');
  });

  it('CreateTable in a Lake Formation database needs CREATE_TABLE on it; database creators hold it', async () => {
    const lake = await lakeFormationLab();
    const error = await lake
      .as('analyst')
      .errorOf('glue', 'CreateTable', { DatabaseName: 'shop', TableInput: { Name: 'x' } });
    expect(error).toMatchObject({
      name: 'AccessDeniedException',
      message: 'Insufficient Lake Formation permission(s) on shop (Database name: shop)',
    });
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { Database: { Name: 'shop' } },
      Permissions: ['CREATE_TABLE'],
    });
    await lake
      .as('analyst')
      .call('glue', 'CreateTable', { DatabaseName: 'shop', TableInput: { Name: 'x' } });
  });

  it('CreateDatabase needs CREATE_DATABASE on the catalog once IAMAllowedPrincipals loses it', async () => {
    const lake = await lakeFormationLab();
    await lake.as('analyst').call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'sandbox' } });
    await lake.call('lakeformation', 'RevokePermissions', {
      Principal: principal('IAM_ALLOWED_PRINCIPALS'),
      Resource: { Catalog: {} },
      Permissions: ['CREATE_DATABASE'],
    });
    const error = await lake
      .as('analyst')
      .errorOf('glue', 'CreateDatabase', { DatabaseInput: { Name: 'other' } });
    expect(error).toMatchObject({
      name: 'AccessDeniedException',
      message: 'Insufficient Lake Formation permission(s): Required Create Database on Catalog',
    });
  });

  it('deleting a database drops the grants, tags and filters of it and its tables', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    });
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { Database: { Name: 'shop' } },
      Permissions: ['DESCRIBE'],
    });
    await lake.call('glue', 'DeleteDatabase', { Name: 'shop' });
    const grants = Object.values(lake.engine.world.lakeformation?.grants ?? {}).filter(
      (g) => 'database' in g.resource,
    );
    expect(grants).toEqual([]);
  });

  it('an administrator may not alter or drop a table someone else created until granting itself ALTER/DROP (LF implicit permissions)', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { Database: { Name: 'shop' } },
      Permissions: ['CREATE_TABLE'],
    });
    await addTable(lake.as('analyst'), 'shop', 'theirs', ['a']);
    const update = {
      DatabaseName: 'shop',
      TableInput: { Name: 'theirs', Description: 'mine now' },
    };
    expect((await lake.errorOf('glue', 'UpdateTable', update)).name).toBe('AccessDeniedException');
    expect(
      (await lake.errorOf('glue', 'DeleteTable', { DatabaseName: 'shop', Name: 'theirs' })).name,
    ).toBe('AccessDeniedException');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal('arn:aws:iam::111122223333:user/admin'),
      Resource: { Table: { DatabaseName: 'shop', Name: 'theirs' } },
      Permissions: ['ALTER', 'DROP'],
    });
    await lake.call('glue', 'UpdateTable', update);
    await lake.call('glue', 'DeleteTable', { DatabaseName: 'shop', Name: 'theirs' });
  });

  it('UpdateDatabase and DeleteDatabase need ALTER and DROP on a Lake Formation database', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { Database: { Name: 'shop' } },
      Permissions: ['DESCRIBE'],
    });
    const error = await lake.as('analyst').errorOf('glue', 'DeleteDatabase', { Name: 'shop' });
    expect(error.name).toBe('AccessDeniedException');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { Database: { Name: 'shop' } },
      Permissions: ['DROP'],
    });
    await lake.as('analyst').call('glue', 'DeleteDatabase', { Name: 'shop' });
  });
});

describe('table versions and batch partition reads under Lake Formation', () => {
  it('hide the table without a permission and trim columns under a column grant', async () => {
    const lake = await lakeFormationLab();
    const versions = { DatabaseName: 'shop', TableName: 'orders' };
    expect((await lake.as('analyst').errorOf('glue', 'GetTableVersions', versions)).name).toBe(
      'AccessDeniedException',
    );
    expect(
      (
        await lake.as('analyst').errorOf('glue', 'BatchGetPartition', {
          ...versions,
          PartitionsToGet: [{ Values: ['2025-01-01'] }],
        })
      ).name,
    ).toBe('AccessDeniedException');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: {
        TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['id', 'total'] },
      },
      Permissions: ['SELECT'],
    });
    const out = await lake
      .as('analyst')
      .call<{ TableVersions: { Table: GlueTableOut }[] }>('glue', 'GetTableVersions', versions);
    expect(out.TableVersions[0]?.Table.StorageDescriptor.Columns.map((c) => c.Name)).toEqual([
      'id',
      'total',
    ]);
  });
});

describe('BatchDeleteTable under Lake Formation', () => {
  it('reports each table the caller may not drop and deletes the others', async () => {
    const lake = await lakeFormationLab();
    await addTable(lake, 'shop', 'scratch', ['id']);
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { Table: { DatabaseName: 'shop', Name: 'scratch' } },
      Permissions: ['DROP'],
    });
    const out = await lake
      .as('analyst')
      .call<{ Errors: { TableName: string; ErrorDetail: { ErrorCode: string } }[] }>(
        'glue',
        'BatchDeleteTable',
        { DatabaseName: 'shop', TablesToDelete: ['orders', 'scratch'] },
      );
    expect(out.Errors).toEqual([
      {
        TableName: 'orders',
        ErrorDetail: expect.objectContaining({ ErrorCode: 'AccessDeniedException' }),
      },
    ]);
    expect(
      (await lake.errorOf('glue', 'GetTable', { DatabaseName: 'shop', Name: 'scratch' })).name,
    ).toBe('EntityNotFoundException');
  });
});
