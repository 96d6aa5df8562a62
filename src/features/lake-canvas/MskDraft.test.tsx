// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../../store';
import { clusterNamed } from './mskPlan';
import { MskDraft } from './MskDraft';

afterEach(cleanup);

async function renderDraft(store: LakeStore, onDone = vi.fn()) {
  await store.getState().call('s3', 'CreateBucket', { Bucket: 'lake-raw-zone' });
  render(
    <LakeStoreProvider store={store}>
      <MskDraft
        draft={{ id: 'draft-1', kind: 'msk', target: 'bucket:lake-raw-zone' }}
        buckets={['lake-raw-zone']}
        onTarget={() => undefined}
        onDone={onDone}
      />
    </LakeStoreProvider>,
  );
  return onDone;
}

describe('MskDraft', () => {
  it('creates the cluster, waits while it is CREATING, and finishes the pipeline once the clock makes it ACTIVE', async () => {
    const store = createLakeStore();
    const onDone = await renderDraft(store);
    expect(screen.getByText('AWS calls (4)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create pipeline' }));
    await screen.findByText('Waiting for the MSK cluster');
    expect(clusterNamed(store.getState().engine.world, 'clickstream-msk')?.State).toBe('CREATING');
    await act(() => store.getState().jumpAhead(5 * 60_000));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(onDone.mock.calls[0]![0]).toMatch(
      /^Created clickstream-msk \(topic clicks\) → clicks-msk-to-s3/,
    );
    const world = store.getState().engine.world;
    expect(world.firehose?.streams['clicks-msk-to-s3']?.DeliveryStreamType).toBe('MSKAsSource');
    expect(world.sources?.clickstream?.config.target).toMatchObject({
      kind: 'msk',
      topicName: 'clicks',
    });
  });

  it('reuses an ACTIVE cluster of the same name: no CreateClusterV2 among its calls', async () => {
    const store = createLakeStore();
    await store.getState().call('kafka', 'CreateClusterV2', {
      ClusterName: 'clickstream-msk',
      Serverless: {
        VpcConfigs: [{ SubnetIds: ['subnet-1', 'subnet-2'] }],
        ClientAuthentication: { Sasl: { Iam: { Enabled: true } } },
      },
    });
    await store.getState().jumpAhead(5 * 60_000);
    await renderDraft(store);
    expect(screen.getByText('Uses the existing cluster (ACTIVE).')).toBeTruthy();
    expect(screen.getByText('AWS calls (3)')).toBeTruthy();
    expect(screen.queryByRole('radiogroup', { name: 'Cluster type' })).toBeNull();
  });

  it('rolls back the cluster it created when a later call fails: DeleteCluster is among the rollback calls', async () => {
    const store = createLakeStore();
    await renderDraft(store);
    fireEvent.change(screen.getByLabelText('Firehose stream name'), {
      target: { value: 'clicks msk to s3' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create pipeline' }));
    await screen.findByText('Waiting for the MSK cluster');
    await act(() => store.getState().jumpAhead(5 * 60_000));
    await screen.findByText(/CreateDeliveryStream failed/);
    const world = store.getState().engine.world;
    expect(clusterNamed(world, 'clickstream-msk')?.State).toBe('DELETING');
    const roles = Object.values(world.iam.accounts).flatMap((a) => Object.keys(a.roles));
    expect(roles).toEqual([]);
    // The rolled-back cluster cannot be reused while it is being deleted.
    expect(screen.getByText(/This cluster is being deleted/)).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Create pipeline' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('never deletes a cluster that existed before the draft, even when the pipeline rolls back', async () => {
    const store = createLakeStore();
    await store.getState().call('kafka', 'CreateClusterV2', {
      ClusterName: 'clickstream-msk',
      Serverless: {
        VpcConfigs: [{ SubnetIds: ['subnet-1', 'subnet-2'] }],
        ClientAuthentication: { Sasl: { Iam: { Enabled: true } } },
      },
    });
    await store.getState().jumpAhead(5 * 60_000);
    await renderDraft(store);
    fireEvent.change(screen.getByLabelText('Firehose stream name'), {
      target: { value: 'clicks msk to s3' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create pipeline' }));
    await screen.findByText(/CreateDeliveryStream failed/);
    expect(clusterNamed(store.getState().engine.world, 'clickstream-msk')?.State).toBe('ACTIVE');
  });
});
