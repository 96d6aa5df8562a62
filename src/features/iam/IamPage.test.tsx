// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createLakeStore, LakeStoreProvider, type LakeStore } from '../../store';
import IamPage from './IamPage';

function renderAt(hash: string, store: LakeStore = createLakeStore()) {
  window.location.hash = hash;
  render(
    <LakeStoreProvider store={store}>
      <IamPage />
    </LakeStoreProvider>,
  );
  return store;
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getAllByLabelText(label)[0]!, { target: { value } });

afterEach(cleanup);

describe('Create user', () => {
  it('shows IAM’s MalformedPolicyDocument on the field for an inline policy that names a Principal, and creates nothing', async () => {
    const store = renderAt('#/iam/create-user');
    type('User name', 'analyst');
    type('Inline policy name', 'read-raw');
    type(
      'Inline policy document',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }],
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create user' }));
    expect(await screen.findByText(/Policy document should not specify a principal/)).toBeTruthy();
    expect(
      store.getState().engine.world.iam.accounts['111122223333']!.users['analyst'],
    ).toBeUndefined();
  });

  it('creates the user with the chosen inline policy and opens its page', async () => {
    const store = renderAt('#/iam/create-user');
    type('User name', 'analyst');
    type('Inline policy name', 'read-raw');
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    });
    type('Inline policy document', document);
    fireEvent.click(screen.getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(window.location.hash).toBe('#/iam/users/analyst'));
    const user = store.getState().engine.world.iam.accounts['111122223333']!.users['analyst'];
    expect(user?.inlinePolicies['read-raw']).toBe(document);
  });
});

describe('Create role', () => {
  it('creates a role whose trust policy lets AWS Glue assume it', async () => {
    const store = renderAt('#/iam/create-role');
    type('Role name', 'GlueCrawlerRole');
    fireEvent.click(screen.getByRole('button', { name: 'Create role' }));
    await waitFor(() => expect(window.location.hash).toBe('#/iam/roles/GlueCrawlerRole'));
    const role =
      store.getState().engine.world.iam.accounts['111122223333']!.roles['GlueCrawlerRole'];
    expect(JSON.parse(role!.AssumeRolePolicyDocument).Statement[0].Principal).toEqual({
      Service: 'glue.amazonaws.com',
    });
  });
});

describe('the user page', () => {
  it('shows a new access key’s secret once, in a dialog', async () => {
    renderAt('#/iam/users/admin');
    fireEvent.click(screen.getByRole('button', { name: 'Create access key' }));
    expect(await screen.findByText('Access key created')).toBeTruthy();
    expect(screen.getByText(/only time the secret access key can be viewed/)).toBeTruthy();
  });

  it('makes the console act as the user', async () => {
    const store = createLakeStore();
    await store.getState().call('iam', 'CreateUser', { UserName: 'analyst' });
    renderAt('#/iam/users/analyst', store);
    fireEvent.click(screen.getByRole('button', { name: 'Act as this principal' }));
    expect(store.getState().principal).toBe('arn:aws:iam::111122223333:user/analyst');
  });
});
