import type { Table } from '@aws-sdk/client-glue';
import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { columns, parquetTable, userWithPolicy } from './tables.fixtures';

async function lakeWithCatalog(): Promise<TestLake> {
  const lake = new TestLake();
  for (const Name of ['shop', 'hr'])
    await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name } });
  await lake.call('glue', 'CreateTable', {
    DatabaseName: 'shop',
    TableInput: parquetTable('orders', {
      description: 'Customer orders',
      columns: columns('order_id:bigint', 'customer_email:string'),
    }),
  });
  await lake.call('glue', 'CreateTable', {
    DatabaseName: 'shop',
    TableInput: parquetTable('customer-link', { parameters: { classification: 'csv' } }),
  });
  await lake.call('glue', 'CreateTable', {
    DatabaseName: 'hr',
    TableInput: parquetTable('salaries', {
      columns: columns('employee:string', 'salary:decimal(10,2)'),
      parameters: { owner_team: 'people' },
    }),
  });
  return lake;
}

const search = async (lake: TestLake, input: Record<string, unknown>) =>
  (await lake.call<{ TableList: Table[] }>('glue', 'SearchTables', input)).TableList.map(
    (t) => `${t.DatabaseName ?? ''}.${t.Name}`,
  );

describe('Glue SearchTables', () => {
  it('finds SearchText across databases in names, descriptions, column names and parameters', async () => {
    const lake = await lakeWithCatalog();
    expect(await search(lake, { SearchText: 'customer' })).toEqual([
      'shop.customer-link',
      'shop.orders',
    ]);
    expect(await search(lake, { SearchText: 'EMAIL' })).toEqual(['shop.orders']);
    expect(await search(lake, { SearchText: 'people' })).toEqual(['hr.salaries']);
    expect(await search(lake, {})).toEqual(['shop.customer-link', 'shop.orders', 'hr.salaries']);
  });

  it('matches a quoted SearchText exactly', async () => {
    const lake = await lakeWithCatalog();
    expect(await search(lake, { SearchText: '"customer"' })).toEqual([]);
    expect(await search(lake, { SearchText: '"salary"' })).toEqual(['hr.salaries']);
  });

  it('filters by properties, string values matching whole tokens', async () => {
    const lake = await lakeWithCatalog();
    expect(await search(lake, { Filters: [{ Key: 'DatabaseName', Value: 'shop' }] })).toEqual([
      'shop.customer-link',
      'shop.orders',
    ]);
    expect(await search(lake, { Filters: [{ Key: 'Name', Value: 'link' }] })).toEqual([
      'shop.customer-link',
    ]);
    expect(await search(lake, { Filters: [{ Key: 'classification', Value: 'csv' }] })).toEqual([
      'shop.customer-link',
    ]);
  });

  it('compares time fields with the Comparator', async () => {
    const lake = await lakeWithCatalog();
    const cutoff = String(lake.now().getTime() / 1000);
    await lake.advance('1h');
    await lake.call('glue', 'CreateTable', {
      DatabaseName: 'hr',
      TableInput: parquetTable('late'),
    });
    expect(
      await search(lake, {
        Filters: [{ Key: 'CreateTime', Value: cutoff, Comparator: 'GREATER_THAN' }],
      }),
    ).toEqual(['hr.late']);
  });

  it('sorts by a field, descending', async () => {
    const lake = await lakeWithCatalog();
    expect(await search(lake, { SortCriteria: [{ FieldName: 'Name', Sort: 'DESC' }] })).toEqual([
      'hr.salaries',
      'shop.orders',
      'shop.customer-link',
    ]);
  });

  it('returns only the tables the caller may search', async () => {
    const lake = await lakeWithCatalog();
    const analyst = await userWithPolicy(lake, 'analyst', [
      {
        Effect: 'Allow',
        Action: 'glue:SearchTables',
        Resource: [
          'arn:aws:glue:us-east-1:111122223333:catalog',
          'arn:aws:glue:us-east-1:111122223333:database/shop',
          'arn:aws:glue:us-east-1:111122223333:table/shop/*',
        ],
      },
    ]);
    expect(await search(analyst, {})).toEqual(['shop.customer-link', 'shop.orders']);
    const nobody = await userWithPolicy(lake, 'nobody', []);
    expect((await nobody.errorOf('glue', 'SearchTables', {})).name).toBe('AccessDeniedException');
  });
});
