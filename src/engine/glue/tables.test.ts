import type { Table, TableVersion } from '@aws-sdk/client-glue';
import { describe, expect, it } from 'vitest';
import type { TestLake } from '../testing/TestLake';
import {
  columns,
  lakeWithSales,
  parquetTable,
  salesTable,
  userWithPolicy,
} from './tables.fixtures';

const getTable = async (lake: TestLake, name: string) =>
  (await lake.call<{ Table: Table }>('glue', 'GetTable', { DatabaseName: 'shop', Name: name }))
    .Table;
const tableNames = async (lake: TestLake, input: Record<string, unknown> = {}) =>
  (
    await lake.call<{ TableList: Table[] }>('glue', 'GetTables', { DatabaseName: 'shop', ...input })
  ).TableList.map((t) => t.Name);

describe('Glue tables', () => {
  it('stores table names lower-cased with what a real table carries, VersionId "0"', async () => {
    const lake = await lakeWithSales();
    const table = await getTable(lake, 'SALES');
    expect(table).toMatchObject({
      Name: 'sales',
      DatabaseName: 'shop',
      CatalogId: '111122223333',
      TableType: 'EXTERNAL_TABLE',
      VersionId: '0',
      Retention: 0,
      CreatedBy: 'arn:aws:iam::111122223333:user/admin',
      IsRegisteredWithLakeFormation: false,
      Parameters: { classification: 'parquet', compressionType: 'none' },
      StorageDescriptor: {
        Location: 's3://lake/sales/',
        Compressed: false,
        NumberOfBuckets: 0,
        StoredAsSubDirectories: false,
      },
    });
    expect(table.CreateTime).toEqual(lake.now());
    expect(table.UpdateTime).toEqual(lake.now());
    expect(table.PartitionKeys?.map((k) => k.Name)).toEqual(['year', 'month', 'day']);
  });

  it('answers AlreadyExistsException for the same name in another case', async () => {
    const lake = await lakeWithSales();
    const error = await lake.errorOf('glue', 'CreateTable', {
      DatabaseName: 'SHOP',
      TableInput: parquetTable('sales'),
    });
    expect(error).toMatchObject({
      name: 'AlreadyExistsException',
      message: 'Table already exists.',
    });
  });

  it('answers EntityNotFoundException for an unknown database or table', async () => {
    const lake = await lakeWithSales();
    expect(
      await lake.errorOf('glue', 'CreateTable', {
        DatabaseName: 'hr',
        TableInput: parquetTable('people'),
      }),
    ).toMatchObject({ name: 'EntityNotFoundException', message: 'Database hr not found.' });
    expect(
      await lake.errorOf('glue', 'GetTable', { DatabaseName: 'shop', Name: 'orders' }),
    ).toMatchObject({ name: 'EntityNotFoundException', message: 'Table orders not found.' });
  });

  it('rejects an invalid Hive type with InvalidInputException naming the column', async () => {
    const lake = await lakeWithSales();
    for (const type of [
      'strin',
      'decimal(40,2)',
      'array<int',
      'map<string>',
      'struct<a int>',
      'varchar(0)',
    ]) {
      const error = await lake.errorOf('glue', 'CreateTable', {
        DatabaseName: 'shop',
        TableInput: parquetTable('bad', { columns: columns(`price:${type}`) }),
      });
      expect(error.name).toBe('InvalidInputException');
      expect(error.message).toContain('Column price');
    }
  });

  it('accepts primitive, parameterised and nested Hive types', async () => {
    const lake = await lakeWithSales();
    const nested = columns(
      'a:INT',
      'b:decimal(10,2)',
      'c:char(3)',
      'd:varchar(255)',
      'e:array<struct<x:int,y:map<string,array<double>>>>',
      'f:timestamp',
      'g:uniontype<int,string>',
    );
    await lake.call('glue', 'CreateTable', {
      DatabaseName: 'shop',
      TableInput: parquetTable('wide', { columns: nested }),
    });
    expect((await getTable(lake, 'wide')).StorageDescriptor?.Columns).toHaveLength(7);
  });

  it('rejects a table name over 255 characters and a duplicate column', async () => {
    const lake = await lakeWithSales();
    expect(
      (
        await lake.errorOf('glue', 'CreateTable', {
          DatabaseName: 'shop',
          TableInput: parquetTable('t'.repeat(256)),
        })
      ).name,
    ).toBe('InvalidInputException');
    const duplicate = parquetTable('dup', {
      columns: columns('id:int'),
      partitionKeys: columns('ID:string'),
    });
    expect(
      await lake.errorOf('glue', 'CreateTable', { DatabaseName: 'shop', TableInput: duplicate }),
    ).toMatchObject({ name: 'InvalidInputException', message: 'Duplicate column name: ID.' });
  });

  it('filters GetTables with a regular expression on whole names, `*` as a wildcard', async () => {
    const lake = await lakeWithSales();
    for (const name of ['sales_2024', 'orders', 'sales_archive'])
      await lake.call('glue', 'CreateTable', {
        DatabaseName: 'shop',
        TableInput: parquetTable(name),
      });
    expect(await tableNames(lake, { Expression: 'sales.*' })).toEqual([
      'sales',
      'sales_2024',
      'sales_archive',
    ]);
    expect(await tableNames(lake, { Expression: 'sales_*' })).toEqual([
      'sales_2024',
      'sales_archive',
    ]);
    expect(await tableNames(lake, { Expression: 'orders|sales_\\d+' })).toEqual([
      'orders',
      'sales_2024',
    ]);
    expect(await tableNames(lake, { Expression: 'ORDERS' })).toEqual(['orders']);
    expect(
      (await lake.errorOf('glue', 'GetTables', { DatabaseName: 'shop', Expression: 'sales(' }))
        .name,
    ).toBe('InvalidInputException');
  });

  it('pages GetTables with NextToken', async () => {
    const lake = await lakeWithSales();
    for (const name of ['b', 'a'])
      await lake.call('glue', 'CreateTable', {
        DatabaseName: 'shop',
        TableInput: parquetTable(name),
      });
    const first = await lake.call<{ TableList: Table[]; NextToken?: string }>('glue', 'GetTables', {
      DatabaseName: 'shop',
      MaxResults: 2,
    });
    expect(first.TableList.map((t) => t.Name)).toEqual(['a', 'b']);
    expect(await tableNames(lake, { MaxResults: 2, NextToken: first.NextToken })).toEqual([
      'sales',
    ]);
  });

  it('returns up to 1000 tables a page, and only names with AttributesToGet NAME', async () => {
    const lake = await lakeWithSales();
    for (let i = 0; i < 150; i += 1)
      await lake.call('glue', 'CreateTable', {
        DatabaseName: 'shop',
        TableInput: parquetTable(`t${String(i).padStart(3, '0')}`),
      });
    const page = await lake.call<{ TableList: Table[]; NextToken?: string }>('glue', 'GetTables', {
      DatabaseName: 'shop',
      MaxResults: 1000,
      AttributesToGet: ['NAME'],
    });
    expect(page.TableList).toHaveLength(151);
    expect(page.NextToken).toBeUndefined();
    expect(page.TableList[0]).toEqual({ Name: 'sales' });
    expect(
      (await lake.errorOf('glue', 'GetTables', { DatabaseName: 'shop', MaxResults: 1001 })).name,
    ).toBe('InvalidInputException');
    const second = await lake.call<{ TableList: Table[]; NextToken?: string }>(
      'glue',
      'GetTables',
      { DatabaseName: 'shop', MaxResults: 120, NextToken: '100' },
    );
    expect(second.TableList).toHaveLength(51);
  });

  it('archives a new version on UpdateTable, VersionId + 1, keeping CreateTime', async () => {
    const lake = await lakeWithSales();
    await lake.advance('1h');
    await lake.call('glue', 'UpdateTable', {
      DatabaseName: 'shop',
      TableInput: { ...salesTable, Description: 'v1' },
    });
    await lake.call('glue', 'UpdateTable', {
      DatabaseName: 'shop',
      TableInput: { ...salesTable, Description: 'v2' },
    });
    const table = await getTable(lake, 'sales');
    expect(table).toMatchObject({ VersionId: '2', Description: 'v2', UpdateTime: lake.now() });
    expect(table.CreateTime).not.toEqual(lake.now());
    const { TableVersions } = await lake.call<{ TableVersions: TableVersion[] }>(
      'glue',
      'GetTableVersions',
      { DatabaseName: 'shop', TableName: 'sales' },
    );
    expect(TableVersions.map((v) => [v.VersionId, v.Table?.Description])).toEqual([
      ['2', 'v2'],
      ['1', 'v1'],
      ['0', undefined],
    ]);
    const { TableVersion } = await lake.call<{ TableVersion: TableVersion }>(
      'glue',
      'GetTableVersion',
      { DatabaseName: 'shop', TableName: 'sales', VersionId: '1' },
    );
    expect(TableVersion.Table?.Description).toBe('v1');
  });

  it('replaces the current version in place with SkipArchive', async () => {
    const lake = await lakeWithSales();
    await lake.call('glue', 'UpdateTable', {
      DatabaseName: 'shop',
      TableInput: { ...salesTable, Description: 'fixed' },
      SkipArchive: true,
    });
    expect(await getTable(lake, 'sales')).toMatchObject({ VersionId: '0', Description: 'fixed' });
    const { TableVersions } = await lake.call<{ TableVersions: TableVersion[] }>(
      'glue',
      'GetTableVersions',
      { DatabaseName: 'shop', TableName: 'sales' },
    );
    expect(TableVersions.map((v) => v.VersionId)).toEqual(['0']);
  });

  it('refuses an UpdateTable based on a stale VersionId', async () => {
    const lake = await lakeWithSales();
    await lake.call('glue', 'UpdateTable', { DatabaseName: 'shop', TableInput: salesTable });
    const error = await lake.errorOf('glue', 'UpdateTable', {
      DatabaseName: 'shop',
      TableInput: salesTable,
      VersionId: '0',
    });
    expect(error.name).toBe('ConcurrentModificationException');
  });

  it('deletes archived versions one by one or in a batch, never the current one', async () => {
    const lake = await lakeWithSales();
    for (let i = 0; i < 3; i += 1)
      await lake.call('glue', 'UpdateTable', { DatabaseName: 'shop', TableInput: salesTable });
    await lake.call('glue', 'DeleteTableVersion', {
      DatabaseName: 'shop',
      TableName: 'sales',
      VersionId: '0',
    });
    expect(
      (
        await lake.errorOf('glue', 'DeleteTableVersion', {
          DatabaseName: 'shop',
          TableName: 'sales',
          VersionId: '3',
        })
      ).name,
    ).toBe('InvalidInputException');
    const { Errors } = await lake.call<{
      Errors: Array<{ VersionId: string; ErrorDetail: { ErrorCode: string } }>;
    }>('glue', 'BatchDeleteTableVersion', {
      DatabaseName: 'shop',
      TableName: 'sales',
      VersionIds: ['1', '0', '3'],
    });
    expect(Errors.map((e) => [e.VersionId, e.ErrorDetail.ErrorCode])).toEqual([
      ['0', 'EntityNotFoundException'],
      ['3', 'InvalidInputException'],
    ]);
    const { TableVersions } = await lake.call<{ TableVersions: TableVersion[] }>(
      'glue',
      'GetTableVersions',
      { DatabaseName: 'shop', TableName: 'sales' },
    );
    expect(TableVersions.map((v) => v.VersionId)).toEqual(['3', '2']);
  });

  it('deletes tables, and reports the missing ones of a batch in Errors', async () => {
    const lake = await lakeWithSales();
    await lake.call('glue', 'CreateTable', {
      DatabaseName: 'shop',
      TableInput: parquetTable('orders'),
    });
    await lake.call('glue', 'DeleteTable', { DatabaseName: 'shop', Name: 'SALES' });
    const { Errors } = await lake.call<{
      Errors: Array<{ TableName: string; ErrorDetail: { ErrorCode: string } }>;
    }>('glue', 'BatchDeleteTable', { DatabaseName: 'shop', TablesToDelete: ['orders', 'ghost'] });
    expect(Errors).toEqual([
      {
        TableName: 'ghost',
        ErrorDetail: {
          ErrorCode: 'EntityNotFoundException',
          ErrorMessage: 'Table ghost not found.',
        },
      },
    ]);
    expect(await tableNames(lake)).toEqual([]);
  });

  it('deletes a database’s tables and partitions with the database', async () => {
    const lake = await lakeWithSales();
    await lake.call('glue', 'CreatePartition', {
      DatabaseName: 'shop',
      TableName: 'sales',
      PartitionInput: { Values: ['2025', '01', '1'] },
    });
    await lake.call('glue', 'DeleteDatabase', { Name: 'shop' });
    expect(lake.engine.world.glue.tables?.shop).toBeUndefined();
    await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
    expect(await tableNames(lake)).toEqual([]);
    await lake.call('glue', 'CreateTable', { DatabaseName: 'shop', TableInput: salesTable });
    expect(
      (
        await lake.call<{ Partitions: unknown[] }>('glue', 'GetPartitions', {
          DatabaseName: 'shop',
          TableName: 'sales',
        })
      ).Partitions,
    ).toEqual([]);
  });

  it('checks glue:GetTable on the catalog, database and table ARNs', async () => {
    const lake = await lakeWithSales();
    await lake.call('glue', 'CreateTable', {
      DatabaseName: 'shop',
      TableInput: parquetTable('secrets'),
    });
    const analyst = await userWithPolicy(lake, 'analyst', [
      {
        Effect: 'Allow',
        Action: 'glue:GetTable',
        Resource: [
          'arn:aws:glue:us-east-1:111122223333:catalog',
          'arn:aws:glue:us-east-1:111122223333:database/shop',
          'arn:aws:glue:us-east-1:111122223333:table/shop/sales',
        ],
      },
    ]);
    expect(
      (
        await analyst.call<{ Table: Table }>('glue', 'GetTable', {
          DatabaseName: 'shop',
          Name: 'Sales',
        })
      ).Table.Name,
    ).toBe('sales');
    const error = await analyst.errorOf('glue', 'GetTable', {
      DatabaseName: 'shop',
      Name: 'secrets',
    });
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toContain(
      'glue:GetTable on resource: arn:aws:glue:us-east-1:111122223333:table/shop/secrets',
    );
    expect(
      (await analyst.errorOf('glue', 'DeleteTable', { DatabaseName: 'shop', Name: 'sales' })).name,
    ).toBe('AccessDeniedException');
  });

  it('survives a snapshot and restore, and loads a save from before tables existed', async () => {
    const lake = await lakeWithSales();
    await lake.call('glue', 'CreatePartition', {
      DatabaseName: 'shop',
      TableName: 'sales',
      PartitionInput: { Values: ['2025', '01', '1'] },
    });
    const saved = JSON.parse(JSON.stringify(lake.engine.snapshot())) as ReturnType<
      typeof lake.engine.snapshot
    >;
    await lake.call('glue', 'DeleteTable', { DatabaseName: 'shop', Name: 'sales' });
    lake.engine.restore(saved);
    expect((await getTable(lake, 'sales')).CreateTime).toEqual(lake.now());
    expect(
      (
        await lake.call<{ Partitions: unknown[] }>('glue', 'GetPartitions', {
          DatabaseName: 'shop',
          TableName: 'sales',
        })
      ).Partitions,
    ).toHaveLength(1);
    const beforeTables = lake.engine.snapshot();
    delete beforeTables.glue.tables;
    lake.engine.restore(beforeTables);
    expect(
      await lake.errorOf('glue', 'GetTable', { DatabaseName: 'shop', Name: 'sales' }),
    ).toMatchObject({ name: 'EntityNotFoundException' });
    await lake.call('glue', 'CreateTable', {
      DatabaseName: 'shop',
      TableInput: parquetTable('fresh'),
    });
    expect(await tableNames(lake)).toEqual(['fresh']);
  });
});
