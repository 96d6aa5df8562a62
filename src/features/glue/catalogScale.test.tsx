// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { useCollection } from '@cloudscape-design/collection-hooks';
import { afterEach, describe, expect, it } from 'vitest';
import type { GlueTable } from '../../engine/glue/state';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../../store';
import GluePage from './GluePage';
import type { TableRow } from './useTables';

const TABLE_COUNT = 10_000;

/** A lake whose database `big` holds 10,000 tables, written straight into the world. */
async function lakeWithManyTables(): Promise<LakeStore> {
  const store = createLakeStore();
  await store.getState().call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'big' } });
  const world = store.getState().engine.world;
  const catalogId = world.glue.databases.big!.CatalogId;
  const tables: NonNullable<typeof world.glue.tables>[string] = {};
  for (let i = 0; i < TABLE_COUNT; i++) {
    const name = `table_${String(i).padStart(5, '0')}`;
    const table: GlueTable = {
      Name: name,
      DatabaseName: 'big',
      CatalogId: catalogId,
      CreateTime: 0,
      UpdateTime: 0,
      Retention: 0,
      PartitionKeys: [],
      CreatedBy: 'admin',
      IsRegisteredWithLakeFormation: false,
      VersionId: '0',
      Parameters: { classification: 'csv' },
      StorageDescriptor: {
        Location: `s3://lake/${name}/`,
        Columns: [{ Name: `col_${i}`, Type: 'int' }],
      },
    };
    tables[name] = { versions: [table], partitions: {} };
  }
  world.glue.tables = { ...world.glue.tables, big: tables };
  return store;
}

afterEach(cleanup);

describe('a catalog of 10,000 tables', () => {
  // Speed is measured by the catalog benchmark (npm run bench), not asserted here.
  it('lists them, filters them by name and searches them by column', async () => {
    const store = await lakeWithManyTables();
    window.location.hash = '#/glue/databases/big';
    render(
      <LakeStoreProvider store={store}>
        <GluePage />
      </LakeStoreProvider>,
    );
    expect(await screen.findByText('(10000)', {}, { timeout: 10_000 })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Filter tables'), { target: { value: 'table_09999' } });
    expect(await screen.findByRole('link', { name: 'table_09999' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'table_00000' })).toBeNull();

    const found = await store
      .getState()
      .call<{ TableList?: unknown[] }>('glue', 'SearchTables', { SearchText: 'col_4242' });
    expect(found.TableList).toHaveLength(1);
  }, 60_000);

  it('filters 10,000 table rows in the collection hook', () => {
    const rows: TableRow[] = Array.from({ length: TABLE_COUNT }, (_, i) => ({
      name: `table_${String(i).padStart(5, '0')}`,
      classification: 'csv',
      location: `s3://lake/table_${i}/`,
      partitionKeys: '',
      columnCount: 1,
      updateTime: 0,
      versionId: '0',
    }));
    const { result } = renderHook(() =>
      useCollection(rows, {
        filtering: { fields: ['name', 'classification', 'location', 'partitionKeys'] },
        pagination: { pageSize: 25 },
      }),
    );
    act(() => result.current.actions.setFiltering('table_09999'));
    expect(result.current.items.map((r) => r.name)).toEqual(['table_09999']);
  });
});
