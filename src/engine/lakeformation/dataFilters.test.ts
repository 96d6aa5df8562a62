import { describe, expect, it } from 'vitest';
import { lakeFormationLab, ordersTable, principal, userArn } from './testLake.fixtures';

const data = (extra: Record<string, unknown>) => ({
  TableData: {
    TableCatalogId: '111122223333',
    DatabaseName: 'shop',
    TableName: 'orders',
    Name: 'fr',
    ...extra,
  },
});
const FR = { RowFilter: { FilterExpression: "country = 'FR'" }, ColumnNames: ['id', 'country'] };
const ids = {
  TableCatalogId: '111122223333',
  DatabaseName: 'shop',
  TableName: 'orders',
  Name: 'fr',
};

describe('data cells filters', () => {
  it('creates, reads, lists, updates (new version) and deletes a filter', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'CreateDataCellsFilter', data(FR));
    const { DataCellsFilter } = await lake.call<{ DataCellsFilter: Record<string, unknown> }>(
      'lakeformation',
      'GetDataCellsFilter',
      ids,
    );
    expect(DataCellsFilter).toEqual({
      ...ids,
      RowFilter: { FilterExpression: "country = 'FR'" },
      ColumnNames: ['id', 'country'],
      VersionId: '0',
    });
    await lake.call(
      'lakeformation',
      'UpdateDataCellsFilter',
      data({
        RowFilter: { AllRowsWildcard: {} },
        ColumnWildcard: { ExcludedColumnNames: ['customer'] },
      }),
    );
    const listed = await lake.call<{ DataCellsFilters: Array<Record<string, unknown>> }>(
      'lakeformation',
      'ListDataCellsFilter',
      { Table: { DatabaseName: 'shop', Name: 'orders' } },
    );
    expect(listed.DataCellsFilters).toEqual([
      {
        ...ids,
        RowFilter: { AllRowsWildcard: {} },
        ColumnWildcard: { ExcludedColumnNames: ['customer'] },
        VersionId: '1',
      },
    ]);
    await lake.call('lakeformation', 'DeleteDataCellsFilter', ids);
    expect((await lake.errorOf('lakeformation', 'GetDataCellsFilter', ids)).name).toBe(
      'EntityNotFoundException',
    );
  });

  it('rejects a duplicate name, unknown columns and an invalid row expression', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'CreateDataCellsFilter', data(FR));
    expect((await lake.errorOf('lakeformation', 'CreateDataCellsFilter', data(FR))).name).toBe(
      'AlreadyExistsException',
    );
    expect(
      (
        await lake.errorOf(
          'lakeformation',
          'CreateDataCellsFilter',
          data({ ...FR, Name: 'b', ColumnNames: ['nope'] }),
        )
      ).name,
    ).toBe('InvalidInputException');
    expect(
      (
        await lake.errorOf(
          'lakeformation',
          'CreateDataCellsFilter',
          data({ ...FR, Name: 'c', RowFilter: { FilterExpression: "region = 'EU'" } }),
        )
      ).name,
    ).toBe('InvalidInputException');
    expect(
      (
        await lake.errorOf(
          'lakeformation',
          'CreateDataCellsFilter',
          data({ ...FR, Name: 'd', RowFilter: { FilterExpression: 'country = ' } }),
        )
      ).name,
    ).toBe('InvalidInputException');
  });

  it('creating a filter needs SELECT with grant option on the table (administrators may always)', async () => {
    const lake = await lakeFormationLab();
    const analyst = userArn('analyst');
    expect(
      (await lake.as('analyst').errorOf('lakeformation', 'CreateDataCellsFilter', data(FR))).name,
    ).toBe('AccessDeniedException');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(analyst),
      Resource: ordersTable,
      Permissions: ['SELECT'],
      PermissionsWithGrantOption: ['SELECT'],
    });
    await lake.as('analyst').call('lakeformation', 'CreateDataCellsFilter', data(FR));
  });

  it('only SELECT, DESCRIBE and DROP can be granted on a filter (filters apply to reads)', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'CreateDataCellsFilter', data(FR));
    const error = await lake.errorOf('lakeformation', 'GrantPermissions', {
      Principal: principal(userArn('analyst')),
      Resource: { DataCellsFilter: ids },
      Permissions: ['INSERT'],
    });
    expect(error.name).toBe('InvalidInputException');
  });
});
