// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../../store';
import LakeCanvasPage from './LakeCanvasPage';

beforeAll(() => {
  // React Flow measures nodes with ResizeObserver (stubbed in src/test/setup.ts) and DOMMatrix.
  if (!('DOMMatrixReadOnly' in window))
    Object.assign(window, {
      DOMMatrixReadOnly: class {
        m22 = 1;
      },
    });
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function renderPage(store: LakeStore = createLakeStore()) {
  window.location.hash = '#/canvas';
  render(
    <LakeStoreProvider store={store}>
      <LakeCanvasPage />
    </LakeStoreProvider>,
  );
  return store;
}

describe('LakeCanvasPage', () => {
  it('shows resources created elsewhere (here through the API) in the list view', async () => {
    const store = createLakeStore();
    await store.getState().call('s3', 'CreateBucket', { Bucket: 'lake-raw-zone' });
    await store.getState().call('kinesis', 'CreateStream', { StreamName: 'clicks', ShardCount: 2 });
    renderPage(store);
    fireEvent.click(screen.getByRole('button', { name: 'List view' }));
    const table = await screen.findByRole('table', { name: 'Lake graph nodes' });
    await waitFor(() => expect(within(table).getByText('clicks')).toBeTruthy(), { timeout: 5000 });
    expect(within(table).getByText('lake-raw-zone')).toBeTruthy();
    expect(within(table).getByText('2 shard(s); 0 records in')).toBeTruthy();
  });

  it('adds a palette item without a mouse and keeps it for the lab after a reload', async () => {
    const store = renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Relational database → AWS DMS' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add to canvas' }));
    await screen.findByRole('heading', { name: 'Configure pipeline' });
    expect(screen.getByRole('button', { name: /Connect to…/ })).toBeTruthy();
    cleanup();
    renderPage(store);
    fireEvent.click(screen.getByRole('button', { name: 'List view' }));
    const table = await screen.findByRole('table', { name: 'Lake graph nodes' });
    expect(within(table).getByText('not created')).toBeTruthy();
  });

  it('keeps Create pipeline disabled until a bucket is connected', async () => {
    const store = createLakeStore();
    await store.getState().call('s3', 'CreateBucket', { Bucket: 'raw' });
    renderPage(store);
    fireEvent.click(screen.getByRole('button', { name: /Clickstream app → Kinesis/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Add to canvas' }));
    const create = await screen.findByRole('button', { name: 'Create pipeline' });
    expect(create.hasAttribute('disabled') || create.getAttribute('aria-disabled') === 'true').toBe(
      true,
    );
  });

  it('offers the CRM → AppFlow form: an Amount filter for opportunities and the calls it makes', async () => {
    renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'CRM → Amazon AppFlow' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add to canvas' }));
    await screen.findByRole('heading', { name: 'Configure pipeline' });
    expect(screen.getByLabelText('Only Amount greater than')).toBeTruthy();
    expect(screen.queryByText(/create it from the terminal/)).toBeNull();
    for (const call of [
      'appflow:CreateConnectorProfile',
      'appflow:CreateFlow',
      'appflow:StartFlow',
    ])
      expect(screen.getByText(call)).toBeTruthy();
  });
});
