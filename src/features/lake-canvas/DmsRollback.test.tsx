// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestLake } from '../../engine/testing/TestLake';
import { createLakeStore, LakeStoreProvider } from '../../store';
import { canvasStorageKey, type CanvasUi } from './canvasUi';
import LakeCanvasPage from './LakeCanvasPage';
import { dmsSetupPlan, dmsTaskStep, runPlan, type DmsForm } from './plans';

beforeAll(() => {
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

const dmsNames = (lake: TestLake) => ({
  instances: Object.values(lake.engine.world.dms?.instances ?? {}).map(
    (i) => i.ReplicationInstanceIdentifier,
  ),
  endpoints: Object.values(lake.engine.world.dms?.endpoints ?? {})
    .map((e) => e.EndpointIdentifier)
    .sort(),
  roles: Object.keys(lake.engine.world.iam.accounts[lake.engine.world.defaultAccountId]!.roles),
});

/** A lab where a task named shop-to-lake already runs on the one instance, with other endpoints. */
async function labWithTaskShopToLake() {
  const store = createLakeStore();
  const lake = new TestLake({}, store.getState().engine);
  await lake.call('s3', 'CreateBucket', { Bucket: 'shop-raw-zone' });
  const legacy: DmsForm = {
    instanceIdentifier: 'lab-instance',
    taskIdentifier: 'legacy',
    migrationType: 'full-load',
    role: { create: true, roleName: 'LegacyRole' },
    target: { bucket: 'shop-raw-zone', prefix: '' },
  };
  const call = (s: string, o: string, i: unknown) => lake.call(s, o, i);
  const refs = await runPlan(call, dmsSetupPlan(lake.engine.world, legacy));
  await lake.advance('10m');
  await runPlan(call, [dmsTaskStep({ ...legacy, taskIdentifier: 'shop-to-lake' })], refs);
  const ui: CanvasUi = {
    positions: {},
    drafts: [{ id: 'draft:1', kind: 'dms', target: 'bucket:shop-raw-zone' }],
    nextDraft: 2,
  };
  localStorage.setItem(canvasStorageKey(lake.engine.world.seed), JSON.stringify(ui));
  return { store, lake };
}

describe('a DMS draft whose task fails once the instance is up', () => {
  it('deletes its endpoints and role, keeps the reused instance, and shows the form with the error', async () => {
    const { store, lake } = await labWithTaskShopToLake();
    const before = dmsNames(lake);
    render(
      <LakeStoreProvider store={store}>
        <LakeCanvasPage />
      </LakeStoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'List view' }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Open Relational database → AWS DMS' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Create pipeline' }));

    const alert = await screen.findByText(
      'CreateReplicationTask failed: ResourceAlreadyExistsFault',
      {},
      { timeout: 5000 },
    );
    expect(alert).toBeTruthy();
    expect(screen.getByText('Replication task shop-to-lake already exists.')).toBeTruthy();
    const rollback = screen.getByRole('list', { name: 'Rollback calls' });
    expect(
      within(rollback)
        .getAllByLabelText('CLI command')
        .map((c) => c.textContent),
    ).toEqual([
      expect.stringMatching(/^aws dms delete-endpoint --endpoint-arn /),
      expect.stringMatching(/^aws dms delete-endpoint --endpoint-arn /),
      'aws iam delete-role-policy --role-name DmsS3TargetRole-shop --policy-name dms-to-shop-raw-zone',
      'aws iam delete-role --role-name DmsS3TargetRole-shop',
    ]);
    expect(dmsNames(lake)).toEqual(before);
    expect((screen.getByLabelText('Replication task identifier') as HTMLInputElement).value).toBe(
      'shop-to-lake',
    );
  });
});

describe('removing a DMS draft that waits for its instance', () => {
  it('deletes the instance, endpoints and role it had created', async () => {
    const store = createLakeStore();
    const lake = new TestLake({}, store.getState().engine);
    await lake.call('s3', 'CreateBucket', { Bucket: 'shop-raw-zone' });
    const ui: CanvasUi = {
      positions: {},
      drafts: [{ id: 'draft:1', kind: 'dms', target: 'bucket:shop-raw-zone' }],
      nextDraft: 2,
    };
    localStorage.setItem(canvasStorageKey(lake.engine.world.seed), JSON.stringify(ui));
    const before = dmsNames(lake);
    render(
      <LakeStoreProvider store={store}>
        <LakeCanvasPage />
      </LakeStoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'List view' }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Open Relational database → AWS DMS' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Create pipeline' }));
    await screen.findByText('Waiting for the replication instance');
    expect(dmsNames(lake).endpoints).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Remove from canvas' }));
    await waitFor(() => expect(dmsNames(lake)).toEqual(before));
    expect(store.getState().notifications.at(-1)?.header).toBe(
      'Removed the draft and deleted the 5 resource(s) it had created',
    );
  });
});
