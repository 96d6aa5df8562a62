// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../../store';
import GluePage from './GluePage';

function renderAt(hash: string, store: LakeStore = createLakeStore()) {
  window.location.hash = hash;
  render(
    <LakeStoreProvider store={store}>
      <GluePage />
    </LakeStoreProvider>,
  );
  return store;
}

const typeInto = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function lakeWithTable(columns: { Name: string; Type: string }[]): Promise<LakeStore> {
  const store = createLakeStore();
  const { call } = store.getState();
  await call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
  await call('glue', 'CreateTable', {
    DatabaseName: 'shop',
    TableInput: {
      Name: 'orders',
      PartitionKeys: [{ Name: 'year', Type: 'string' }],
      StorageDescriptor: { Columns: columns, Location: 's3://lake/orders/' },
    },
  });
  return store;
}

afterEach(cleanup);

describe('Databases', () => {
  it('creates a database through the form and lists it', async () => {
    const store = renderAt('#/glue/create-database');
    typeInto('Name', 'Sales_Raw');
    typeInto('Location - optional', 's3://lake/sales/');
    fireEvent.click(screen.getByRole('button', { name: 'Create database' }));
    expect(await screen.findByRole('link', { name: 'sales_raw' })).toBeTruthy();
    expect(store.getState().engine.world.glue.databases.sales_raw?.LocationUri).toBe(
      's3://lake/sales/',
    );
  });

  it("shows Glue's error on the form when the database exists", async () => {
    const store = createLakeStore();
    await store.getState().call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
    renderAt('#/glue/create-database', store);
    typeInto('Name', 'shop');
    fireEvent.click(screen.getByRole('button', { name: 'Create database' }));
    expect(await screen.findByText(/AlreadyExistsException: Database already exists/)).toBeTruthy();
  });

  it('deletes a database with its tables only after its name is typed', async () => {
    const store = await lakeWithTable([{ Name: 'id', Type: 'bigint' }]);
    renderAt('#/glue/databases', store);
    fireEvent.click((await screen.findAllByLabelText('Select database shop'))[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByText(/also deletes its 1 table,/)).toBeTruthy();
    const confirm = screen.getByRole('button', { name: 'Delete database' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    typeInto('Database name to confirm', 'shop');
    fireEvent.click(screen.getByRole('button', { name: 'Delete database' }));
    await waitFor(() => expect(store.getState().engine.world.glue.databases.shop).toBeUndefined());
    expect(store.getState().engine.world.glue.tables?.shop).toBeUndefined();
  });
});

describe('Add table', () => {
  it('shows the CreateTable error naming the column whose type is invalid, and creates nothing', async () => {
    const store = createLakeStore();
    await store.getState().call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
    renderAt('#/glue/databases/shop/add-table', store);
    typeInto('Table name', 'orders');
    typeInto('Location', 's3://lake/orders/');
    typeInto('Column 1 name', 'amount');
    typeInto('Column 1 type', 'money');
    fireEvent.click(screen.getByRole('button', { name: 'Create table' }));
    expect(
      (await screen.findAllByText(/Column amount has an invalid type "money"/)).length,
    ).toBeGreaterThan(0);
    expect(store.getState().engine.world.glue.tables?.shop?.orders).toBeUndefined();
  });

  it('fills in the Parquet SerDe and formats the console uses', async () => {
    const store = createLakeStore();
    await store.getState().call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'shop' } });
    renderAt('#/glue/databases/shop/add-table', store);
    typeInto('Table name', 'orders');
    typeInto('Column 1 name', 'id');
    fireEvent.click(screen.getByLabelText('Parquet'));
    fireEvent.click(screen.getByRole('button', { name: 'Create table' }));
    await screen.findByRole('tab', { name: 'Schema' });
    const table = store.getState().engine.world.glue.tables?.shop?.orders?.versions[0];
    expect(table?.StorageDescriptor?.SerdeInfo?.SerializationLibrary).toBe(
      'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
    );
    expect(table?.Parameters?.classification).toBe('parquet');
  });
});

describe('Table page', () => {
  it('shows a nested struct in the schema tab, its fields on expanding it, and marks the partition key', async () => {
    const store = await lakeWithTable([
      { Name: 'id', Type: 'bigint' },
      { Name: 'customer', Type: 'struct<name:string,address:struct<city:string>>' },
    ]);
    renderAt('#/glue/databases/shop/tables/orders', store);
    expect(await screen.findByText('customer')).toBeTruthy();
    const keyRow = screen.getByText('year').closest('tr')!;
    expect(within(keyRow).getByText('Partition key')).toBeTruthy();
    expect(screen.queryByText('address')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show fields of customer' }));
    expect(await screen.findByText('address')).toBeTruthy();
  });

  it('shows the added column in the versions diff after a schema edit', async () => {
    const store = await lakeWithTable([{ Name: 'id', Type: 'bigint' }]);
    renderAt('#/glue/databases/shop/tables/orders/edit-schema', store);
    await screen.findByRole('button', { name: 'Save as new version' });
    fireEvent.click(screen.getByRole('button', { name: 'Add column' }));
    typeInto('Column 2 name', 'discount');
    fireEvent.click(screen.getByRole('button', { name: 'Save as new version' }));
    const diff = await screen.findByRole('table', { name: 'Schema differences' });
    const row = within(diff).getByText('discount').closest('tr')!;
    expect(within(row).getByText('added')).toBeTruthy();
  });

  it('shows the InvalidInputException of a bad partition expression under the filter box', async () => {
    const store = await lakeWithTable([{ Name: 'id', Type: 'bigint' }]);
    renderAt('#/glue/databases/shop/tables/orders?tab=partitions', store);
    await screen.findByLabelText('Filter partitions');
    typeInto('Filter partitions', "colour = 'red'");
    fireEvent.click(screen.getByRole('button', { name: 'Apply filter' }));
    expect(await screen.findByText(/InvalidInputException/)).toBeTruthy();
  });
});

describe('Search', () => {
  it('finds a table by a column name and links to its page', async () => {
    const store = await lakeWithTable([{ Name: 'customer_id', Type: 'bigint' }]);
    renderAt('#/glue/search?q=customer', store);
    const link = await screen.findByRole('link', { name: 'orders' });
    expect(link.getAttribute('href')).toBe('#/glue/databases/shop/tables/orders');
    await waitFor(() => expect(screen.getByText('customer_id')).toBeTruthy());
  });
});
