// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../../store';
import AthenaPage from './AthenaPage';

afterEach(cleanup);

// jsdom swaps in its own Uint8Array, while the engine's encoders make Node's: the engine's
// `instanceof Uint8Array` checks need Node's back (a browser has one realm).
const jsdomUint8Array = globalThis.Uint8Array;
beforeAll(() => {
  globalThis.Uint8Array = Object.getPrototypeOf(new TextEncoder().encode(''))
    .constructor as Uint8ArrayConstructor;
});
afterAll(() => {
  globalThis.Uint8Array = jsdomUint8Array;
});

// CodeMirror measures text ranges; jsdom lays nothing out.
const emptyRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
Range.prototype.getClientRects = emptyRects;
Range.prototype.getBoundingClientRect = () => new DOMRect();

function renderPage(store: LakeStore = createLakeStore()) {
  window.location.hash = '#/athena';
  render(
    <LakeStoreProvider store={store}>
      <AthenaPage />
    </LakeStoreProvider>,
  );
  return store;
}

const BANNER = 'Before you run your first query, set up a query result location in Amazon S3';

describe('Athena query editor', () => {
  it('asks for a result location, creates the usual bucket and saves it to the workgroup', async () => {
    const store = renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit settings' }));
    expect(screen.getByText(BANNER)).toBeTruthy();
    const dialog = screen.getByRole('dialog');
    fireEvent.click(
      within(dialog).getByRole('button', { name: /^Create bucket aws-athena-query-results-/ }),
    );
    const bucket = 'aws-athena-query-results-111122223333-us-east-1';
    await waitFor(() =>
      expect(
        (within(dialog).getByLabelText('Location of query result') as HTMLInputElement).value,
      ).toBe(`s3://${bucket}/`),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByText(BANNER)).toBeNull());
    const world = store.getState().engine.world;
    expect(world.s3.buckets[bucket]).toBeTruthy();
    expect(world.athena?.workGroups.primary?.OutputLocation).toBe(`s3://${bucket}/`);
  });

  it('previews a table in a new tab: the console’s SELECT, its rows and what it scanned', async () => {
    const store = createLakeStore();
    const { call } = store.getState();
    await call('s3', 'CreateBucket', { Bucket: 'lake' });
    await call('s3', 'CreateBucket', { Bucket: 'results' });
    await call('s3', 'PutObject', {
      Bucket: 'lake',
      Key: 'people/people.csv',
      Body: '1,ada\n2,grace\n',
    });
    await call('athena', 'UpdateWorkGroup', {
      WorkGroup: 'primary',
      ConfigurationUpdates: { ResultConfigurationUpdates: { OutputLocation: 's3://results/' } },
    });
    await call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'crm' } });
    await call('glue', 'CreateTable', {
      DatabaseName: 'crm',
      TableInput: {
        Name: 'people',
        TableType: 'EXTERNAL_TABLE',
        Parameters: { classification: 'csv' },
        StorageDescriptor: {
          Columns: [
            { Name: 'id', Type: 'bigint' },
            { Name: 'name', Type: 'string' },
          ],
          Location: 's3://lake/people/',
          InputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
          OutputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
          SerdeInfo: {
            SerializationLibrary: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe',
            Parameters: { 'field.delim': ',' },
          },
        },
      },
    });
    renderPage(store);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Actions for table people' }, { timeout: 10_000 }),
    );
    fireEvent.click(await screen.findByText('Preview table'));
    // Tabs that can be closed are groups holding the tab's button.
    expect(await screen.findByRole('group', { name: 'people' })).toBeTruthy();
    const grid = await screen.findByRole('grid', { name: 'Query results' }, { timeout: 15_000 });
    expect(within(grid).getByRole('gridcell', { name: 'grace' })).toBeTruthy();
    expect(screen.getByText('Completed')).toBeTruthy();
    expect(screen.getByText('Data scanned')).toBeTruthy();
    const execution = Object.values(store.getState().engine.world.athena?.executions ?? {})[0];
    expect(execution?.Query).toBe('SELECT * FROM "crm"."people" limit 10;');
  });
});
