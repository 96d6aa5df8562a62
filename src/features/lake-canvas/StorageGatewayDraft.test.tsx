// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../../store';
import LakeCanvasPage from './LakeCanvasPage';

beforeAll(() => {
  // React Flow measures nodes with DOMMatrix (ResizeObserver is stubbed in src/test/setup.ts).
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

async function openForm(store: LakeStore) {
  window.location.hash = '#/canvas';
  render(
    <LakeStoreProvider store={store}>
      <LakeCanvasPage />
    </LakeStoreProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'AWS Storage Gateway' }));
  fireEvent.click(screen.getByRole('button', { name: 'Add to canvas' }));
  await screen.findByRole('heading', { name: 'Configure pipeline' });
}

describe('the AWS Storage Gateway form', () => {
  it('activates the appliance when the lab has no gateway, and lists every call', async () => {
    await openForm(createLakeStore());
    expect(screen.getByLabelText('Gateway name')).toBeTruthy();
    for (const call of [
      'iam:CreateRole',
      'sources:GetGatewayActivationKey',
      'storagegateway:ActivateGateway',
      'storagegateway:CreateNFSFileShare',
      'sources:MountGatewayFileShare',
    ])
      expect(screen.getByText(call)).toBeTruthy();
  });

  it('reuses the gateway the lab has: no activation, no gateway name', async () => {
    const store = createLakeStore();
    const { ActivationKey } = (await store
      .getState()
      .call('sources', 'GetGatewayActivationKey', {})) as { ActivationKey: string };
    await store.getState().call('storagegateway', 'ActivateGateway', {
      ActivationKey,
      GatewayName: 'existing',
      GatewayTimezone: 'GMT',
      GatewayRegion: 'us-east-1',
      GatewayType: 'FILE_S3',
    });
    await openForm(store);
    expect(screen.queryByLabelText('Gateway name')).toBeNull();
    expect(screen.queryByText('storagegateway:ActivateGateway')).toBeNull();
    expect(screen.getByText('storagegateway:CreateNFSFileShare')).toBeTruthy();
  });
});
